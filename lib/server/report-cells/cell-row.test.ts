import { describe, expect, it } from "vitest";
import fixtureJson from "@/prisma/fixtures/benxi-science-bureau-2020.json";
import { parseReport, toCells, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { cellKey, tablesFromContents, type CellContent } from "./cell-row";

// The autosave builds the tables its rules and totals work on straight from the stored rows
// (tablesFromContents); they must be the tables the interchange report holds.

/** The report's cells as report_cell rows hold them, keyed "table.row.column". */
function storedContents(report: Report): Map<string, CellContent> {
  return new Map(
    toCells(report).map((cell) => [
      cellKey({ tableKey: cell.table, rowKey: cell.row, columnKey: cell.column }),
      {
        intValue: cell.type === "money" || cell.value === null ? null : Number(cell.value),
        decimalValue: cell.type === "money" && cell.value !== null ? String(cell.value) : null,
        unit: cell.unit ?? null,
        prefilled: false,
      },
    ]),
  );
}

describe("tablesFromContents", () => {
  it("gives the interchange tables of a stored report, amounts with their units", () => {
    const parsed = parseReport(fixtureJson);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(tablesFromContents("2019", storedContents(parsed.report))).toEqual(parsed.report.tables);
    const current = buildConsistentReport({ format: "2021", seed: 7 });
    expect(tablesFromContents("2021", storedContents(current))).toEqual(current.tables);
  });

  it("leaves cells without a row blank, and refuses an amount without the unit its column needs", () => {
    const tables = tablesFromContents(
      "2021",
      new Map([["applications.1.natural", { intValue: 3, decimalValue: null, unit: null, prefilled: false }]]),
    );
    expect(tables.applications?.["1"]?.natural).toBe(3);
    expect(tables.applications?.["1"]?.total).toBeNull();
    expect(() =>
      tablesFromContents(
        "2019",
        new Map([["art20_9.procurement.amount", { intValue: null, decimalValue: "5", unit: null, prefilled: false }]]),
      ),
    ).toThrow(/without its unit/);
  });
});
