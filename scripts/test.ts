// `npm test`: everything, in order — lint, format, typecheck, unit, integration, reliability, end-to-end.
// Integration and e2e tests use the PostgreSQL server in DATABASE_URL (each run in a fresh
// database of its own) or, when it is not set, the embedded database.
import { localBin, runCommand } from "./lib/run-command";

const steps: [string, string, string[]][] = [
  ["lint", localBin("eslint"), ["."]],
  ["format", localBin("prettier"), ["--check", "."]],
  ["typecheck", localBin("tsc"), ["--noEmit"]],
  ["unit", localBin("vitest"), ["run", "--project", "unit"]],
  ["integration", localBin("vitest"), ["run", "--project", "integration"]],
  ["reliability", localBin("vitest"), ["run", "--project", "reliability"]],
  ["e2e", localBin("playwright"), ["test"]],
];

const only = process.argv.slice(2);
const results: [string, number, number][] = [];
for (const [name, command, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n━━━ ${name} ━━━`);
  const started = Date.now();
  const code = await runCommand(command, args, {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  });
  results.push([name, code, Date.now() - started]);
  if (code !== 0) break;
}

console.log("\n━━━ summary ━━━");
for (const [name, code, ms] of results)
  console.log(`${code === 0 ? "ok  " : "FAIL"} ${name.padEnd(12)} ${(ms / 1000).toFixed(1)} s`);
const failed = results.filter(([, code]) => code !== 0).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
