// `npm run bench -- downloads`: 100 simultaneous requests (BENCH_REQUESTS) for the Word and the
// Excel file of one published report, as at the moment a report is announced. The files of a
// published revision are built once (lib/server/public/get-published-download.ts) and stored;
// every later request is served from the stored bytes. Figures: latency of the first wave (the
// build happens inside it), of the waves after it, and the server's memory (resident set of the
// server's processes, before the first wave and the highest seen while the waves ran).
//
// Runs the e2e server launcher (scripts/e2e-server.ts: a fresh seeded database with the 2020
// report of 本溪市科学技术局, a build in NEXT_DIST_DIR when the sources changed, scripts/serve.ts)
// on BENCH_PORT (default 3330). Targets: p50 under 100 ms after the first build, memory growth
// under 50 MB, every answer the same bytes.
import type { ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { startBenchServer, stopBenchServer } from "./lib/bench-server";
import { appServerProcesses, cpuSeconds, cpuSecondsBetween, processTree } from "./lib/process-cpu";
import { machineLine, quantile } from "./lib/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3330);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const WAVES = 5;
const P50_TARGET_MS = 100;
const GROWTH_TARGET_MB = 50;
const REPORT = "/reports/2020/bxskxjsj";
const log = (line: string) => console.log(`[bench] ${line}`);

/** Resident memory of the server's processes (`pids`: its tree, read once: a scan of /proc is not free), in MB. */
function residentMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return kb / 1024;
}

type Wave = { durations: number[]; hashes: Set<string>; failures: number };

async function wave(url: string): Promise<Wave> {
  const hashes = new Set<string>();
  let failures = 0;
  const durations = await Promise.all(
    Array.from({ length: REQUESTS }, async () => {
      const started = performance.now();
      const response = await fetch(url);
      const body = Buffer.from(await response.arrayBuffer());
      const ms = performance.now() - started;
      if (response.status !== 200) failures++;
      else hashes.add(createHash("sha256").update(body).digest("hex"));
      return ms;
    }),
  );
  return { durations, hashes, failures };
}

function line(label: string, durations: number[]): string {
  const sorted = [...durations].sort((a, b) => a - b);
  return `${label.padEnd(52)} p50 ${quantile(sorted, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(sorted, 0.95).toFixed(1).padStart(7)} ms   max ${sorted[sorted.length - 1]!.toFixed(1).padStart(7)} ms`;
}

export default async function benchDownloads(): Promise<void> {
  let server: ChildProcess | undefined;
  try {
    log("starting the server (builds first when the sources changed)…");
    server = await startBenchServer(PORT);
    const pids = processTree(server.pid!);
    const app = appServerProcesses(server.pid!);
    // The page once (what a citizen opens first), so the server's own warm-up is not counted as download memory.
    await fetch(`http://127.0.0.1:${PORT}${REPORT}`).then((response) => response.arrayBuffer());
    const before = residentMb(pids);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentMb(pids))), 50);
    console.log(machineLine());
    console.log(
      `${REQUESTS} simultaneous requests per wave, ${WAVES} waves per URL, server and load generator on this machine`,
    );
    let ok = true;
    const warmP50s: number[] = [];
    for (const kind of ["docx", "xlsx"] as const) {
      for (const url of [`${REPORT}/download/${kind}`, `${REPORT}/revisions/1/download/${kind}`]) {
        const waves: Wave[] = [];
        let cpuBefore = cpuSeconds(app);
        let firstCpu = 0;
        for (let index = 0; index < WAVES; index++) {
          waves.push(await wave(`http://127.0.0.1:${PORT}${url}`));
          if (index === 0) {
            firstCpu = cpuSecondsBetween(cpuBefore, cpuSeconds(app));
            cpuBefore = cpuSeconds(app);
          }
        }
        const warmCpuMs = (cpuSecondsBetween(cpuBefore, cpuSeconds(app)) * 1000) / ((WAVES - 1) * REQUESTS);
        const [first, ...rest] = waves;
        const hashes = new Set(waves.flatMap((entry) => [...entry.hashes]));
        const failures = waves.reduce((sum, entry) => sum + entry.failures, 0);
        const warm = rest.flatMap((entry) => entry.durations);
        warmP50s.push(
          quantile(
            [...warm].sort((a, b) => a - b),
            0.5,
          ),
        );
        console.log(line(`${url} first wave`, first!.durations));
        console.log(line(`${url} next ${WAVES - 1} waves`, warm));
        console.log(
          `  server CPU: first wave ${(firstCpu * 1000).toFixed(0)} ms in all, then ${warmCpuMs.toFixed(2)} ms per request; ${hashes.size === 1 ? "every answer the same bytes ✓" : `${hashes.size} different bodies ✗`}; ${failures} failed`,
        );
        if (hashes.size !== 1 || failures) ok = false;
      }
    }
    clearInterval(sampler);
    const growth = peak - before;
    const p50 = Math.max(...warmP50s);
    console.log(
      `server memory: ${before.toFixed(0)} MB before, at most ${peak.toFixed(0)} MB during the waves: growth ${growth.toFixed(1)} MB`,
    );
    const fast = p50 < P50_TARGET_MS;
    const lean = growth < GROWTH_TARGET_MB;
    console.log(
      `targets: p50 after the first build under ${P50_TARGET_MS} ms (worst ${p50.toFixed(1)} ms) ${fast ? "✓" : "✗"}; memory growth under ${GROWTH_TARGET_MB} MB ${lean ? "✓" : "✗"}; same bytes ${ok ? "✓" : "✗"} → ${fast && lean && ok ? "PASS" : "FAIL"}`,
    );
  } finally {
    if (server) await stopBenchServer(server);
  }
}
