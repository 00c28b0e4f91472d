import pg from "pg";
import { inject } from "vitest";

/**
 * Runs `work` while holding a PostgreSQL advisory lock named `name` on the run's test database.
 * Test files run in parallel on one database; those that change the same global row (the site's
 * one settings row) take turns under the same name instead of seeing each other's writes.
 */
export async function holdingTestLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    return await work();
  } finally {
    // Ending the session releases the lock, also when `work` failed.
    await client.end();
  }
}

/** The lock of the site's settings row (site_setting, id 1). */
export const SITE_SETTING_LOCK = "site_setting";
