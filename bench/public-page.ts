// The published report page under load against a static file of the same bytes served by the
// same server: is a cached report page (nearly) as cheap as a file? `npm run bench -- public-page`.
//
// Runs the e2e server launcher (scripts/e2e-server.ts: its own seeded database with the 2020
// report of 本溪市科学技术局, a build in NEXT_DIST_DIR when the sources changed, `next start`) on
// BENCH_PORT (default 3310). The page's HTML is saved under public/ — Next lists public/ when it
// starts, so the server starts twice — then autocannon loads both URLs on loopback:
// 64 connections, BENCH_SECONDS (default 10) each, after a short warm-up.
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
const PAGE = "/reports/2020/bxskxjsj";
const log = (line: string) => console.log(`[bench] ${line}`);

async function load(path: string, duration: number): Promise<AutocannonResult> {
  const result = await autocannon({ url: `http://127.0.0.1:${PORT}${path}`, connections: CONNECTIONS, duration });
  // A wrong answer spoils the comparison; a few timeouts on a busy machine are reported, not fatal.
  if (result.non2xx) throw new Error(`${path}: ${result.non2xx} answers were not 2xx`);
  return result;
}

function describe(label: string, result: AutocannonResult, bytes: number): string {
  return `${label.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   ${bytes} bytes${result.errors ? `   (${result.errors} errors, ${result.timeouts} timeouts)` : ""}`;
}

async function fetchBytes(path: string): Promise<Buffer> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export default async function benchPublicPage(): Promise<void> {
  const publicDir = join(process.cwd(), "public");
  const createdPublicDir = !existsSync(publicDir);
  const staticName = `bench-static-${process.pid}.html`;
  const staticFile = join(publicDir, staticName);
  let server: ChildProcess | undefined;
  try {
    log("starting the server (builds first when the sources changed)…");
    server = await startBenchServer(PORT);
    const html = await fetchBytes(PAGE);
    await stopBenchServer(server);

    // The same bytes as a file, so both answers weigh the same.
    mkdirSync(publicDir, { recursive: true });
    writeFileSync(staticFile, html);
    server = await startBenchServer(PORT);
    const fileBytes = (await fetchBytes(`/${staticName}`)).byteLength;
    const pageBytes = (await fetchBytes(PAGE)).byteLength;

    const cpuList = cpus();
    console.log(`published report page vs static file of the same size: autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, loopback`);
    console.log(`cpus: ${cpuList.length} × ${cpuList[0]?.model ?? "unknown"}, node ${process.version}; server and load generator share them`);
    await load(PAGE, 3);
    await load(`/${staticName}`, 3);
    const page = await load(PAGE, SECONDS);
    const file = await load(`/${staticName}`, SECONDS);
    console.log(describe(`report page ${PAGE}`, page, pageBytes));
    console.log(describe("static file, same bytes (public/)", file, fileBytes));
    const ratio = page.requests.average / file.requests.average;
    console.log(`ratio page / static: ${ratio.toFixed(2)} (target ≥ 0.80) ${ratio >= 0.8 ? "✓" : "✗"}`);
  } finally {
    if (server) await stopBenchServer(server);
    rmSync(staticFile, { force: true });
    if (createdPublicDir && existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir);
  }
}
