// A report as a Word file, the way agencies file it: paragraphs and tables with merged cells.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { getFormat, type Report } from "@/lib/report-format";
import { printSectionTables, type PrintedCell } from "./printed-tables";
import { reportTitle } from "./render-text";

function toCell(printed: PrintedCell): TableCell {
  return new TableCell({
    children: [new Paragraph(printed.text)],
    ...(printed.rowSpan > 1 ? { rowSpan: printed.rowSpan } : {}),
    ...(printed.colSpan > 1 ? { columnSpan: printed.colSpan } : {}),
  });
}

export async function renderReportDocx(report: Report): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph(reportTitle(report))];
  for (const section of getFormat(report.format).sections) {
    children.push(new Paragraph(section.heading));
    if (section.content.kind === "text") {
      const text = report.texts[section.key as "overview" | "problems" | "other"] ?? "";
      children.push(...text.split("\n\n").map((paragraph) => new Paragraph(paragraph)));
      continue;
    }
    for (const table of printSectionTables(report, section.key)) {
      children.push(new Table({ rows: table.rows.map((row) => new TableRow({ children: row.map(toCell) })) }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
