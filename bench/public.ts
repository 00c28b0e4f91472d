// Public answers under load against static files of the same bytes served by the same server:
// is a published page (nearly) as cheap as a file? `npm run bench -- public`.
//
// Runs the e2e server launcher (scripts/e2e-server.ts: its own seeded database with the 2020
// report of 本溪市科学技术局, a build in NEXT_DIST_DIR when the sources changed, scripts/serve.ts)
// on BENCH_PORT (default 3310). Each answer's bytes are saved under public/ — Next lists public/
// when it starts, so the server starts again — then autocannon loads each URL and its file on
// loopback: 64 connections, BENCH_SECONDS (default 10) each, after a short warm-up. Last, the
// report page once more with the front cache off (FRONT_CACHE=off), to show what it is worth.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { join } from "node:path";
import { startBenchServer, stopBenchServer } from "./lib/bench-server";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 64;
const TARGET = 0.8;
const ANSWERS = [
  { label: "report page", path: "/reports/2020/bxskxjsj", extension: "html" },
  { label: "year overview", path: "/years/2020", extension: "html" },
  { label: "JSON API", path: "/api/public/reports/2020/bxskxjsj", extension: "json" },
];
const log = (line: string) => console.log(`[bench] ${line}`);

async function load(path: string, duration: number): Promise<AutocannonResult> {
  const result = await autocannon({ url: `http://127.0.0.1:${PORT}${path}`, connections: CONNECTIONS, duration });
  // A wrong answer spoils the comparison; a few timeouts on a busy machine are reported, not fatal.
  if (result.non2xx) throw new Error(`${path}: ${result.non2xx} answers were not 2xx`);
  return result;
}

function describe(label: string, result: AutocannonResult, bytes: number): string {
  return `${label.padEnd(44)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   ${bytes} bytes${result.errors ? `   (${result.errors} errors, ${result.timeouts} timeouts)` : ""}`;
}

async function fetchBytes(path: string): Promise<Buffer> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export default async function benchPublic(): Promise<void> {
  const publicDir = join(process.cwd(), "public");
  const createdPublicDir = !existsSync(publicDir);
  const staticPaths = ANSWERS.map((answer, index) => `/bench-static-${process.pid}-${index}.${answer.extension}`);
  let server: ChildProcess | undefined;
  try {
    log("starting the server (builds first when the sources changed)…");
    server = await startBenchServer(PORT);
    const bodies = await Promise.all(ANSWERS.map((answer) => fetchBytes(answer.path)));
    await stopBenchServer(server);

    // The same bytes as files, so each pair weighs the same.
    mkdirSync(publicDir, { recursive: true });
    ANSWERS.forEach((_, index) => writeFileSync(join(publicDir, staticPaths[index]!), bodies[index]!));
    server = await startBenchServer(PORT);

    const cpuList = cpus();
    console.log(`public answers vs static files of the same size: autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, loopback`);
    console.log(`cpus: ${cpuList.length} × ${cpuList[0]?.model ?? "unknown"}, node ${process.version}; server and load generator share them`);
    const ratios: number[] = [];
    for (const [index, answer] of ANSWERS.entries()) {
      const staticPath = staticPaths[index]!;
      await load(answer.path, 3);
      await load(staticPath, 3);
      const measured = await load(answer.path, SECONDS);
      const file = await load(staticPath, SECONDS);
      const ratio = measured.requests.average / file.requests.average;
      ratios.push(ratio);
      console.log(describe(`${answer.label} ${answer.path}`, measured, bodies[index]!.byteLength));
      console.log(describe("  static file, same bytes (public/)", file, bodies[index]!.byteLength));
      console.log(`  ratio ${ratio.toFixed(2)} (target ≥ ${TARGET.toFixed(2)}) ${ratio >= TARGET ? "✓" : "✗"}`);
    }
    await stopBenchServer(server);

    // What the front cache is worth: the report page straight from Next's caches.
    server = await startBenchServer(PORT, { FRONT_CACHE: "off" });
    const [report] = ANSWERS;
    await load(report!.path, 3);
    const withoutFrontCache = await load(report!.path, SECONDS);
    const file = await load(staticPaths[0]!, SECONDS);
    console.log(describe(`without the front cache: ${report!.path}`, withoutFrontCache, bodies[0]!.byteLength));
    console.log(describe("  static file, same bytes (public/)", file, bodies[0]!.byteLength));
    console.log(`  ratio ${(withoutFrontCache.requests.average / file.requests.average).toFixed(2)} (for comparison only)`);
    console.log(`lowest ratio with the front cache: ${Math.min(...ratios).toFixed(2)} (target ≥ ${TARGET.toFixed(2)}) ${Math.min(...ratios) >= TARGET ? "✓" : "✗"}`);
  } finally {
    if (server) await stopBenchServer(server);
    for (const path of staticPaths) rmSync(join(publicDir, path), { force: true });
    if (createdPublicDir && existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir);
  }
}
