// Applies the pending migrations of prisma/migrations to a PostgreSQL database: what
// `prisma migrate deploy` does, whose native engine cannot be downloaded here. It keeps Prisma's
// own bookkeeping (the `_prisma_migrations` table, sha256 checksums, the same advisory lock), so
// the normal CLI keeps working on a database migrated by this runner, and the other way round.
//
// Run at start (scripts/start.ts), in tests, or by hand: `tsx scripts/db/apply-migrations.ts`
// with DATABASE_URL set.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

// The key Prisma's schema engine locks (pg_advisory_lock(72707369)): this runner and the Prisma CLI
// therefore never migrate one database at the same time either.
const LOCK_KEY = 72707369;

// Prisma's DDL for its history table, unchanged.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

type Migration = { name: string; sql: string };
type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies every migration of prisma/migrations not yet applied to the database at `databaseUrl`,
 * in name order, each in its own transaction. Returns the names of the migrations applied.
 * Throws, having applied nothing more, when an applied migration's file changed, when the Prisma
 * CLI left a failed migration behind, or when a migration fails (that one is rolled back).
 */
export async function applyMigrations(databaseUrl: string, log: (line: string) => void = () => {}): Promise<string[]> {
  const migrations = readMigrations();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await lock(client, log);
    try {
      await client.query(HISTORY_TABLE);
      const history = await client.query<HistoryRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      );
      const pending = pendingMigrations(migrations, history.rows, log);
      for (const migration of pending) await apply(client, migration, log);
      return pending.map((migration) => migration.name);
    } finally {
      // Closing the connection releases the lock too; unlocking first frees it at once. A failing
      // unlock must not hide the error that brought us here.
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

function readMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = join(MIGRATIONS_DIR, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`${file} is missing: every migration directory needs one`);
      const sql = readFileSync(file, "utf8");
      // A file with its own BEGIN/COMMIT would commit in the middle of our transaction.
      const control = /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\s*;/im.exec(sql);
      if (control) {
        throw new Error(
          `${file} contains "${control[0].trim()}": remove it, each migration already runs in its own transaction`,
        );
      }
      return { name, sql };
    });
}

async function lock(client: pg.Client, log: (line: string) => void): Promise<void> {
  const attempt = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_KEY]);
  if (attempt.rows[0]?.locked) return;
  log("another process is migrating this database: waiting for it to finish");
  await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
}

function pendingMigrations(migrations: Migration[], history: HistoryRow[], log: (line: string) => void): Migration[] {
  const live = history.filter((row) => row.rolled_back_at === null);
  const failed = live.filter((row) => row.finished_at === null);
  if (failed.length) {
    const names = failed.map((row) => row.migration_name).join(", ");
    throw new Error(
      `migration ${names} failed earlier and may be half applied (see "_prisma_migrations".logs). ` +
        `Repair the database, then record the outcome with \`prisma migrate resolve\` or by setting rolled_back_at.`,
    );
  }
  const applied = new Map(live.map((row) => [row.migration_name, row.checksum]));
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && !matchesChecksum(migration.sql, checksum)) {
      throw new Error(
        `migration ${migration.name} was changed after it was applied to this database ` +
          `(checksum ${checksum} recorded, file now ${sha256(migration.sql)}). ` +
          `Restore the original prisma/migrations/${migration.name}/migration.sql and put the change in a new migration.`,
      );
    }
  }
  const local = new Set(migrations.map((migration) => migration.name));
  const unknown = [...applied.keys()].filter((name) => !local.has(name));
  if (unknown.length) log(`applied to the database but not in prisma/migrations (newer code?): ${unknown.join(", ")}`);
  return migrations.filter((migration) => !applied.has(migration.name));
}

async function apply(client: pg.Client, migration: Migration, log: (line: string) => void): Promise<void> {
  log(`applying migration ${migration.name}`);
  await client.query("BEGIN");
  try {
    // No parameters: pg sends the file with the simple query protocol, which accepts many
    // statements in one query (the extended protocol does not, on any PostgreSQL).
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, now(), 1)`,
      [randomUUID(), sha256(migration.sql), migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    // Report the migration's error, not a failing ROLLBACK's: a server that lost the connection
    // rolls the transaction back by itself.
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

// As Prisma does: a checkout that changed line endings (git on Windows) is not an edit.
function matchesChecksum(sql: string, checksum: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return [sql, lf, lf.replace(/\n/g, "\r\n")].some((variant) => sha256(variant) === checksum);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set");
    process.exit(1);
  }
  applyMigrations(databaseUrl, console.log).then(
    (applied) => console.log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date"),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
