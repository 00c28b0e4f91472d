import { existsSync, readdirSync, readFileSync } from "node:fs";

// CPU time of processes from /proc (Linux), to tell where a load test's CPU went: the app server,
// PostgreSQL's backends, the load generator. Elsewhere every figure is null.

const TICKS_PER_SECOND = 100;

type Stat = { pid: number; ppid: number; seconds: number };

function readStat(pid: number): Stat | null {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pid, ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  if (!existsSync("/proc")) return [];
  const stats = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readStat(Number(name)) ?? []);
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const stat of stats) {
      if (tree.has(stat.pid) || !tree.has(stat.ppid)) continue;
      tree.add(stat.pid);
      grew = true;
    }
  }
  return [...tree];
}

/**
 * The app server's processes under the benchmark's launcher (scripts/e2e-server.ts, which makes
 * the database and the build and then waits): those running scripts/serve.ts, as `npm start`
 * and the production image run it. The launcher's own CPU is not the app's.
 */
export function appServerProcesses(launcher: number): number[] {
  return processTree(launcher).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/serve.ts");
    } catch {
      return false;
    }
  });
}

/** CPU seconds (user + system) the processes have used so far, by pid. */
export function cpuSeconds(pids: readonly number[]): Map<number, number> {
  return new Map(
    pids.flatMap((pid) => {
      const stat = readStat(pid);
      return stat ? [[pid, stat.seconds] as const] : [];
    }),
  );
}

/** CPU seconds used between two readings (a process that appeared meanwhile counts whole). */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
