import { load } from "cheerio";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OfficialTable } from "@/components/report/official-table";
import { formatCellValue, listTables, validateReport, type CellValue, type Report } from "@/lib/report-format";
import { renderReportDocx } from "./report-docx";
import { renderReportXlsx } from "./report-xlsx";
import { buildDistinctReport2021, readFixtureReport } from "./test-support";

// One formatter: a cell of each kind shows the same text on the public page, in the Word file, in
// the Excel file (as Excel displays it) and in the validator's messages.

type Sample = { name: string; report: Report; table: string; row: string; column: string; shown: string };

function withValue(report: Report, table: string, row: string, column: string, value: CellValue): Report {
  const copy = structuredClone(report);
  copy.tables[table]![row]![column] = value;
  return copy;
}

const samples: Sample[] = [
  { name: "a count", report: buildDistinctReport2021(), table: "applications", row: "1", column: "natural", shown: "" },
  {
    name: "a signed change",
    report: withValue(readFixtureReport(), "art20_5", "licensing", "change", -3),
    table: "art20_5",
    row: "licensing",
    column: "change",
    shown: "-3",
  },
  {
    name: "an amount in its column's one unit",
    report: buildDistinctReport2021(),
    table: "art20_8",
    row: "fees",
    column: "amount",
    shown: "24252.311082",
  },
  {
    name: "an amount that carries its unit",
    report: withValue(readFixtureReport(), "art20_9", "procurement", "amount", { value: "1.5", unit: "万元" }),
    table: "art20_9",
    row: "procurement",
    column: "amount",
    shown: "1.5万元",
  },
];
samples[0]!.shown = formatCellValue(samples[0]!.report.tables.applications!["1"]!.natural);

function excelShows(cell: ExcelJS.Cell): string {
  if (typeof cell.value !== "number") return String(cell.value ?? "");
  const format = cell.numFmt ?? "0";
  const decimals = /0\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const unit = /"([^"]+)"/.exec(format)?.[1] ?? "";
  return `${cell.value.toFixed(decimals)}${unit}`;
}

describe("a cell's text is the same everywhere", () => {
  it.each(samples)("$name", async ({ report, table, row, column, shown }) => {
    expect(formatCellValue(report.tables[table]![row]![column])).toBe(shown);
    const key = `${table}.${row}.${column}`;
    const definition = listTables(report.format).find((candidate) => candidate.key === table)!;

    const html = renderToStaticMarkup(
      createElement(OfficialTable, { table: definition, values: report.tables[table], label: "表" }),
    );
    expect(load(html)(`td[data-cell="${key}"]`).text()).toBe(shown);

    const { value: wordHtml } = await mammoth.convertToHtml({
      buffer: await renderReportDocx(report, { agencyName: report.agency.name }),
    });
    expect(
      load(wordHtml)("td")
        .toArray()
        .map((cell) => load(cell).text().trim()),
    ).toContain(shown);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderReportXlsx(report, { agencyName: report.agency.name })) as unknown as ArrayBuffer,
    );
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((line) => line.eachCell((cell) => texts.push(excelShows(cell)))));
    expect(texts).toContain(shown);

    // A member summing to something else: the message quotes both values through the same formatter.
    const member = structuredClone(report);
    const summary = structuredClone(report);
    summary.kind = "summary";
    const own = member.tables[table]![row]![column]!;
    member.tables[table]![row]![column] =
      typeof own === "number" ? own + 1 : typeof own === "string" ? "2" : { value: "2", unit: own.unit };
    const message = validateReport(summary, { members: [member] }).violations.find(
      (violation) => violation.rule === "summary.sum-of-members" && violation.cells[0] === key,
    )?.message;
    expect(message).toContain(`实填 ${shown}`);
  });
});
