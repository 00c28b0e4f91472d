// More ways a report reaches us as text: one cell per line (text extracted from a PDF without
// layout), everything run together (line breaks and spaces gone), Markdown with pipe tables.
import { getFormat, type Report } from "@/lib/report-format";
import { printSectionTables } from "./printed-tables";
import { renderReportText, reportTitle } from "./render-text";

export function renderOneCellPerLine(report: Report): string {
  return renderReportText(report, "browser").replace(/\t/gu, "\n");
}

export function renderRunTogether(report: Report): string {
  return renderReportText(report, "browser").replace(/\s+/gu, "");
}

export function renderMarkdown(report: Report): string {
  const lines = [`# ${reportTitle(report)}`, ""];
  for (const section of getFormat(report.format).sections) {
    lines.push(`## ${section.heading}`, "");
    if (section.content.kind === "text") {
      const text = report.texts[section.key as "overview" | "problems" | "other"] ?? "";
      for (const paragraph of text.split("\n\n")) lines.push(paragraph, "");
      continue;
    }
    for (const table of printSectionTables(report, section.key)) {
      table.rows.forEach((row, index) => {
        lines.push(`| ${row.map((cell) => cell.text.replace(/\|/gu, "\\|")).join(" | ")} |`);
        if (index === 0) lines.push(`|${row.map(() => "---").join("|")}|`);
      });
      lines.push("");
    }
  }
  return lines.join("\n");
}
