import { describe, expect, it } from "vitest";
import { computeTotals } from "./compute-totals";
import { emptyReport } from "./empty-report";
import { FORMAT_KEYS } from "./format-registry";
import { buildConsistentReport } from "./testing";
import type { ReportTables } from "./types";

function withCells(tables: ReportTables, cells: Record<string, number | string | null>): ReportTables {
  const copy = structuredClone(tables);
  for (const [key, value] of Object.entries(cells)) {
    const [table = "", ...rest] = key.split(".");
    const column = rest.pop() ?? "";
    const row = copy[table]?.[rest.join(".")];
    if (!row) throw new Error(`no row for ${key}`);
    row[column] = value;
  }
  return copy;
}

describe("computeTotals", () => {
  it.each(FORMAT_KEYS)("reproduces the totals of a consistent report of format %s", (format) => {
    for (let seed = 0; seed < 20; seed++) {
      const { tables } = buildConsistentReport({ format, seed });
      const cleared = withCells(tables, {
        "applications.3.7.natural": null,
        "applications.1.total": 999,
        "reviews.review.total": null,
      });
      expect(computeTotals(format, cleared)).toEqual(tables);
    }
  });

  it("does not change its input", () => {
    const { tables } = emptyReport("2021", 2022, "某局");
    const before = structuredClone(tables);
    computeTotals("2021", withCells(tables, { "applications.1.natural": 1 }));
    expect(tables).toEqual(before);
  });

  it("counts blank inputs as 0 and leaves a total blank only when all its inputs are blank", () => {
    const { tables } = emptyReport("2021", 2022, "某局");
    const result = computeTotals(
      "2021",
      withCells(tables, { "applications.3.1.natural": 4, "applications.3.6.2.legal": 1 }),
    );
    expect(result.applications?.["3.1"]?.total).toBe(4);
    expect(result.applications?.["3.7"]?.natural).toBe(4);
    expect(result.applications?.["3.7"]?.legal).toBe(1);
    expect(result.applications?.["3.7"]?.commercial).toBeNull();
    expect(result.applications?.["3.7"]?.total).toBe(5);
    expect(result.applications?.["1"]?.total).toBeNull();
    expect(result.reviews?.review?.total).toBeNull();
  });

  it("leaves a total blank when one of its inputs does not fit its type, and passes that on", () => {
    const { tables } = buildConsistentReport({ format: "2019", seed: 1 });
    const result = computeTotals("2019", withCells(tables, { "applications.3.3.2.social": 1.5 }));
    expect(result.applications?.["3.3.2"]?.total).toBeNull();
    expect(result.applications?.["3.7"]?.social).toBeNull();
    expect(result.applications?.["3.7"]?.total).toBeNull();
    expect(result.applications?.["3.7"]?.natural).toBe(tables.applications?.["3.7"]?.natural);
  });

  it("sums 2021's three 其他处理 rows into （七）总计", () => {
    const { tables } = emptyReport("2021", 2022, "某局");
    const result = computeTotals(
      "2021",
      withCells(tables, {
        "applications.3.6.1.natural": 1,
        "applications.3.6.2.natural": 2,
        "applications.3.6.3.natural": 3,
      }),
    );
    expect(result.applications?.["3.7"]?.natural).toBe(6);
  });
});
