import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyMigrations } from "../db/apply-migrations";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";

// The local embedded database, shared by `npm start` and the command line. Commands that touch the
// database use, in order: DATABASE_URL; the embedded database of a running `npm start` (it writes
// its address beside the data folder); the embedded database started here.

/** The folder of local state (the embedded cluster, its password, the auth secret): `.data`. */
export const localDataDir = () => process.env.GKNB_DATA_DIR ?? join(process.cwd(), ".data");
const clusterFolder = () => join(localDataDir(), "postgres");
const runningUrlFile = () => join(localDataDir(), "postgres.url");

export type CliDatabase = { close: () => Promise<void> };

/** Starts the embedded database on the local data folder and tells other processes its address. */
export async function hostEmbeddedDatabase(port = 0): Promise<EmbeddedDatabase> {
  mkdirSync(localDataDir(), { recursive: true });
  const embedded = await startEmbeddedDatabase({ dataDir: clusterFolder(), port });
  writeFileSync(runningUrlFile(), embedded.url, { mode: 0o600 });
  return {
    url: embedded.url,
    async stop() {
      rmSync(runningUrlFile(), { force: true });
      await embedded.stop();
    },
  };
}

export async function connectCliDatabase(): Promise<CliDatabase> {
  if (process.env.DATABASE_URL) return { close: async () => {} };
  const runningUrl = readRunningUrl();
  if (runningUrl) {
    process.env.DATABASE_URL = runningUrl;
    return { close: async () => {} };
  }
  const embedded = await hostEmbeddedDatabase();
  process.env.DATABASE_URL = embedded.url;
  await applyMigrations(embedded.url);
  return { close: embedded.stop };
}

// The address is only trusted while the process that wrote it still hosts the cluster.
function readRunningUrl(): string | undefined {
  const urlFile = runningUrlFile();
  const ownerFile = `${clusterFolder()}.pid`;
  if (!existsSync(urlFile) || !existsSync(ownerFile)) return undefined;
  const owner = Number(readFileSync(ownerFile, "utf8"));
  try {
    process.kill(owner, 0);
  } catch {
    return undefined;
  }
  return readFileSync(urlFile, "utf8").trim() || undefined;
}
