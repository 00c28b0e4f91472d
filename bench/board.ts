// `npm run bench -- board`: the deadline board of a generated government with 2,000 agencies and
// their reports, timed in the server function (getDeadlineBoard) and, when a build is possible,
// as the page over HTTP. Needs DATABASE_URL (a PostgreSQL server: a database of its own is made
// and dropped); BENCH_HTTP=0 skips the HTTP part. Budget: 300 ms.
//
// The server modules are `server-only`: this file re-runs itself under the react-server condition.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const COUNTIES = 20;
const CITY_DEPARTMENTS = 40;
const COUNTY_DEPARTMENTS = 40;
const TOWNSHIPS = 57;
const YEAR = 2025;
const RUNS = 40;
const HTTP_RUNS = 20;
const BUDGET_MS = 300;
const PORT = Number(process.env.BENCH_PORT ?? 3490);

export default async function benchBoard(): Promise<void> {
  const code = await new Promise<number>((resolve) => {
    const child = spawn(`${process.cwd()}/node_modules/.bin/tsx`, ["--conditions=react-server", fileURLToPath(import.meta.url), "--measure"], { stdio: "inherit" });
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) process.exit(code);
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let run = 0; run < 3; run++) await work();
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { median: quantile(timings, 0.5), p95: quantile(timings, 0.95) };
}

function report(label: string, figures: { median: number; p95: number }): void {
  const verdict = figures.p95 <= BUDGET_MS ? "within" : "OVER";
  console.log(`${label}: median ${figures.median.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms (${verdict} the ${BUDGET_MS} ms budget)`);
}

async function measure(): Promise<void> {
  const { createTestDatabase } = await import("../tests/test-database");
  process.env.BETTER_AUTH_SECRET ??= "bench-board-secret-0123456789abcdef0123";
  if (!process.env.DATABASE_URL) console.warn("⚠ DATABASE_URL is not set: the embedded PGlite database is far slower than PostgreSQL; figures are not representative.");
  const database = await createTestDatabase("bench");
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/server/db");
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const started = performance.now();
    const { rootId, agencies, reports, cells } = await generate(db);
    console.log(`generated ${agencies} agencies, ${reports} reports, ${cells.toLocaleString("en-US")} cells in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const { listAgencySubtree } = await import("../lib/server/agencies/list-agency-subtree");
    const { getDeadlineBoard } = await import("../lib/server/admin/get-deadline-board");
    const { createUser } = await import("../lib/server/users/create-user");
    const password = "bench-admin-password";
    const adminId = await db.$transaction((tx) => createUser(tx, { name: "基准管理员", email: "bench-admin@bench.gov.cn", password, roles: [{ role: "ADMIN", agencyId: rootId }] }));
    // As getCurrentUser builds it (importing it here would pull in Next's navigation).
    const admin = {
      id: adminId,
      name: "基准管理员",
      email: "bench-admin@bench.gov.cn",
      mustChangePassword: false,
      roles: [{ role: "ADMIN" as const, agencyId: rootId, agencyName: "基准市人民政府", agencyCode: "bench-city", agencyKind: "GOVERNMENT" as const }],
      administeredAgencyIds: await listAgencySubtree([rootId]),
    };
    const board = await getDeadlineBoard(admin, { year: YEAR });
    console.log(`board: ${board?.rows.length} rows, rate ${board?.rates.overall.published}/${board?.rates.overall.expected}`);
    report(`getDeadlineBoard (${RUNS} runs)`, await time(RUNS, () => getDeadlineBoard(admin, { year: YEAR })));
    report(`getDeadlineBoard, filter late (${RUNS} runs)`, await time(RUNS, () => getDeadlineBoard(admin, { year: YEAR, filter: "late" })));

    if (process.env.BENCH_HTTP === "0") return;
    const { ensureBuild } = await import("../scripts/lib/ensure-build");
    await ensureBuild(process.cwd(), (line) => console.log(line));
    const env = { ...process.env, BETTER_AUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1" };
    server = spawn(`${process.cwd()}/node_modules/.bin/next`, ["start", "-p", String(PORT)], { env, stdio: "ignore", detached: true });
    await waitForServer(`http://localhost:${PORT}/api/health`);
    const cookie = await signIn("bench-admin@bench.gov.cn", password);
    const url = `http://localhost:${PORT}/staff/admin/board?year=${YEAR}`;
    const fetchBoard = async () => {
      const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("报送进度")) throw new Error(`board page answered ${response.status}`);
      return html.length;
    };
    console.log(`page: ${((await fetchBoard()) / 1024).toFixed(0)} KB of HTML`);
    report(`GET /staff/admin/board over HTTP (${HTTP_RUNS} runs)`, await time(HTTP_RUNS, fetchBoard));
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await disconnectDb();
    await database.drop();
  }
}

/** Sign in as better-auth does for the login form, and keep the session cookie. */
async function signIn(email: string, password: string): Promise<string> {
  const { auth } = await import("../lib/server/auth/auth");
  const { headers } = await auth().api.signInEmail({ body: { email, password }, headers: new Headers(), returnHeaders: true });
  const cookie = headers.get("set-cookie")?.match(/gknb\.session_token=[^;]+/)?.[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (await fetch(url).then((response) => response.ok).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

type Db = (typeof import("../lib/server/db"))["db"];

/**
 * A city with departments and counties (each with departments and 乡镇): 2,001 agencies. Reports in
 * every status (a tenth not started), each with a full 2021 revision of cells and a few audit rows,
 * written with set-based SQL.
 */
async function generate(db: Db): Promise<{ rootId: string; agencies: number; reports: number; cells: number }> {
  const { buildConsistentReport } = await import("../lib/report-format/testing");
  const { tablesToCellRows } = await import("../lib/server/reports/cell-rows");
  const rootId = "bench-city";
  await db.$executeRaw`INSERT INTO reporting_year (year, format, deadline) VALUES (${YEAR}, '2021', ${new Date(`${YEAR + 1}-01-31T23:59:59+08:00`)})`;
  await db.$executeRaw`INSERT INTO agency (id, name, code, kind, level, updated_at) VALUES (${rootId}, '基准市人民政府', 'bench-city', 'GOVERNMENT', 'CITY', now())`;
  await db.$executeRaw`
    INSERT INTO agency (id, name, code, kind, parent_id, updated_at)
    SELECT 'bench-d-' || n, '基准市部门' || lpad(n::text, 3, '0'), 'bench-d-' || n, 'DEPARTMENT', ${rootId}, now()
    FROM generate_series(1, ${CITY_DEPARTMENTS}::int) n`;
  await db.$executeRaw`
    INSERT INTO agency (id, name, code, kind, level, parent_id, updated_at)
    SELECT 'bench-c-' || n, '基准县' || lpad(n::text, 2, '0') || '人民政府', 'bench-c-' || n, 'GOVERNMENT', 'COUNTY', ${rootId}, now()
    FROM generate_series(1, ${COUNTIES}::int) n`;
  await db.$executeRaw`
    INSERT INTO agency (id, name, code, kind, parent_id, updated_at)
    SELECT 'bench-c-' || c || '-' || k || '-' || n,
      '基准县' || lpad(c::text, 2, '0') || CASE k WHEN 'd' THEN '部门' ELSE '乡镇' END || lpad(n::text, 3, '0'),
      'bench-c-' || c || '-' || k || '-' || n, CASE k WHEN 'd' THEN 'DEPARTMENT' ELSE 'TOWNSHIP' END::"AgencyKind", 'bench-c-' || c, now()
    FROM generate_series(1, ${COUNTIES}::int) c
    CROSS JOIN (VALUES ('d', ${COUNTY_DEPARTMENTS}::int), ('t', ${TOWNSHIPS}::int)) AS kinds(k, size)
    CROSS JOIN LATERAL generate_series(1, kinds.size) n`;

  // Reports: status by a hash of the agency id, so the figures are reproducible.
  await db.$executeRaw`
    INSERT INTO report (id, agency_id, year, kind, format, status, version, updated_at, error_count, warning_count, checked_version)
    SELECT 'r-' || a.id, a.id, ${YEAR}, CASE WHEN a.kind = 'GOVERNMENT' THEN 'SUMMARY' ELSE 'AGENCY' END::"ReportKind", '2021',
      (ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED'])[1 + abs(hashtext(a.id)) % 8]::"ReportStatus",
      3, now() - (abs(hashtext(a.id)) % 1000) * interval '1 hour', abs(hashtext(a.id || 'e')) % 3, abs(hashtext(a.id || 'w')) % 5, 3
    FROM agency a WHERE a.id LIKE 'bench-%' AND abs(hashtext(a.id || 's')) % 10 <> 0`;
  await db.$executeRaw`
    INSERT INTO report_revision (id, report_id, number, overview, problems, other, published_at, submitted_at)
    SELECT 'v-' || r.id, r.id, 1, '总体情况……', '存在的问题……', '无。',
      CASE WHEN r.status = 'PUBLISHED' THEN ${new Date(`${YEAR + 1}-01-20T10:00:00+08:00`)}::timestamp + (abs(hashtext(r.id)) % 30) * interval '1 day' END,
      CASE WHEN r.status <> 'DRAFT' THEN now() END
    FROM report r WHERE r.id LIKE 'r-bench-%'`;
  await db.$executeRaw`
    UPDATE report SET current_revision_id = 'v-' || id, published_revision_id = CASE WHEN status = 'PUBLISHED' THEN 'v-' || id END
    WHERE id LIKE 'r-bench-%'`;

  const template = tablesToCellRows("2021", buildConsistentReport({ format: "2021", seed: 1, year: YEAR }).tables);
  const column = <T,>(read: (cell: (typeof template)[number]) => T) => template.map(read);
  const cells = await db.$executeRaw`
    INSERT INTO report_cell (revision_id, table_key, row_key, column_key, int_value, decimal_value, unit)
    SELECT v.id, t.table_key, t.row_key, t.column_key, t.int_value, t.decimal_value, t.unit
    FROM report_revision v
    CROSS JOIN unnest(
      ${column((cell) => cell.tableKey)}::text[], ${column((cell) => cell.rowKey)}::text[], ${column((cell) => cell.columnKey)}::text[],
      ${column((cell) => cell.intValue ?? null)}::int[], ${column((cell) => (cell.decimalValue == null ? null : String(cell.decimalValue)))}::numeric[],
      ${column((cell) => cell.unit ?? null)}::text[]
    ) AS t(table_key, row_key, column_key, int_value, decimal_value, unit)
    WHERE v.id LIKE 'v-r-bench-%'`;
  await db.$executeRaw`
    INSERT INTO audit_event (at, action, report_id, agency_id)
    SELECT r.updated_at - n * interval '1 day', (ARRAY['report.created', 'report.saved', 'report.saved', 'report.submit', 'report.approve'])[n], r.id, r.agency_id
    FROM report r CROSS JOIN generate_series(1, 5) n WHERE r.id LIKE 'r-bench-%'`;
  await db.$executeRaw`ANALYZE`;
  const [counts] = await db.$queryRaw<{ agencies: bigint; reports: bigint }[]>`
    SELECT (SELECT count(*) FROM agency WHERE id LIKE 'bench-%') AS agencies, (SELECT count(*) FROM report WHERE id LIKE 'r-bench-%') AS reports`;
  return { rootId, agencies: Number(counts!.agencies), reports: Number(counts!.reports), cells };
}

if (process.argv.includes("--measure")) {
  measure().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
