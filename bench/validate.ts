// How long validateReport takes on a full, consistent 2021 report (the per-keystroke budget is 1 ms).
import { cpus } from "node:os";
import { validateReport } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";

const WARM_UP_RUNS = 5_000;
const BATCHES = 200;
const RUNS_PER_BATCH = 100;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function measure(label: string, validate: () => unknown): void {
  for (let run = 0; run < WARM_UP_RUNS; run++) validate();
  const perReport: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const start = performance.now();
    for (let run = 0; run < RUNS_PER_BATCH; run++) validate();
    perReport.push((performance.now() - start) / RUNS_PER_BATCH);
  }
  perReport.sort((a, b) => a - b);
  const median = quantile(perReport, 0.5);
  console.log(label);
  console.log(`  median  ${(median * 1000).toFixed(1)} µs per report`);
  console.log(`  p95     ${(quantile(perReport, 0.95) * 1000).toFixed(1)} µs per report`);
  console.log(`  rate    ${Math.round(1000 / median).toLocaleString("en-US")} reports per second`);
}

export default function benchValidate(): void {
  const previous = buildConsistentReport({ format: "2021", seed: 1, year: 2021 });
  const report = buildConsistentReport({ format: "2021", seed: 2, previous });
  if (validateReport(report, { previous }).violations.length > 0)
    throw new Error("the benchmark report should be consistent");

  const cpuList = cpus();
  console.log(
    `validateReport on a full, consistent 2021 report: ${BATCHES} batches of ${RUNS_PER_BATCH} after ${WARM_UP_RUNS} warm-up runs`,
  );
  console.log(`cpus: ${cpuList.length} × ${cpuList[0]?.model ?? "unknown"}, node ${process.version}`);
  measure("alone", () => validateReport(report));
  measure("with last year's report (cross-year rules)", () => validateReport(report, { previous }));
}
