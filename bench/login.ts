// `npm run bench -- login`: BENCH_CLERKS (default 50) clerks sign in at the same moment through the
// login form's server action over HTTP, while /api/health is requested every 50 ms. Prints the
// sign-ins' p50/p95 and health's p99 during the burst. Target: health p99 under 100 ms — sign-ins
// must not starve other work (lib/server/auth/password-hash.ts).
//
// Runs the e2e server launcher (scripts/e2e-server.ts: a fresh seeded database on the server in
// DATABASE_URL, a build in NEXT_DIST_DIR when the sources changed) on BENCH_PORT (default 3330).
// HASH_CONCURRENCY and UV_THREADPOOL_SIZE are passed to the server when set, to compare settings.
import type { ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { GENERATED_PASSWORD } from "../lib/server/generate/generate-province";
import { benchServerDatabaseUrl, startBenchServer, stopBenchServer } from "./lib/bench-server";
import { callRedirectingAction, findActionId } from "./lib/server-action";
import { machineLine, quantile } from "./lib/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3330);
const CLERKS = Number(process.env.BENCH_CLERKS ?? 50);
const POLL_MS = 50;
const log = (line: string) => console.log(`[bench] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export default async function benchLogin(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL: a PostgreSQL server is needed");
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const serverEnv = Object.fromEntries(
    ["HASH_CONCURRENCY", "UV_THREADPOOL_SIZE"].flatMap((name) =>
      process.env[name] ? [[name, process.env[name]!]] : [],
    ),
  );
  let server: ChildProcess | undefined;
  try {
    log(`starting the server (builds first when the sources changed)… ${JSON.stringify(serverEnv)}`);
    server = await startBenchServer(PORT, serverEnv);
    process.env.DATABASE_URL = benchServerDatabaseUrl(PORT);
    const emails = await prepareClerks();
    const baseUrl = `http://127.0.0.1:${PORT}`;
    const signInId = findActionId(distDir, "app/(auth)/login/actions.ts", "signInAction");
    const signIn = async (email: string) => {
      const form = new FormData();
      form.set("email", email);
      form.set("password", GENERATED_PASSWORD);
      form.set("next", "/staff");
      const started = performance.now();
      const { location, cookies } = await callRedirectingAction({
        baseUrl,
        path: "/login",
        actionId: signInId,
        args: [null, form],
      });
      if (location !== "/staff" || !cookies.some((cookie) => cookie.includes("session_token")))
        throw new Error(`${email}: sign-in failed (${location})`);
      return performance.now() - started;
    };
    // Warm-up (not counted): the first requests of a fresh server compile and connect.
    for (const email of emails.slice(0, 3)) await signIn(email);
    for (let poll = 0; poll < 10; poll++)
      await fetch(`${baseUrl}/api/health`).then((response) => response.arrayBuffer());

    // The machine's own noise first: health alone for 3 s.
    const quiet = pollHealth(baseUrl);
    await sleep(3000);
    const baseline = await quiet.stop();

    const during = pollHealth(baseUrl);
    await sleep(300);
    const burstStarted = performance.now();
    const signIns = await Promise.all(emails.map(signIn));
    const burstMs = performance.now() - burstStarted;
    await sleep(300);
    const health = await during.stop();
    const slowest = health.indexOf(Math.max(...health));
    const slowestAt = during.startedAt[slowest]! - burstStarted;

    const sortedSignIns = [...signIns].sort((a, b) => a - b);
    const sortedHealth = [...health].sort((a, b) => a - b);
    console.log(
      `\n${CLERKS} simultaneous sign-ins over HTTP, /api/health every ${POLL_MS} ms meanwhile; HASH_CONCURRENCY=${serverEnv.HASH_CONCURRENCY ?? "default"}, UV_THREADPOOL_SIZE=${serverEnv.UV_THREADPOOL_SIZE ?? "default"}`,
    );
    console.log(machineLine());
    console.log(
      `sign-ins  p50 ${quantile(sortedSignIns, 0.5).toFixed(0)} ms   p95 ${quantile(sortedSignIns, 0.95).toFixed(0)} ms   max ${sortedSignIns.at(-1)!.toFixed(0)} ms   (all ${CLERKS} in ${burstMs.toFixed(0)} ms)`,
    );
    const sortedBaseline = [...baseline].sort((a, b) => a - b);
    console.log(
      `health, no sign-ins (baseline)   p50 ${quantile(sortedBaseline, 0.5).toFixed(0)} ms   p99 ${quantile(sortedBaseline, 0.99).toFixed(0)} ms   (${baseline.length} requests; load average ${loadavg()[0]!.toFixed(1)})`,
    );
    const p99 = quantile(sortedHealth, 0.99);
    console.log(
      `health    p50 ${quantile(sortedHealth, 0.5).toFixed(0)} ms   p99 ${p99.toFixed(0)} ms   max ${sortedHealth.at(-1)!.toFixed(0)} ms   (${health.length} requests)   target p99 < 100 ms: ${p99 < 100 ? "met" : "NOT met"}`,
    );
    console.log(`slowest health request sent ${slowestAt.toFixed(0)} ms after the burst began`);
  } finally {
    const { disconnectDb } = await import("../lib/server/db");
    await disconnectDb();
    if (server) await stopBenchServer(server);
  }
}

/** /api/health every POLL_MS, each answer's time recorded, until stopped. */
function pollHealth(baseUrl: string): { stop: () => Promise<number[]>; startedAt: number[] } {
  const times: number[] = [];
  const startedAt: number[] = [];
  let polling = true;
  const done = (async () => {
    const inFlight: Promise<void>[] = [];
    while (polling) {
      const started = performance.now();
      inFlight.push(
        fetch(`${baseUrl}/api/health`).then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`health answered ${response.status}`);
          times.push(performance.now() - started);
          startedAt.push(started);
        }),
      );
      await sleep(POLL_MS);
    }
    await Promise.all(inFlight);
  })();
  return {
    startedAt,
    stop: async () => {
      polling = false;
      await done;
      return times;
    },
  };
}

/** CLERKS clerks of the project's synthetic province (`npm run cli -- generate`), one per agency. */
async function prepareClerks(): Promise<string[]> {
  const { generateProvince } = await import("../lib/server/generate/generate-province");
  const { db } = await import("../lib/server/db");
  await generateProvince({ agencies: CLERKS, years: 1, seed: 1, firstYear: 2024 });
  const users = await db.user.findMany({
    where: { email: { endsWith: "@generated.gov.cn" } },
    select: { email: true },
    orderBy: { email: "asc" },
    take: CLERKS,
  });
  if (users.length < CLERKS) throw new Error(`the generated province has ${users.length} users, fewer than ${CLERKS}`);
  return users.map((user) => user.email);
}
