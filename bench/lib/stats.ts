import { cpus } from "node:os";

// Figures every benchmark prints the same way.

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export type Summary = { runs: number; median: number; p95: number; p99: number; perSecond: number };

export function summarise(durationsMs: readonly number[]): Summary {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    perSecond: (sorted.length / total) * 1000,
  };
}

export function formatSummary(label: string, summary: Summary): string {
  return `${label.padEnd(44)} median ${summary.median.toFixed(2)} ms  p95 ${summary.p95.toFixed(2)} ms  p99 ${summary.p99.toFixed(2)} ms  ${summary.perSecond.toFixed(1)}/s  (${summary.runs} runs)`;
}

export async function timeRuns(runs: number, body: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await body();
    durations.push(performance.now() - started);
  }
  return durations;
}

export function machineLine(): string {
  return `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}`;
}
