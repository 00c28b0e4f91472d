import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/test-database";
import { DEMO_SITE_SETTINGS, DEMO_USERS } from "./demo-data";
import { DEMO_HISTORY_AGENCIES, DEMO_HISTORY_YEARS } from "./demo-history";

const run = promisify(execFile);

/** `tsx prisma/seed.ts` on a database of its own, as `npm start` seeds an external PostgreSQL; then `read` it. */
async function seedFreshDatabase<T = number>(
  env: Record<string, string>,
  read: (client: pg.Client) => Promise<T> = countDemoUsers as (client: pg.Client) => Promise<T>,
): Promise<T> {
  const database = await createTestDatabase("seed");
  try {
    const { NODE_ENV: _ignored, DEMO_ACCOUNTS: _alsoIgnored, ...inherited } = process.env;
    await run("node_modules/.bin/tsx", ["--conditions=react-server", "prisma/seed.ts"], {
      env: { ...inherited, ...env, DATABASE_URL: database.url } as unknown as NodeJS.ProcessEnv,
    });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return await read(client);
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}

async function countDemoUsers(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "user" WHERE email = ANY($1)`, [
    DEMO_USERS.map((user) => user.email),
  ]);
  return Number(rows[0]!.count);
}

describe("the demo history", () => {
  it("publishes 2021–2024 reports of the departments, before each deadline, and marks the site as demo data", async () => {
    const started = Date.now();
    const { perYear, demoData, late, sponsor } = await seedFreshDatabase({ DEMO_ACCOUNTS: "1" }, async (client) => {
      const years = await client.query<{ year: number; count: string }>(
        `SELECT r.year, count(*) FROM report r WHERE r.status = 'PUBLISHED' GROUP BY r.year ORDER BY r.year`,
      );
      const site = await client.query<{ demo_data: boolean; sponsor: string }>(
        `SELECT demo_data, sponsor FROM site_setting`,
      );
      const overdue = await client.query<{ count: string }>(
        `SELECT count(*) FROM report r JOIN report_revision v ON v.id = r.published_revision_id
         JOIN reporting_year y ON y.year = r.year WHERE v.published_at > y.deadline`,
      );
      return {
        perYear: Object.fromEntries(years.rows.map((row) => [row.year, Number(row.count)])),
        demoData: site.rows[0]?.demo_data,
        sponsor: site.rows[0]?.sponsor,
        late: Number(overdue.rows[0]!.count),
      };
    });
    console.log(`seed with the demo history: ${((Date.now() - started) / 1000).toFixed(1)} s (a fresh process)`);
    expect(perYear).toEqual({
      2020: 1,
      ...Object.fromEntries(DEMO_HISTORY_YEARS.map((year) => [year, DEMO_HISTORY_AGENCIES.length])),
    });
    expect(late).toBe(0);
    expect(demoData).toBe(true);
    expect(sponsor).toBe(DEMO_SITE_SETTINGS.sponsor);
  }, 120_000);
});

describe("demo accounts", () => {
  it("are not created in an external PostgreSQL, even without NODE_ENV=production", async () => {
    expect(await seedFreshDatabase({})).toBe(0);
  }, 120_000);

  it("are created there only when asked for with DEMO_ACCOUNTS=1", async () => {
    expect(await seedFreshDatabase({ DEMO_ACCOUNTS: "1" })).toBe(DEMO_USERS.length);
  }, 120_000);
});
