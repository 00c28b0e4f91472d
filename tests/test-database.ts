import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../scripts/db/apply-migrations";
import { startEmbeddedDatabase } from "../scripts/lib/embedded-database";

export type TestDatabase = { url: string; drop: () => Promise<void> };

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * A fresh, migrated database for one test run: a new database on the server in DATABASE_URL
 * (the machine's PostgreSQL), otherwise a throwaway embedded PostgreSQL cluster of the run's own,
 * so the tests also pass on a machine with nothing installed. Both are real servers.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase();
    try {
      await applyMigrations(embedded.url);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `gknb_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await dropStaleDatabases(admin);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

// A run killed before its teardown leaves its database behind; clear those of earlier runs.
async function dropStaleDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'gknb\\_%'",
  );
  for (const { datname } of rows) {
    // Only test-run databases (gknb_<label>_<13-digit ms timestamp>_<hex>); benchmarks keep theirs.
    const created = Number(/^gknb_[a-z]+_(\d{13})_[0-9a-f]+$/.exec(datname)?.[1]);
    if (created && Date.now() - created > STALE_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
    }
  }
}
