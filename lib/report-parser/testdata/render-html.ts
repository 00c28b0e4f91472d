// A report as a portal page shows it: the article inside a layout table, headings and prose in
// <p>, each table with the official merged cells. `combineProactive` prints the 第二十条 tables
// as one table with a band row per item, as many 2021-format pages do; `wordMarkup` writes it the
// way Word saves a page (MsoNormal spans, <o:p>, lines wrapped inside labels, a spacer row).
import { getFormat, type Report } from "@/lib/report-format";
import { printSectionTables, type PrintedCell, type PrintedTable } from "./printed-tables";
import { reportTitle } from "./render-text";

function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function renderCell(printed: PrintedCell): string {
  const spans = `${printed.rowSpan > 1 ? ` rowspan="${printed.rowSpan}"` : ""}${printed.colSpan > 1 ? ` colspan="${printed.colSpan}"` : ""}`;
  return `<td${spans}><p style="text-align:center">${escapeHtml(printed.text)}</p></td>`;
}

function renderTableHtml(rows: readonly (readonly PrintedCell[])[]): string {
  const body = rows.map((row) => `<tr>${row.map(renderCell).join("")}</tr>`).join("\n");
  return `<table border="1" cellspacing="0" cellpadding="0" width="600">\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The 第二十条 tables as one table, each item's rows stretched to the widest item. */
function combineTables(tables: readonly PrintedTable[]): PrintedCell[][] {
  const width = Math.max(...tables.map((table) => table.rows[1]?.length ?? 0));
  return tables.flatMap((table) =>
    table.rows.map((row) => {
      const last = row.at(-1);
      if (!last) return [];
      const stretch = width - row.reduce((sum, printed) => sum + printed.colSpan, 0);
      return [...row.slice(0, -1), { ...last, colSpan: last.colSpan + stretch }];
    }),
  );
}

function toWordMarkup(html: string): string {
  return html
    .replace(/<p style="text-align:center">([^<]*)<\/p>/gu, (_, text: string) => {
      const middle = Math.floor(text.length / 2);
      const wrapped = text.length > 6 ? `${text.slice(0, middle)}\n${text.slice(middle)}` : text;
      return `<p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>${wrapped}</span><span lang=EN-US><o:p></o:p></span></p>`;
    })
    .replace(
      /<\/tbody>/gu,
      "<![if !supportMisalignedColumns]><tr height=0><td width=56 style='border:none'></td><td width=56></td></tr><![endif]></tbody>",
    )
    .replace(
      /<p>&nbsp;&nbsp;&nbsp;&nbsp;/gu,
      "<p class=MsoNormal style='text-indent:32.0pt'><span style='mso-spacerun:yes'>&nbsp;</span>",
    );
}

export function renderReportHtml(
  report: Report,
  options: { combineProactive?: boolean; wordMarkup?: boolean } = {},
): string {
  const parts = [`<p style="text-align:center"><strong>${escapeHtml(reportTitle(report))}</strong></p>`];
  for (const section of getFormat(report.format).sections) {
    parts.push(`<p><strong>${escapeHtml(section.heading)}</strong></p>`);
    if (section.content.kind === "text") {
      const text = report.texts[section.key as "overview" | "problems" | "other"] ?? "";
      parts.push(...text.split("\n\n").map((paragraph) => `<p>&nbsp;&nbsp;&nbsp;&nbsp;${escapeHtml(paragraph)}</p>`));
      continue;
    }
    const tables = printSectionTables(report, section.key);
    if (section.key === "proactive" && options.combineProactive) parts.push(renderTableHtml(combineTables(tables)));
    else parts.push(...tables.map((table) => renderTableHtml(table.rows)));
  }
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>',
    escapeHtml(reportTitle(report)),
    "-政府信息公开</title></head><body>",
    '<div class="nav">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>',
    '<table width="100%"><tr><td class="article">',
    parts.join("\n"),
    "</td></tr></table></body></html>",
  ].join("\n");
  return options.wordMarkup ? toWordMarkup(page) : page;
}
