// Prisma's official WebAssembly schema engine (@prisma/schema-engine-wasm), used offline to turn
// the difference between two Prisma schemas into PostgreSQL DDL. The CLI's native engine is a
// download from a host we cannot reach (shared notes, "Prisma 7 here"); the wasm build ships on npm.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

/** A Prisma schema file: its path (only used in error messages) and its text. */
export type SchemaFile = { path: string; content: string };

type Engine = Awaited<ReturnType<typeof glue.SchemaEngine.new>>;

// The PostgreSQL version the offline engine is told it targets; the oldest server we support.
const TARGET_VERSION = { text: "PostgreSQL 15.0", number: 150000 };

/**
 * The SQL that migrates a database from schema `from` to schema `to`.
 * Returns "" when the schemas describe the same database.
 */
export async function diffSchemas(from: SchemaFile, to: SchemaFile): Promise<string> {
  const engine = await createEngine(to);
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatamodel", files: [from] },
      to: { tag: "schemaDatamodel", files: [to] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const script = result.stdout ?? "";
    // An empty diff still comes back as a comment saying so; only real DDL counts as a change.
    return /^\s*(--.*)?\s*$/.test(script) ? "" : script;
  } catch (error) {
    throw engineError(error);
  } finally {
    engine.free();
  }
}

let glueReady = false;
let lastPanic: string | undefined;

async function createEngine(schema: SchemaFile): Promise<Engine> {
  if (!glueReady) {
    // Node 20 cannot `import` a .wasm file, so do by hand what the package's entry point does
    // through its bundler import: instantiate the bytes with the wasm-bindgen glue as imports.
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm")
      .replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": { ...glue } });
    // The glue reports a Rust panic's message through this global before throwing.
    Object.assign(globalThis, {
      PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => (lastPanic = message) },
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    glueReady = true;
  }
  try {
    return await glue.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      () => {}, // Engine log lines (JSON); failures reach us as rejected promises instead.
      bindMigrationAwareSqlAdapterFactory(offlineAdapterFactory()),
    );
  } catch (error) {
    throw engineError(error);
  }
}

function engineError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(lastPanic ? `schema engine panicked: ${lastPanic}` : message, { cause: error });
}

// The engine connects when it is created and asks for the server version, even for a diff between
// two schemas. Answer that one question so no database is needed; anything else would mean the
// engine wants a real database, which a schema-to-schema diff must not.
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "offline-schema-diff",
    async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      if (!query.sql.includes("server_version_num")) refuse(query.sql);
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [5, 7, 0], // Boolean, Text, Int32 (ColumnTypeEnum)
        rows: [[true, TARGET_VERSION.text, TARGET_VERSION.number]],
      };
    },
    executeRaw: async (query) => refuse(query.sql),
    executeScript: async (script) => refuse(script),
    startTransaction: async () => refuse("BEGIN"),
    dispose: async () => {},
  };
  return {
    provider: "postgres",
    adapterName: adapter.adapterName,
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
}

function refuse(sql: string): never {
  throw new Error(`the offline schema diff has no database, but the engine tried to run: ${sql.slice(0, 200)}`);
}
