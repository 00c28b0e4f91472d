import { describe, expect, it } from "vitest";
import { listCellKeys, type CellValue, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { compareReports } from "./compare-with-last-year";

/** A copy of `report` with some cells set: `{ "art20_1.regulations.made": 40 }`. */
function withCells(report: Report, cells: Record<string, CellValue>, year = report.year): Report {
  const copy: Report = { ...structuredClone(report), year };
  for (const [key, value] of Object.entries(cells)) {
    const [table, row, column] = key.split(".") as [string, string, string];
    copy.tables[table]![row]![column] = value;
  }
  return copy;
}

describe("compareReports", () => {
  const last = buildConsistentReport({ format: "2021", seed: 3, year: 2024 });

  it("finds nothing between identical figures, and compares every cell", () => {
    expect(compareReports(withCells(last, {}, 2025), last)).toEqual({
      compared: listCellKeys("2021").length,
      rows: [],
    });
  });

  it("flags changes of at least 50% and at least 10 as jumps, and only those, in format order", () => {
    const previous = withCells(last, {
      "art20_1.regulations.made": 20,
      "art20_5.licensing.decisions": 100,
      "art20_6.penalty.decisions": 4,
    });
    const current = withCells(
      previous,
      { "art20_6.penalty.decisions": 9, "art20_1.regulations.made": 40, "art20_5.licensing.decisions": 140 },
      2025,
    );
    expect(compareReports(current, previous).rows).toEqual([
      {
        cell: "art20_1.regulations.made",
        label: "第二十条第（一）项·规章·本年制发件数",
        previous: "20",
        current: "40",
        delta: "+20",
        jump: true,
      },
      {
        cell: "art20_5.licensing.decisions",
        label: expect.any(String),
        previous: "100",
        current: "140",
        delta: "+40",
        jump: false,
      },
      {
        cell: "art20_6.penalty.decisions",
        label: expect.any(String),
        previous: "4",
        current: "9",
        delta: "+5",
        jump: false,
      },
    ]);
  });

  it("counts a fall as a jump too, and anything from 0 to 10 or more", () => {
    const previous = withCells(last, { "art20_1.regulations.made": 30, "art20_1.normative_docs.made": 0 });
    const current = withCells(previous, { "art20_1.regulations.made": 12, "art20_1.normative_docs.made": 10 }, 2025);
    expect(compareReports(current, previous).rows.map((row) => [row.cell, row.delta, row.jump])).toEqual([
      ["art20_1.regulations.made", "-18", true],
      ["art20_1.normative_docs.made", "+10", true],
    ]);
  });

  it("compares money exactly, in the cell's unit", () => {
    const previous = withCells(last, { "art20_8.fees.amount": "1.5" });
    const current = withCells(last, { "art20_8.fees.amount": "20.25" }, 2025);
    expect(compareReports(current, previous).rows).toEqual([
      {
        cell: "art20_8.fees.amount",
        label: expect.any(String),
        previous: "1.5万元",
        current: "20.25万元",
        delta: "+18.75万元",
        jump: true,
      },
    ]);
    const tiny = compareReports(
      withCells(last, { "art20_8.fees.amount": "0.1" }, 2025),
      withCells(last, { "art20_8.fees.amount": "0.3" }),
    );
    expect(tiny.rows).toEqual([expect.objectContaining({ delta: "-0.2万元", jump: false })]);
  });

  it("skips blank cells", () => {
    const previous = withCells(last, { "art20_1.regulations.made": null });
    expect(compareReports(withCells(last, { "art20_1.regulations.made": 99 }, 2025), previous)).toEqual({
      compared: listCellKeys("2021").length - 1,
      rows: [],
    });
  });

  it("compares only the cells both formats have, across the 2019 and 2021 formats", () => {
    const old = buildConsistentReport({ format: "2019", seed: 5, year: 2020 });
    const current = buildConsistentReport({ format: "2021", seed: 5, year: 2021, previous: old });
    const shared = listCellKeys("2021").filter((key) => listCellKeys("2019").includes(key));
    const result = compareReports(current, old);
    expect(shared.length).toBeGreaterThan(0);
    expect(result.compared).toBe(shared.length);
    for (const row of result.rows) expect(shared).toContain(row.cell);
  });
});
