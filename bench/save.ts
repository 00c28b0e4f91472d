// `npm run bench -- save`: BENCH_CLERKS clerks (default 50), each of their own agency, saving
// sections of their 2025 report at once for BENCH_SECONDS (default 60; first BENCH_WARM_UP_SECONDS,
// default 60, of the same saves, not counted), over HTTP exactly as the
// wizard's autosave does: signed in with a real session cookie (the login form's server action),
// the report started with the 开始填报 action, then saveReportAction POSTed to the step's URL
// with the version of the last save. Between two saves a clerk types the next figures (a random
// 0–1 s: faster than anyone types one to four figures) and then the wizard's autosave debounce
// runs out (AUTOSAVE_DELAY_MS in components/wizard/wizard-store.ts, 1 s after the last keystroke).
// The typing time matters: with a pause of exactly 1 s after every answer, fifty clerks become
// fifty metronomes, and one slow moment lines them up into bursts of 30–50 simultaneous saves that
// repeat every second — a convoy of the load generator that no office of clerks produces (that
// variant stays available as BENCH_LOCKSTEP=1). Every agency has a
// published 2024 report (the synthetic province of `npm run cli -- generate`), so each save also
// runs the cross-year rules, as in a real season.
//
// Runs the e2e server launcher (scripts/e2e-server.ts: a fresh seeded database on the server in
// DATABASE_URL, a build in NEXT_DIST_DIR when the sources changed, `next start`) on BENCH_PORT
// (default 3320). Targets: no error, p95 under 100 ms.
import type { ChildProcess } from "node:child_process";
import { cpus } from "node:os";
import type { SaveReportActionResult } from "@/lib/requests/wizard";
import {
  formatForYear,
  getFormat,
  listCellDefinitions,
  parseFormatKey,
  type CellDefinition,
} from "../lib/report-format";
import { GENERATED_PASSWORD } from "../lib/server/generate/generate-province";
import { benchServerDatabaseUrl, startBenchServer, stopBenchServer } from "./lib/bench-server";
import { appServerProcesses, cpuSeconds, cpuSecondsBetween } from "./lib/process-cpu";
import { CookieJar, callRedirectingAction, callServerAction, findActionId } from "./lib/server-action";
import { machineLine, summarise } from "./lib/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3320);
const CLERKS = Number(process.env.BENCH_CLERKS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
/** Saves before the measured ones, not counted (BENCH_WARM_UP_SECONDS). */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 60);
/**
 * BENCH_BACK_TO_BACK=1: each clerk saves again as soon as answered, no typing, no debounce — what a
 * save costs the server when requests never find it idle (with BENCH_CLERKS=1, one at a time).
 */
const BACK_TO_BACK = process.env.BENCH_BACK_TO_BACK === "1";
/** The wizard's autosave debounce (AUTOSAVE_DELAY_MS, not exported by the client store). */
const DEBOUNCE_MS = BACK_TO_BACK ? 0 : 1000;
/** The longest a clerk types between two saves; each pause is DEBOUNCE_MS plus a random part of it. */
const TYPING_MS = process.env.BENCH_LOCKSTEP === "1" || BACK_TO_BACK ? 0 : 1000;
const P95_TARGET_MS = 100;
/** The app server's CPU per save the January crunch is planned with (docs/deployment.md). */
const CPU_TARGET_MS = 4;
const YEAR = 2025;
const BASE_URL = `http://localhost:${PORT}`;
const log = (line: string) => console.log(`[bench] ${line}`);

type Clerk = { email: string; agencyCode: string; cookie: CookieJar; reportId: string; version: number };
type Outcome = { ms: number; result: "ok" | "conflict" | "refused" | "failed"; detail?: string };

export default async function benchSave(): Promise<void> {
  if (!process.env.DATABASE_URL)
    throw new Error("DATABASE_URL: a PostgreSQL server is needed (the embedded database gives no meaningful figure)");
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  let server: ChildProcess | undefined;
  try {
    log("starting the server (builds first when the sources changed)…");
    server = await startBenchServer(PORT);
    process.env.DATABASE_URL = benchServerDatabaseUrl(PORT);
    const prepared = performance.now();
    const people = await prepareClerks();
    const ids = {
      signIn: findActionId(distDir, "app/(auth)/login/actions.ts", "signInAction"),
      start: findActionId(distDir, "app/(staff)/staff/reports/actions.ts", "startReportAction"),
      save: findActionId(distDir, "app/(staff)/staff/reports/[reportId]/actions.ts", "saveReportAction"),
    };
    // One after the other: fifty logins in the same second are not what this measures.
    const clerks: Clerk[] = [];
    for (const person of people) clerks.push(await signInAndStart(person, ids));
    log(
      `${clerks.length} agencies, clerks signed in over HTTP, reports started, in ${((performance.now() - prepared) / 1000).toFixed(1)} s`,
    );

    const sections = sectionCells();
    // WARM_UP_SECONDS of the same saves first, not counted: connections, caches, and V8's
    // optimising compiler, which keeps compiling the server's code for more than a minute after it
    // started (a server in January has run for days). On this machine the same lockstep run
    // measured 4.1 ms per save after 10 s of warm-up and 3.1 ms after 90 s (perf: TurboFan's
    // compile jobs gone by then).
    log(`warming up for ${WARM_UP_SECONDS} s…`);
    await saveFor(clerks, ids.save, sections, WARM_UP_SECONDS, []);
    const outcomes: Outcome[] = [];
    const cpu = await readCpu(server.pid!);
    const started = performance.now();
    await saveFor(clerks, ids.save, sections, SECONDS, outcomes);
    const seconds = (performance.now() - started) / 1000;
    const used = await cpu.used();
    report(outcomes, seconds, used, await measureActionFloor(server.pid!, clerks[0]!, ids.save));
  } finally {
    // Ours first: the launcher drops the database when it stops.
    const { disconnectDb } = await import("../lib/server/db");
    await disconnectDb();
    if (server) await stopBenchServer(server);
  }
}

/**
 * The agencies and their clerks: the project's synthetic province (`npm run cli -- generate`, one
 * clerk per department and 乡镇, each agency with its published 2024 report), the first CLERKS
 * clerks of it.
 */
async function prepareClerks(): Promise<{ email: string; agencyCode: string }[]> {
  const { generateProvince } = await import("../lib/server/generate/generate-province");
  const { db } = await import("../lib/server/db");
  const generated = await generateProvince({ agencies: CLERKS * 2, years: 1, seed: 1, firstYear: YEAR - 1 });
  const grants = await db.roleAssignment.findMany({
    where: { role: "CLERK", user: { email: { endsWith: "@generated.gov.cn" } } },
    select: { user: { select: { email: true } }, agency: { select: { code: true } } },
    orderBy: { user: { email: "asc" } },
    take: CLERKS,
  });
  if (grants.length < CLERKS)
    throw new Error(`the generated province has ${grants.length} clerks, fewer than ${CLERKS}`);
  log(`generated ${generated.agencies} agencies with their ${YEAR - 1} reports; ${CLERKS} of their clerks save`);
  return grants.map((grant) => ({ email: grant.user.email, agencyCode: grant.agency.code }));
}

/** The login form's action (a real session cookie), then 开始填报 on the agency's page. */
async function signInAndStart(
  person: { email: string; agencyCode: string },
  ids: { signIn: string; start: string },
): Promise<Clerk> {
  const credentials = new FormData();
  credentials.set("email", person.email);
  credentials.set("password", GENERATED_PASSWORD);
  const signedIn = await callRedirectingAction({
    baseUrl: BASE_URL,
    path: "/login",
    actionId: ids.signIn,
    args: [null, credentials],
  });
  const cookie = new CookieJar(signedIn.cookies);
  if (!cookie.has("gknb.session_token")) throw new Error(`${person.email}: no session cookie after signing in`);

  const request = new FormData();
  request.set("agencyCode", person.agencyCode);
  request.set("year", String(YEAR));
  const started = await callRedirectingAction({
    baseUrl: BASE_URL,
    path: `/staff/agencies/${person.agencyCode}`,
    actionId: ids.start,
    args: [null, request],
    cookie,
  });
  const reportId = /^\/staff\/reports\/([^/]+)$/.exec(started.location)?.[1];
  if (!reportId) throw new Error(`${person.email}: starting the report went to ${started.location}`);
  return { ...person, cookie, reportId, version: 1 };
}

/** The wizard's steps with tables, and the input cells each one shows. */
function sectionCells(): { step: string; cells: CellDefinition[] }[] {
  const format = parseFormatKey(formatForYear(YEAR));
  const inputs = listCellDefinitions(format).filter((cell) => !cell.computed && cell.type === "count");
  return getFormat(format).sections.flatMap((section) => {
    if (section.content.kind !== "tables") return [];
    const tables = new Set(section.content.tables.map((table) => table.key));
    return [{ step: section.key, cells: inputs.filter((cell) => tables.has(cell.table)) }];
  });
}

/** Every clerk saving at their pace for `seconds`; the outcomes pushed to `outcomes`. */
async function saveFor(
  clerks: Clerk[],
  actionId: string,
  sections: { step: string; cells: CellDefinition[] }[],
  seconds: number,
  outcomes: Outcome[],
): Promise<void> {
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    clerks.map(async (clerk) => {
      // Clerks do not start in step: spread their first saves over one pause.
      await sleep(Math.random() * (DEBOUNCE_MS + TYPING_MS));
      while (performance.now() < end) {
        outcomes.push(await saveOnce(clerk, actionId, sections));
        await sleep(DEBOUNCE_MS + Math.random() * TYPING_MS);
      }
    }),
  );
}

/** What a clerk types between two autosaves: one to four figures of one step. */
async function saveOnce(
  clerk: Clerk,
  actionId: string,
  sections: { step: string; cells: CellDefinition[] }[],
): Promise<Outcome> {
  const section = sections[Math.floor(Math.random() * sections.length)]!;
  const cells: Record<string, { value: string }> = {};
  for (let typed = 1 + Math.floor(Math.random() * 4); typed > 0; typed--) {
    cells[section.cells[Math.floor(Math.random() * section.cells.length)]!.key] = {
      value: String(Math.floor(Math.random() * 100)),
    };
  }
  const args = [{ reportId: clerk.reportId, version: clerk.version, cells }];
  const started = performance.now();
  try {
    const result = await callServerAction<SaveReportActionResult>({
      baseUrl: BASE_URL,
      path: `/staff/reports/${clerk.reportId}/${section.step}`,
      actionId,
      args,
      cookie: clerk.cookie,
    });
    const ms = performance.now() - started;
    if (result.ok) {
      clerk.version = result.version;
      return { ms, result: "ok" };
    }
    if (result.code === "conflict") {
      clerk.version = result.current.version;
      return { ms, result: "conflict", detail: result.message };
    }
    return { ms, result: "refused", detail: `${result.code}: ${result.message}` };
  } catch (error) {
    return {
      ms: performance.now() - started,
      result: "failed",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

type CpuUse = { server: number; database: number; loadGenerator: number };

/**
 * Where the CPU goes while the clerks save: the app server's processes, the PostgreSQL backends of
 * the benchmark's database, this process (the load generator). Read before and after.
 */
async function readCpu(serverPid: number): Promise<{ used: () => Promise<CpuUse> }> {
  const { db } = await import("../lib/server/db");
  const backends = async () =>
    (
      await db.$queryRaw<
        { pid: number }[]
      >`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`
    ).map((row) => row.pid);
  const server = cpuSeconds(appServerProcesses(serverPid));
  const database = cpuSeconds(await backends());
  const loadGenerator = process.cpuUsage();
  return {
    used: async () => {
      const generator = process.cpuUsage(loadGenerator);
      return {
        server: cpuSecondsBetween(server, cpuSeconds(appServerProcesses(serverPid))),
        database: cpuSecondsBetween(database, cpuSeconds(await backends())),
        loadGenerator: (generator.user + generator.system) / 1e6,
      };
    },
  };
}

/**
 * What Next.js itself costs per server action on this machine: the same action POSTed with input
 * its schema refuses (no session lookup, no database), 10 at a time for 5 s, after the run. The
 * part of a save's CPU that no change to the save can remove.
 */
async function measureActionFloor(serverPid: number, clerk: Clerk, actionId: string): Promise<number> {
  const call = () =>
    callServerAction<SaveReportActionResult>({
      baseUrl: BASE_URL,
      path: `/staff/reports/${clerk.reportId}`,
      actionId,
      args: [{ reportId: "", version: 0 }],
      cookie: clerk.cookie,
    });
  const refused = await call();
  if (refused.ok || refused.code !== "invalid") throw new Error("the malformed save was not refused as invalid");
  const before = cpuSeconds(appServerProcesses(serverPid));
  const end = performance.now() + 5000;
  let calls = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (; performance.now() < end; calls++) await call();
    }),
  );
  return (cpuSecondsBetween(before, cpuSeconds(appServerProcesses(serverPid))) * 1000) / calls;
}

function report(outcomes: Outcome[], seconds: number, cpu: CpuUse, actionFloorMs: number): void {
  const summary = summarise(outcomes.map((outcome) => outcome.ms));
  const errors = outcomes.filter((outcome) => outcome.result !== "ok");
  const cpuList = cpus();
  console.log(machineLine());
  console.log(
    `cpus: ${cpuList.length} × ${cpuList[0]?.model ?? "unknown"}; server, database and load generator share them`,
  );
  console.log(
    `clerks: ${CLERKS}, each saving 1–4 figures of one step of their own report, then ` +
      (BACK_TO_BACK
        ? "saving again as soon as answered (BENCH_BACK_TO_BACK)"
        : (TYPING_MS
            ? `typing for a random 0–${TYPING_MS} ms and waiting `
            : "typing for no time at all (BENCH_LOCKSTEP) and waiting ") +
          `${DEBOUNCE_MS} ms (the wizard's autosave debounce) before the next save`),
  );
  console.log(
    `duration: ${seconds.toFixed(1)} s; saves: ${summary.runs}; throughput: ${(summary.runs / seconds).toFixed(1)} saves/s`,
  );
  console.log(
    `latency over HTTP (saveReportAction): median ${summary.median.toFixed(1)} ms  p95 ${summary.p95.toFixed(1)} ms  p99 ${summary.p99.toFixed(1)} ms  max ${Math.max(...outcomes.map((outcome) => outcome.ms)).toFixed(1)} ms`,
  );
  const kinds = new Map<string, number>();
  for (const error of errors) {
    const kind = `${error.result}: ${error.detail ?? ""}`.slice(0, 160);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(`errors: ${errors.length}${[...kinds].map(([kind, count]) => `\n  ${count} × ${kind}`).join("")}`);
  const perSave = (cpuSeconds: number) => `${((cpuSeconds * 1000) / Math.max(1, summary.runs)).toFixed(1)} ms`;
  console.log(
    `CPU per save: app server (scripts/serve.ts) ${perSave(cpu.server)}, PostgreSQL ${perSave(cpu.database)}, load generator ${perSave(cpu.loadGenerator)}; ` +
      `busy ${((cpu.server + cpu.database + cpu.loadGenerator) / seconds).toFixed(2)} of ${cpus().length} cores (the rest of the machine not counted)`,
  );
  console.log(
    `of which Next.js's handling of a server action (the same action refusing malformed input, no database): ${actionFloorMs.toFixed(1)} ms per request`,
  );
  const fast = summary.p95 < P95_TARGET_MS;
  const cheap = (cpu.server * 1000) / Math.max(1, summary.runs) <= CPU_TARGET_MS;
  console.log(
    `targets: zero errors ${errors.length === 0 ? "✓" : "✗"}; p95 under ${P95_TARGET_MS} ms ${fast ? "✓" : "✗"}; ` +
      `app server CPU per save at most ${CPU_TARGET_MS} ms ${cheap ? "✓" : "✗"} → ${errors.length === 0 && fast && cheap ? "PASS" : "FAIL"}`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
