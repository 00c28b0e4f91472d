// The report as an Excel workbook: a sheet with the texts, then one sheet per table with the
// official header (merged cells) and the figures as numbers, ready to sum or chart.
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format-date";
import {
  formatAmount,
  getFormat,
  layoutTableGrid,
  readGridValue,
  type CellValue,
  type ColumnDefinition,
  type GridCell,
  type GridRole,
  type MoneyUnit,
  type Report,
  type TableValues,
  type TextKey,
} from "@/lib/report-format";
import { EMPTY_TEXT, formatReportTitle, splitParagraphs, type ExportMeta } from "./report-text";

export const TEXT_SHEET_NAME = "报告正文";
const MAX_SHEET_NAME = 31;

const FONT = { name: "宋体", size: 11 };
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HORIZONTAL_BY_ROLE: Record<GridRole, "center" | "left" | "right"> = {
  band: "center",
  corner: "center",
  header: "center",
  group: "center",
  label: "left",
  value: "right",
};
// Column widths in characters: narrow group labels, a wide row label, values.
const WIDTH = { group: 8, label: 44, value: 12, sideBySide: 10 };

/**
 * A money cell as a number that shows exactly the stored decimals (24252.311082 with "0.000000"),
 * the unit in the number format when the value carries it. A decimal that a float cannot hold
 * digit for digit (more than ~15 significant digits) is written as text rather than altered.
 */
function writeMoney(target: ExcelJS.Cell, digits: string, unit: MoneyUnit | null): void {
  const dot = digits.indexOf(".");
  const decimals = dot === -1 ? 0 : digits.length - dot - 1;
  const number = Number(digits);
  if (number.toFixed(decimals) !== digits) {
    target.value = formatAmount(digits, unit);
    return;
  }
  target.value = number;
  target.numFmt = `${decimals > 0 ? `0.${"0".repeat(decimals)}` : "0"}${unit ? `"${unit}"` : ""}`;
}

function writeValue(target: ExcelJS.Cell, definition: ColumnDefinition, stored: CellValue): void {
  if (stored === null) return;
  if (typeof stored === "object") return writeMoney(target, stored.value, stored.unit);
  if (definition.type === "money") return writeMoney(target, String(stored), null);
  target.value = stored;
}

function measureColumn(index: number, labelColumns: number): number {
  if (labelColumns === 0) return WIDTH.sideBySide;
  if (index < labelColumns - 1) return WIDTH.group;
  return index === labelColumns - 1 ? WIDTH.label : WIDTH.value;
}

function uniqueSheetName(wanted: string, taken: Set<string>): string {
  // Excel refuses : \ / ? * [ ] in sheet names and anything over 31 characters.
  const base = wanted.replace(/[:\\/?*[\]]/g, "_").slice(0, MAX_SHEET_NAME);
  let name = base;
  for (let copy = 2; taken.has(name); copy++)
    name = `${base.slice(0, MAX_SHEET_NAME - String(copy).length - 2)}（${copy}）`;
  taken.add(name);
  return name;
}

function writeTextSheet(
  workbook: ExcelJS.Workbook,
  report: Report,
  meta: ExportMeta,
  tableSheets: Map<string, string>,
): void {
  const sheet = workbook.addWorksheet(TEXT_SHEET_NAME);
  sheet.columns = [{ width: 28 }, { width: 100 }];
  const format = getFormat(report.format);
  sheet.addRow([formatReportTitle(meta.agencyName, report.year)]).font = { ...FONT, size: 16, bold: true };
  sheet.mergeCells(1, 1, 1, 2);
  sheet.addRow(["报告格式", format.document]);
  if (meta.publishedAt) sheet.addRow(["发布日期", formatDate(meta.publishedAt)]);
  for (const section of format.sections) {
    const lines =
      section.content.kind === "text"
        ? splitParagraphs(report.texts[section.key as TextKey])
        : [`见工作表${section.content.tables.map((table) => `“${tableSheets.get(table.key)}”`).join("、")}`];
    (lines.length > 0 ? lines : [EMPTY_TEXT]).forEach((line, index) => {
      const row = sheet.addRow([index === 0 ? section.heading : null, line]);
      row.getCell(1).font = { ...FONT, bold: true };
    });
  }
  sheet.eachRow((row) => row.eachCell((cell) => (cell.alignment = { vertical: "top", wrapText: true })));
}

function placeCell(sheet: ExcelJS.Worksheet, cell: GridCell, values: TableValues | undefined, top: number): void {
  const row = top + cell.row;
  const column = cell.column + 1;
  const target = sheet.getCell(row, column);
  if (cell.columnDefinition) writeValue(target, cell.columnDefinition, readGridValue(values, cell) ?? null);
  else target.value = cell.text;
  if (cell.rowSpan > 1 || cell.colSpan > 1)
    sheet.mergeCells(row, column, row + cell.rowSpan - 1, column + cell.colSpan - 1);
  target.font = { ...FONT, bold: cell.role === "band" };
  target.alignment = { horizontal: HORIZONTAL_BY_ROLE[cell.role], vertical: "middle", wrapText: true };
  // Excel draws the border of a merged range from its covered cells: give each one.
  for (let r = row; r < row + cell.rowSpan; r++) {
    for (let c = column; c < column + cell.colSpan; c++) sheet.getCell(r, c).border = BORDER;
  }
}

/** The report as an .xlsx; every text is a string value and no cell holds a formula. */
export async function renderReportXlsx(report: Report, meta: ExportMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.agencyName;
  workbook.title = formatReportTitle(meta.agencyName, report.year);
  if (meta.publishedAt) workbook.created = workbook.modified = meta.publishedAt;
  const sections = getFormat(report.format).sections;
  const taken = new Set([TEXT_SHEET_NAME]);
  const tables = sections.flatMap((section) =>
    section.content.kind === "tables"
      ? section.content.tables.map((table) => ({
          section,
          table,
          name: uniqueSheetName(table.band ?? section.heading, taken),
        }))
      : [],
  );
  writeTextSheet(workbook, report, meta, new Map(tables.map(({ table, name }) => [table.key, name])));

  for (const { section, table, name } of tables) {
    const sheet = workbook.addWorksheet(name);
    const layout = layoutTableGrid(table);
    // Row 1 names the section; the official table starts on row 2.
    sheet.getCell(1, 1).value = section.heading;
    sheet.getCell(1, 1).font = { ...FONT, size: 14, bold: true };
    sheet.mergeCells(1, 1, 1, layout.columns);
    sheet.columns = Array.from({ length: layout.columns }, (_, index) => ({
      width: measureColumn(index, layout.labelColumns),
    }));
    layout.cells.forEach((cell) => placeCell(sheet, cell, report.tables[table.key], 2));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
