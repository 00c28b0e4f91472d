import { readFileSync } from "node:fs";
import pg from "pg";

// The database of the running e2e server (scripts/e2e-server.ts writes its URL), so that a journey
// can check what was really stored, not only what the page shows.
export async function queryE2eDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({
    connectionString: readFileSync(`.data/e2e-database-${process.env.E2E_PORT ?? 3100}.url`, "utf8").trim(),
  });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** After loading data behind the app's back: expire the public pages' cache (an e2e-only route). */
export async function expirePublicCache(): Promise<void> {
  const response = await fetch(`http://localhost:${process.env.E2E_PORT ?? 3100}/api/test-hooks/expire-public-cache`, {
    method: "POST",
  });
  if (response.status !== 204) throw new Error(`expire-public-cache answered ${response.status}`);
}
