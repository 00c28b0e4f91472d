import { describe, expect, it } from "vitest";
import fixtureJson from "@/prisma/fixtures/benxi-science-bureau-2020.json";
import { fromCells, getCellDefinition, labelCell, listCellKeys, toCells } from "./cells";
import { emptyReport } from "./empty-report";
import { FORMAT_KEYS } from "./format-registry";
import { parseReport } from "./report-schema";
import { buildConsistentReport } from "./testing";
import type { Report } from "./types";

function loadFixture(): Report {
  const parsed = parseReport(fixtureJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

describe("toCells / fromCells", () => {
  it("round-trips the fixture", () => {
    const report = loadFixture();
    const cells = toCells(report);
    expect(cells.map((cell) => `${cell.table}.${cell.row}.${cell.column}`)).toEqual(listCellKeys("2019"));
    expect(fromCells("2019", cells)).toEqual(report.tables);
  });

  it("gives money cells their unit and the other cells none", () => {
    const cells = toCells(loadFixture());
    expect(cells.find((cell) => cell.table === "art20_9" && cell.column === "amount")).toEqual({
      table: "art20_9",
      row: "procurement",
      column: "amount",
      type: "money",
      value: "0",
      unit: "元",
    });
    expect(cells.find((cell) => cell.table === "art20_5" && cell.column === "change")).toEqual({
      table: "art20_5",
      row: "licensing",
      column: "change",
      type: "signed",
      value: 0,
    });
    const fees = toCells(buildConsistentReport({ format: "2021", seed: 3 })).find((cell) => cell.table === "art20_8");
    expect(fees?.unit).toBe("万元");
    expect(typeof fees?.value).toBe("string");
  });

  it.each(FORMAT_KEYS)("round-trips random reports of format %s", (format) => {
    for (let seed = 0; seed < 20; seed++) {
      const report = buildConsistentReport({ format, seed });
      expect(fromCells(format, toCells(report))).toEqual(report.tables);
    }
  });

  it("round-trips a blank report, and a partial list of cells fills the rest with blanks", () => {
    const blank = emptyReport("2021", 2022, "某局");
    expect(toCells(blank).every((cell) => cell.value === null)).toBe(true);
    expect(fromCells("2021", toCells(blank))).toEqual(blank.tables);
    const tables = fromCells("2021", [{ table: "applications", row: "1", column: "natural", type: "count", value: 3 }]);
    expect(tables.applications?.["1"]?.natural).toBe(3);
    expect(tables.applications?.["1"]?.total).toBeNull();
    expect(tables.art20_8?.fees?.amount).toBeNull();
  });

  it("creates no blank report in a format that does not fit the year", () => {
    expect(() => emptyReport("2019", 2023, "某局")).toThrow(RangeError);
    expect(() => emptyReport("2021", 2018, "某局")).toThrow(RangeError);
  });

  it("refuses cells the format does not have and amounts without a unit", () => {
    expect(() =>
      fromCells("2021", [{ table: "art20_9", row: "procurement", column: "items", type: "count", value: 1 }]),
    ).toThrow(/no cell art20_9/);
    expect(() =>
      fromCells("2019", [
        { table: "art20_9", row: "procurement", column: "amount", type: "money", value: "5", unit: null },
      ]),
    ).toThrow(/without its unit/);
  });
});

describe("cell lookup", () => {
  it("finds a cell's definition and label", () => {
    expect(getCellDefinition("2021", "applications.3.6.2.natural")).toMatchObject({
      type: "count",
      computed: false,
      table: "applications",
      row: "3.6.2",
      column: "natural",
    });
    expect(getCellDefinition("2019", "applications.3.6.2.natural")).toBeUndefined();
    expect(getCellDefinition("2021", "reviews.review.total")?.computed).toBe(true);
    expect(labelCell("2021", "applications.4.total")).toBe("四、结转下年度继续办理·总计");
    expect(labelCell("2021", "no.such.cell")).toBe("no.such.cell");
    expect(labelCell("2021", "texts.overview")).toBe("一、总体情况");
    expect(labelCell("2021", "applications.4.natural@2020")).toBe("四、结转下年度继续办理·自然人（2020）");
    expect(labelCell("2021", "texts.problems@2021")).toBe("五、存在的主要问题及改进情况（2021）");
  });
});
