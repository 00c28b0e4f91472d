// `npm run bench -- aggregate`: the summary (汇总) of a province for one year, with BENCH_AGENCIES
// agencies (default 5,000) and BENCH_YEARS years (default 10) of published reports in the database,
// through the app's own function (sumMemberCells) next to the same aggregation as bare SQL on a
// plain pg connection; prints both and the ratio (target: app ≤ 1.5 × bare SQL).
// Needs a PostgreSQL server: BENCH_DATABASE_SERVER or DATABASE_URL (default the local one). The
// generated database is kept (gknb_bench_<agencies>_<years>) and reused by later runs.
import pg from "pg";
import { applyMigrations } from "../scripts/db/apply-migrations";
import { formatSummary, machineLine, summarise, timeRuns } from "./lib/stats";

const agencies = Number(process.env.BENCH_AGENCIES ?? 5000);
const years = Number(process.env.BENCH_YEARS ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 30);

// The same statement lib/server/summary/sum-member-cells.ts runs, written out for the bare baseline.
const BARE_SQL = `
  WITH member_revision AS (
    SELECT CASE WHEN r.status IN ('APPROVED', 'PUBLISHED') THEN r.current_revision_id ELSE r.published_revision_id END AS revision_id
    FROM agency m
    JOIN report r ON r.agency_id = m.id AND r.year = $2
      AND r.kind = (CASE WHEN m.kind = 'GOVERNMENT' THEN 'SUMMARY' ELSE 'AGENCY' END)::"ReportKind"
    WHERE m.parent_id = $1 AND m.active)
  SELECT c.table_key, c.row_key, c.column_key, SUM(c.int_value) AS int_sum, SUM(c.decimal_value)::text AS decimal_sum
  FROM report_cell c JOIN member_revision mr ON c.revision_id = mr.revision_id
  GROUP BY c.table_key, c.row_key, c.column_key`;

// Every agency of the province at once (not a 汇总 by the spec's rule, but the heaviest query of the kind).
const SUBTREE_SQL = `
  SELECT c.table_key, c.row_key, c.column_key, SUM(c.int_value) AS int_sum
  FROM report_cell c JOIN report r ON r.published_revision_id = c.revision_id
  WHERE r.year = $1 AND r.kind = 'AGENCY'
  GROUP BY c.table_key, c.row_key, c.column_key`;

const COMPLETE = "gknb benchmark data complete";

async function prepareDatabase(): Promise<string> {
  const server =
    process.env.BENCH_DATABASE_SERVER ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `gknb_bench_${agencies}_${years}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  // A generation that was interrupted leaves a database without the "complete" comment: start over.
  const found = await admin.query<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [name],
  );
  if (found.rowCount && found.rows[0]?.comment !== COMPLETE) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  if (!found.rowCount || found.rows[0]?.comment !== COMPLETE) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  process.env.DATABASE_URL = url.toString();

  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const reports = Number((await client.query("SELECT count(*) FROM report")).rows[0].count);
  await client.end();
  if (reports === 0) {
    console.log(`generating ${agencies} agencies × ${years} years into ${name} (once; later runs reuse it) …`);
    const started = Date.now();
    const { generateProvince } = await import("../lib/server/generate/generate-province");
    const result = await generateProvince({ agencies, years, seed: 1, log: (line) => console.log(`  ${line}`) });
    console.log(
      `generated ${result.reports} reports, ${result.cells} cells in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    const analyze = new pg.Client({ connectionString: url.toString() });
    await analyze.connect();
    await analyze.query("ANALYZE");
    await analyze.query(`COMMENT ON DATABASE "${name}" IS '${COMPLETE}'`);
    await analyze.end();
  }
  return url.toString();
}

export default async function benchAggregate(): Promise<void> {
  console.log(machineLine());
  const url = await prepareDatabase();
  const { sumMemberCells } = await import("../lib/server/summary/sum-member-cells");
  const { disconnectDb } = await import("../lib/server/db");

  const bare = new pg.Client({ connectionString: url });
  await bare.connect();
  const province = (await bare.query("SELECT id FROM agency WHERE code = 'p'")).rows[0].id as string;
  const year = Number((await bare.query("SELECT max(year) AS year FROM report")).rows[0].year);
  const counts = (
    await bare.query(
      "SELECT (SELECT count(*) FROM agency) AS agencies, (SELECT count(*) FROM report) AS reports, (SELECT count(*) FROM report_cell) AS cells",
    )
  ).rows[0];
  console.log(
    `database: ${counts.agencies} agencies, ${counts.reports} reports, ${counts.cells} cells; province summary for ${year}`,
  );

  // Warm both paths (plans, caches, the app's pool) before measuring.
  for (let warm = 0; warm < 5; warm++) {
    await sumMemberCells(province, year);
    await bare.query(BARE_SQL, [province, year]);
  }
  const app = summarise(await timeRuns(runs, () => sumMemberCells(province, year)));
  const raw = summarise(await timeRuns(runs, () => bare.query(BARE_SQL, [province, year])));
  const subtree = summarise(await timeRuns(Math.max(5, Math.floor(runs / 3)), () => bare.query(SUBTREE_SQL, [year])));
  console.log(formatSummary("app: sumMemberCells (province 汇总)", app));
  console.log(formatSummary("bare SQL: same aggregation, plain pg", raw));
  console.log(`ratio app / bare SQL (median): ${(app.median / raw.median).toFixed(2)} (target ≤ 1.5)`);
  console.log(formatSummary("bare SQL: all agency reports of the year", subtree));
  await bare.end();
  await disconnectDb();
}
