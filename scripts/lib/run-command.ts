import { spawn, type ChildProcess } from "node:child_process";

/**
 * Runs a command asynchronously and resolves with its exit code. Asynchronous on purpose: the
 * process that hosts the embedded database must keep serving it while children use it.
 */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Starts a long-running child and forwards SIGINT/SIGTERM to it. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  return child;
}

/** Local binaries (next, tsx) resolved from node_modules/.bin, without an npx wrapper to orphan. */
export function localBin(name: string): string {
  return `${process.cwd()}/node_modules/.bin/${name}`;
}

/** The built app on `port`: scripts/serve.ts (Next.js behind the front cache of public answers), as a child. */
export function startAppServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // Not under the react-server condition the scripts run with: Next's server loads React itself.
  return startChild(localBin("tsx"), ["scripts/serve.ts", String(port)], {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
}
