// Public answers under load against static files of the same bytes served by the same server:
// is a published page (nearly) as cheap as a file? `npm run bench -- public`.
//
// Runs the e2e server launcher (scripts/e2e-server.ts: its own seeded database with the 2020
// report of 本溪市科学技术局, a build in NEXT_DIST_DIR when the sources changed, scripts/serve.ts)
// on BENCH_PORT (default 3310). Each answer's bytes are saved under public/ — Next lists public/
// when it starts, so the server starts again — then autocannon loads each URL and its file on
// loopback: 64 connections, BENCH_SECONDS (default 10) each, after a short warm-up. Last, the
// report page once more with the front cache off (FRONT_CACHE=off), to show what it is worth.
// Between the two, the production front: deploy/nginx/gknb.conf started from the machine's nginx
// (Debian's package; skipped with a message when there is none) before the same server, the
// report page through nginx's cache vs nginx serving the same bytes from a file, alternating
// (wrk when installed — autocannon, one Node.js thread, cannot load nginx — else autocannon).
// BENCH_ONLY=nginx runs that part alone.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { killBenchServers, startBenchServer, stopBenchServer } from "./lib/bench-server";
import { purgeProxyCache } from "../lib/front-cache/purge-proxy-cache";
import { findNginx, startNginxFront } from "./lib/nginx-front";

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
/** BENCH_ONLY=nginx: only the production front (nginx's cache vs nginx's files). */
const ONLY_NGINX = process.env.BENCH_ONLY === "nginx";
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
  // A run stopped with Ctrl-C or a kill leaves no files in public/ (where a commit would find them).
  const removeStaticFiles = () => {
    for (const path of staticPaths) rmSync(join(publicDir, path), { force: true });
  };
  const stopped = () => {
    removeStaticFiles();
    killBenchServers();
    process.exit(130);
  };
  process.once("SIGINT", stopped).once("SIGTERM", stopped);
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
    console.log(
      `public answers vs static files of the same size: autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, loopback`,
    );
    console.log(
      `cpus: ${cpuList.length} × ${cpuList[0]?.model ?? "unknown"}, node ${process.version}; server and load generator share them`,
    );
    const ratios: number[] = [];
    for (const [index, answer] of ONLY_NGINX ? [] : ANSWERS.entries()) {
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
    await benchNginxFront(bodies[0]!);
    await stopBenchServer(server);
    if (ONLY_NGINX) return;

    // What the front cache is worth: the report page straight from Next's caches.
    server = await startBenchServer(PORT, { FRONT_CACHE: "off" });
    const [report] = ANSWERS;
    await load(report!.path, 3);
    const withoutFrontCache = await load(report!.path, SECONDS);
    const file = await load(staticPaths[0]!, SECONDS);
    console.log(describe(`without the front cache: ${report!.path}`, withoutFrontCache, bodies[0]!.byteLength));
    console.log(describe("  static file, same bytes (public/)", file, bodies[0]!.byteLength));
    console.log(
      `  ratio ${(withoutFrontCache.requests.average / file.requests.average).toFixed(2)} (for comparison only)`,
    );
    console.log(
      `lowest ratio with the front cache: ${Math.min(...ratios).toFixed(2)} (target ≥ ${TARGET.toFixed(2)}) ${Math.min(...ratios) >= TARGET ? "✓" : "✗"}`,
    );
  } finally {
    process.off("SIGINT", stopped).off("SIGTERM", stopped);
    if (server) await stopBenchServer(server);
    removeStaticFiles();
    if (createdPublicDir && existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir);
  }
}

/** Requests per second of `url` for `seconds`: wrk when installed (it can load nginx), else autocannon. */
function wrkAvailable(): boolean {
  return spawnSync("wrk", ["--version"]).error === undefined;
}

async function measure(url: string, seconds: number): Promise<{ perSecond: number; p50: string; p99: string }> {
  if (wrkAvailable()) {
    const run = spawnSync("wrk", ["-t", "2", "-c", String(CONNECTIONS), "-d", `${seconds}s`, "--latency", url], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
    const perSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1]);
    const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(run.stdout);
    if (non2xx) throw new Error(`${url}: ${non2xx[1]} answers were not 2xx`);
    return {
      perSecond,
      p50: /^\s+50%\s+(\S+)/m.exec(run.stdout)?.[1] ?? "?",
      p99: /^\s+99%\s+(\S+)/m.exec(run.stdout)?.[1] ?? "?",
    };
  }
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx) throw new Error(`${url}: ${result.non2xx} answers were not 2xx`);
  return { perSecond: result.requests.average, p50: `${result.latency.p50}ms`, p99: `${result.latency.p99}ms` };
}

/**
 * The production front (deploy/nginx/gknb.conf) from Debian's nginx: the report page through
 * nginx's cache vs nginx serving the same bytes from a file, alternating, same run.
 */
async function benchNginxFront(reportBytes: Buffer): Promise<void> {
  const nginx = findNginx();
  if (!nginx) {
    console.log(
      "production front (nginx): SKIPPED — no nginx binary (Debian: apt-get install -y nginx; or set NGINX_BIN)",
    );
    return;
  }
  const [report] = ANSWERS;
  const front = await startNginxFront(nginx, PORT, { "report.html": reportBytes });
  try {
    const first = await fetch(`${front.frontUrl}${report!.path}`);
    const firstBytes = Buffer.from(await first.arrayBuffer());
    const second = await fetch(`${front.frontUrl}${report!.path}`);
    const secondBytes = Buffer.from(await second.arrayBuffer());
    if (second.headers.get("x-cache-status") !== "HIT")
      throw new Error(
        `nginx did not keep the report page (X-Cache-Status ${second.headers.get("x-cache-status")}, Cache-Control ${second.headers.get("cache-control")})`,
      );
    const direct = await fetchBytes(report!.path);
    if (!firstBytes.equals(direct) || !secondBytes.equals(direct))
      throw new Error(
        `nginx's answer differs from the app's bytes (${firstBytes.byteLength}, ${secondBytes.byteLength}, ${direct.byteLength} bytes)`,
      );
    if (direct.byteLength !== reportBytes.byteLength)
      console.log(`  (this server's report page has ${direct.byteLength} bytes, the file ${reportBytes.byteLength})`);
    if (!second.headers.get("content-security-policy"))
      throw new Error("nginx's cached answer lost the app's security headers");
    const generator = wrkAvailable() ? "wrk -t2" : "autocannon";
    console.log(
      `production front: nginx ${spawnSync(nginx, ["-v"], { encoding: "utf8" })
        .stderr.trim()
        .replace(
          /^nginx version: /,
          "",
        )} (deploy/nginx/gknb.conf) before this server; ${generator}, ${CONNECTIONS} connections, ${SECONDS} s each, alternating`,
    );
    const urls = { cached: `${front.frontUrl}${report!.path}`, file: `${front.fileUrl}/report.html` };
    await measure(urls.cached, 2);
    await measure(urls.file, 2);
    const runs: { cached: number[]; file: number[] } = { cached: [], file: [] };
    for (let round = 0; round < 2; round++) {
      for (const key of ["cached", "file"] as const) {
        const result = await measure(urls[key], SECONDS / 2);
        runs[key].push(result.perSecond);
        console.log(
          `  ${key === "cached" ? `report page through nginx's cache ${report!.path}` : "nginx serving the same bytes from a file"}`.padEnd(
            66,
          ) + `${result.perSecond.toFixed(0).padStart(7)} req/s   p50 ${result.p50}   p99 ${result.p99}`,
        );
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const ratio = mean(runs.cached) / mean(runs.file);
    // The purge hook the app instances run on a public change (lib/front-cache/purge-proxy-cache.ts): the next request is a miss, not an error.
    const purged = await purgeProxyCache(front.cacheDir);
    // open_file_cache_valid: nginx looks at the file again within a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await fetch(urls.cached);
    await after.arrayBuffer();
    if (after.status !== 200 || after.headers.get("x-cache-status") === "HIT")
      throw new Error(`after the purge nginx answered ${after.status} ${after.headers.get("x-cache-status")}`);
    console.log(
      `  purge hook: ${purged} cache file(s) deleted, the next request ${after.headers.get("x-cache-status")} ✓`,
    );
    console.log(
      `  report page via nginx's cache ${mean(runs.cached).toFixed(0)} req/s vs file ${mean(runs.file).toFixed(0)} req/s: ratio ${ratio.toFixed(2)} (target ≥ ${TARGET.toFixed(2)}) ${ratio >= TARGET ? "✓" : "✗"}`,
    );
  } finally {
    await front.stop();
  }
}
