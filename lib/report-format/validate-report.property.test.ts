import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCellKeys } from "./cells";
import { FORMAT_KEYS } from "./format-registry";
import { buildConsistentReport } from "./testing";
import type { CellValue, FormatKey, Report } from "./types";
import { validateReport } from "./validate-report";

const formatArbitrary = fc.constantFrom<FormatKey>(...FORMAT_KEYS);
const seedArbitrary = fc.integer({ min: 0, max: 2 ** 31 - 1 });

function setCell(report: Report, key: string, value: CellValue): Report {
  const copy = structuredClone(report);
  const [table = "", ...rest] = key.split(".");
  const column = rest.pop() ?? "";
  const row = copy.tables[table]?.[rest.join(".")];
  if (!row) throw new Error(`no row for ${key}`);
  row[column] = value;
  return copy;
}

const checkedCells = (format: FormatKey) =>
  listCellKeys(format).filter((key) => key.startsWith("applications.") || key.startsWith("reviews."));

const changeArbitrary = fc.oneof(
  fc.record({ kind: fc.constant("shift" as const), delta: fc.integer({ min: 1, max: 10_000 }), down: fc.boolean() }),
  fc.record({ kind: fc.constant("replace" as const), value: fc.constantFrom<CellValue>(null, -1, 0.5, "7", 2 ** 31) }),
);

describe("property: consistent reports", () => {
  it("a random consistent report of either format validates with no violation", () => {
    fc.assert(
      fc.property(formatArbitrary, seedArbitrary, fc.integer({ min: 1, max: 500 }), (format, seed, maxCount) => {
        const result = validateReport(buildConsistentReport({ format, seed, maxCount }));
        expect(result.violations).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("a chain of years, across the change of format, validates with no violation", () => {
    fc.assert(
      fc.property(seedArbitrary, (seed) => {
        let previous = buildConsistentReport({ format: "2019", seed, year: 2019 });
        for (let year = 2020; year <= 2023; year++) {
          const report = buildConsistentReport({ format: year <= 2020 ? "2019" : "2021", seed: seed + year, previous });
          expect(validateReport(report, { previous }).violations).toEqual([]);
          previous = report;
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("property: any single change of applications or reviews is an error", () => {
  it.each(FORMAT_KEYS)("format %s", (format) => {
    const cells = checkedCells(format);
    fc.assert(
      fc.property(seedArbitrary, fc.nat({ max: cells.length - 1 }), changeArbitrary, (seed, index, change) => {
        const report = buildConsistentReport({ format, seed });
        const key = cells[index]!;
        const [table = "", ...rest] = key.split(".");
        const column = rest.pop() ?? "";
        const before = report.tables[table]?.[rest.join(".")]?.[column] as number;
        const after =
          change.kind === "replace"
            ? change.value
            : change.down && before >= change.delta
              ? before - change.delta
              : before + change.delta;
        const result = validateReport(setCell(report, key, after));
        expect(result.ok).toBe(false);
        expect(
          result.violations.some((violation) => violation.level === "error" && violation.cells.includes(key)),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
