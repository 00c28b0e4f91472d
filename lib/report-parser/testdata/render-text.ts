// A report as the plain text a browser copy of its page gives: prose lines, and each table row
// as a line of tab-separated cells. "grid": merged cells padded with empty cells to the grid, as
// in the 本溪 fixture; "browser": one cell per printed cell, no padding.
import { getFormat, type Report } from "@/lib/report-format";
import { countGridColumns, printSectionTables, type PrintedTable } from "./printed-tables";

export type TextTableStyle = "grid" | "browser";

export function reportTitle(report: Report): string {
  return `${report.agency.name}${report.year}年政府信息公开工作年度报告`;
}

function renderGridLines(table: PrintedTable): string[] {
  const width = countGridColumns(table);
  const occupied = table.rows.map(() => new Set<number>());
  return table.rows.map((row, rowIndex) => {
    const line = Array.from({ length: width }, () => "");
    let column = 0;
    for (const printed of row) {
      while (occupied[rowIndex]?.has(column)) column++;
      line[column] = printed.text;
      for (let down = 0; down < printed.rowSpan; down++) {
        for (let across = 0; across < printed.colSpan; across++) occupied[rowIndex + down]?.add(column + across);
      }
      column += printed.colSpan;
    }
    return line.join("\t");
  });
}

function renderTableLines(table: PrintedTable, style: TextTableStyle): string[] {
  if (style === "grid") return renderGridLines(table);
  return table.rows.map((row) => row.map((printed) => printed.text).join("\t"));
}

export function renderReportText(report: Report, style: TextTableStyle = "grid"): string {
  const lines = [reportTitle(report), ""];
  for (const section of getFormat(report.format).sections) {
    lines.push(section.heading, "");
    if (section.content.kind === "text") {
      const text = report.texts[section.key as "overview" | "problems" | "other"] ?? "";
      for (const paragraph of text.split("\n\n")) lines.push(paragraph, "");
      continue;
    }
    for (const table of printSectionTables(report, section.key)) lines.push(...renderTableLines(table, style));
    lines.push("");
  }
  return lines.join("\n");
}
