import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

// Benchmarks that need the app run the e2e server (scripts/e2e-server.ts): a fresh seeded
// database, the production build, scripts/serve.ts on `port`.

/** The launchers started and not yet exited, for a benchmark stopped midway (killBenchServers). */
const running = new Set<ChildProcess>();

export async function startBenchServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  // Another server there (left by a run that was killed) would answer instead, with its own database.
  if (
    await fetch(`http://127.0.0.1:${port}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT`);
  const child = spawn(
    `${process.cwd()}/node_modules/.bin/tsx`,
    ["--conditions=react-server", "scripts/e2e-server.ts"],
    {
      env: { ...process.env, ...env, E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  running.add(child);
  child.once("exit", () => running.delete(child));
  for (let attempt = 0; attempt < 6000; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not become ready");
}

/** SIGTERM to the launcher: it stops `next start` and drops its database. */
export async function stopBenchServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** SIGTERM to every launcher still running (each stops its server and drops its database). */
export function killBenchServers(): void {
  for (const child of running) child.kill("SIGTERM");
}

/** The database of the server started on `port` (the launcher writes its URL), for a benchmark's own rows. */
export function benchServerDatabaseUrl(port: number): string {
  return readFileSync(`.data/e2e-database-${port}.url`, "utf8").trim();
}
