// `npm run bench -- board`: the deadline board of a generated province with BENCH_AGENCIES agencies
// (default 2,000) and their reports in every state, timed in the server function (getDeadlineBoard)
// and, unless BENCH_HTTP=0, as the page over HTTP (a production build in NEXT_DIST_DIR, default
// .next). Needs a PostgreSQL server (DATABASE_URL): a database of its own is made and dropped.
// Budget: 300 ms.
import { spawn, type ChildProcess } from "node:child_process";
import { formatSummary, machineLine, summarise, timeRuns, type Summary } from "./lib/stats";

const agencies = Number(process.env.BENCH_AGENCIES ?? 2000);
const YEAR = 2025;
const RUNS = 40;
const HTTP_RUNS = 40;
const BUDGET_MS = 300;
const PORT = Number(process.env.BENCH_PORT ?? 3490);

function verdict(summary: Summary): string {
  return summary.p95 <= BUDGET_MS ? `within the ${BUDGET_MS} ms budget` : `OVER the ${BUDGET_MS} ms budget at p95`;
}

async function measure(label: string, runs: number, body: () => Promise<unknown>): Promise<void> {
  for (let warm = 0; warm < 3; warm++) await body();
  const summary = summarise(await timeRuns(runs, body));
  console.log(`${formatSummary(label, summary)}  ${verdict(summary)}`);
}

export default async function benchBoard(): Promise<void> {
  console.log(machineLine());
  if (!process.env.DATABASE_URL)
    throw new Error("DATABASE_URL: a PostgreSQL server is needed (the embedded database gives no meaningful figure)");
  process.env.BETTER_AUTH_SECRET ??= "bench-board-secret-0123456789abcdef0123";
  const { createTestDatabase } = await import("../tests/test-database");
  const database = await createTestDatabase("benchboard");
  process.env.DATABASE_URL = database.url;
  const { disconnectDb } = await import("../lib/server/db");
  let server: ChildProcess | undefined;
  try {
    const started = performance.now();
    const admin = await prepare();
    console.log(`prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const { getDeadlineBoard } = await import("../lib/server/board/get-deadline-board");
    const board = await getDeadlineBoard(admin.user, { year: YEAR });
    console.log(
      `board of ${board?.government.name}: ${board?.rows.length} agencies, ${board?.rates.overall.published} published of ${board?.rates.overall.expected}, ${board?.counts.not_started} not started, ${board?.counts.late} late`,
    );
    await measure("getDeadlineBoard (all rows)", RUNS, () => getDeadlineBoard(admin.user, { year: YEAR }));
    await measure("getDeadlineBoard (filter: late, page 1)", RUNS, () =>
      getDeadlineBoard(admin.user, { year: YEAR, filter: "late", page: 1, pageSize: 200 }),
    );

    if (process.env.BENCH_HTTP === "0") return;
    const { ensureBuild } = await import("../scripts/lib/ensure-build");
    await ensureBuild(process.cwd(), (line) => console.log(line));
    const env = { ...process.env, BETTER_AUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1" };
    server = spawn(`${process.cwd()}/node_modules/.bin/next`, ["start", "-p", String(PORT)], {
      env,
      stdio: "ignore",
      detached: true,
    });
    await waitForServer(`http://localhost:${PORT}/api/health`);
    const cookie = await signIn(admin.email, admin.password);
    const url = `http://localhost:${PORT}/staff/admin/board?year=${YEAR}`;
    const fetchBoard = async () => {
      const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("报送进度"))
        throw new Error(`the board page answered ${response.status}`);
      return html.length;
    };
    console.log(`page: ${((await fetchBoard()) / 1024).toFixed(0)} KB of HTML (first of its pages)`);
    await measure("GET /staff/admin/board over HTTP", HTTP_RUNS, fetchBoard);
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await disconnectDb();
    await database.drop();
  }
}

/**
 * The project's synthetic province (npm run cli -- generate: every report published), then a
 * reporting season in progress: a tenth of the reports not started, the rest spread over every
 * state, with stored error/warning counts and a few audit rows each.
 */
async function prepare() {
  const { generateProvince, GENERATED_PASSWORD } = await import("../lib/server/generate/generate-province");
  const { db } = await import("../lib/server/db");
  const { listAgencySubtree } = await import("../lib/server/agencies/list-agency-subtree");
  const generated = await generateProvince({ agencies, years: 1, seed: 1, firstYear: YEAR });
  console.log(
    `generated ${generated.agencies} agencies, ${generated.reports} reports, ${generated.cells.toLocaleString("en-US")} cells`,
  );

  await db.$executeRaw`DELETE FROM report WHERE year = ${YEAR} AND abs(hashtext(id || 'start')) % 10 = 0`;
  await db.$executeRaw`
    UPDATE report SET
      status = (ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED'])[1 + abs(hashtext(id)) % 8]::"ReportStatus",
      version = 3, checked_version = 3, error_count = abs(hashtext(id || 'e')) % 3, warning_count = abs(hashtext(id || 'w')) % 5,
      updated_at = now() - (abs(hashtext(id)) % 1000) * interval '1 hour'
    WHERE year = ${YEAR}`;
  await db.$executeRaw`UPDATE report SET published_revision_id = NULL WHERE year = ${YEAR} AND status <> 'PUBLISHED'`;
  await db.$executeRaw`
    UPDATE report_revision v SET published_at = CASE WHEN r.status = 'PUBLISHED'
      THEN ${new Date(`${YEAR + 1}-01-20T10:00:00+08:00`)}::timestamp + (abs(hashtext(r.id)) % 30) * interval '1 day' END
    FROM report r WHERE v.report_id = r.id AND r.year = ${YEAR}`;
  await db.$executeRaw`
    INSERT INTO audit_event (at, action, report_id, agency_id)
    SELECT r.updated_at - n * interval '1 day', (ARRAY['report.created', 'report.saved', 'report.saved', 'report.submit', 'report.approve'])[n], r.id, r.agency_id
    FROM report r CROSS JOIN generate_series(1, 5) n WHERE r.year = ${YEAR}`;
  await db.$executeRaw`ANALYZE`;

  const grant = await db.roleAssignment.findFirstOrThrow({
    where: { role: "ADMIN" },
    include: { user: true, agency: true },
  });
  // As getCurrentUser builds it (importing it here would pull in Next's navigation).
  const user = {
    id: grant.userId,
    name: grant.user.name,
    email: grant.user.email,
    mustChangePassword: false,
    roles: [
      {
        role: "ADMIN" as const,
        agencyId: grant.agencyId,
        agencyName: grant.agency.name,
        agencyCode: grant.agency.code,
        agencyKind: grant.agency.kind,
      },
    ],
    administeredAgencyIds: await listAgencySubtree([grant.agencyId]),
    auditedAgencyIds: [],
  };
  return { user, email: grant.user.email, password: GENERATED_PASSWORD };
}

/** Signs in as the login form does (better-auth), keeping the session cookie. */
async function signIn(email: string, password: string): Promise<string> {
  const { auth } = await import("../lib/server/auth/auth");
  const { headers } = await auth().api.signInEmail({
    body: { email, password },
    headers: new Headers(),
    returnHeaders: true,
  });
  const cookie = headers.get("set-cookie")?.match(/gknb\.session_token=[^;]+/)?.[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (
      await fetch(url)
        .then((response) => response.ok)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}
