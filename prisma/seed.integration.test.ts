import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/test-database";
import { DEMO_USERS } from "./demo-data";

const run = promisify(execFile);

/** `tsx prisma/seed.ts` on a database of its own, as `npm start` seeds an external PostgreSQL. */
async function seedFreshDatabase(env: Record<string, string>): Promise<number> {
  const database = await createTestDatabase("seed");
  try {
    const { NODE_ENV: _ignored, DEMO_ACCOUNTS: _alsoIgnored, ...inherited } = process.env;
    await run("node_modules/.bin/tsx", ["--conditions=react-server", "prisma/seed.ts"], {
      env: { ...inherited, ...env, DATABASE_URL: database.url } as unknown as NodeJS.ProcessEnv,
    });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "user" WHERE email = ANY($1)`, [
        DEMO_USERS.map((user) => user.email),
      ]);
      return Number(rows[0]!.count);
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}

describe("demo accounts", () => {
  it("are not created in an external PostgreSQL, even without NODE_ENV=production", async () => {
    expect(await seedFreshDatabase({})).toBe(0);
  }, 120_000);

  it("are created there only when asked for with DEMO_ACCOUNTS=1", async () => {
    expect(await seedFreshDatabase({ DEMO_ACCOUNTS: "1" })).toBe(DEMO_USERS.length);
  }, 120_000);
});
