// The shapes the collected real reports came in (docs/parser-corpus.md), reproduced for reports
// of our own: the same wrappers (page headers, breadcrumbs, capture lines, signatures), the same
// way of breaking cells into lines, pipes or Markdown tables, the same PDF structure. The figures
// and texts are ours; nothing of the originals but their shape.
import { getFormat, type Report } from "@/lib/report-format";
import { printSectionTables, type PrintedCell, type PrintedTable } from "../printed-tables";
import { reportTitle } from "../render-text";

export interface Framing {
  /** Lines above the title: site header, breadcrumb, 发布时间 line, capture header. */
  before?: readonly string[];
  /** The title as printed (default: "机关YYYY年政府信息公开工作年度报告"), maybe over several lines. */
  title?: readonly string[];
  /** A paragraph between the title and the first section. */
  preface?: string;
  /** Lines after the last section: the signature and its date. */
  after?: readonly string[];
  /** Section headings as this source words them, by section key. */
  headings?: Partial<Record<string, string>>;
  /** A table printed otherwise than the official way (a source's own deviation). */
  changeTable?: (table: PrintedTable) => PrintedTable;
  /** A printed cell's text changed the way this source prints it (e.g. "+19" for 19 in 本年增/减). */
  cellText?: (text: string, table: PrintedTable) => string;
}

type Part = { kind: "line"; text: string } | { kind: "heading"; text: string } | { kind: "table"; table: PrintedTable };

export function listParts(report: Report, framing: Framing = {}): Part[] {
  const parts: Part[] = [];
  for (const text of framing.before ?? []) parts.push({ kind: "line", text });
  for (const text of framing.title ?? [reportTitle(report)]) parts.push({ kind: "line", text });
  if (framing.preface) parts.push({ kind: "line", text: framing.preface });
  for (const section of getFormat(report.format).sections) {
    parts.push({ kind: "heading", text: framing.headings?.[section.key] ?? section.heading });
    if (section.content.kind === "text") {
      const text = report.texts[section.key as "overview" | "problems" | "other"] ?? "";
      for (const paragraph of text.split("\n\n")) parts.push({ kind: "line", text: paragraph });
      continue;
    }
    for (const official of printSectionTables(report, section.key)) {
      const table = framing.changeTable ? framing.changeTable(official) : official;
      const transform = framing.cellText;
      const printed = transform
        ? {
            ...table,
            rows: table.rows.map((row) => row.map((cell) => ({ ...cell, text: transform(cell.text, table) }))),
          }
        : table;
      parts.push({ kind: "table", table: printed });
    }
  }
  for (const text of framing.after ?? []) parts.push({ kind: "line", text });
  return parts;
}

function nonEmpty(row: readonly PrintedCell[]): PrintedCell[] {
  return row.filter((cell) => cell.text !== "");
}

/** A page's text copied paragraph by paragraph: each table cell a paragraph of its own. */
export function renderCellParagraphs(
  parts: readonly Part[],
  options: { blankLines?: boolean; pipe?: "none" | "after-cell" | "row-marker" } = {},
): string {
  const lines: string[] = [];
  const gap = options.blankLines ? [""] : [];
  for (const part of parts) {
    if (part.kind !== "table") {
      lines.push(part.text, ...gap);
      continue;
    }
    for (const row of part.table.rows) {
      if (options.pipe === "row-marker") lines.push("|");
      for (const cell of nonEmpty(row))
        lines.push(options.pipe === "after-cell" ? `${cell.text} |` : cell.text, ...gap);
    }
  }
  return lines.join("\n");
}

/** Rows as "a | b | c |" lines (a page's table flattened by a text extractor or mirror site). */
export function renderPipeRows(
  parts: readonly Part[],
  options: { leading?: boolean; spacedHeader?: boolean } = {},
): string {
  return parts
    .flatMap((part) => {
      if (part.kind !== "table") return [part.text];
      return part.table.rows.map((row) => {
        const cells = nonEmpty(row).map((cell) =>
          options.spacedHeader && !/\d/u.test(cell.text) && cell.text.length === 3
            ? `${cell.text.slice(0, 2)} ${cell.text.slice(2)}`
            : cell.text,
        );
        return `${options.leading ? "| " : ""}${cells.join(" | ")} |`;
      });
    })
    .join("\n");
}

/** Markdown from a PDF converter: every applications row its own little table under a heading. */
export function renderMarkdownRowTables(parts: readonly Part[]): string {
  const lines: string[] = [];
  for (const part of parts) {
    if (part.kind === "heading") {
      lines.push(`## ${part.text}`, "");
      continue;
    }
    if (part.kind === "line") {
      lines.push(part.text, "");
      continue;
    }
    const rows = part.table.rows.map(nonEmpty);
    const numbered = rows.filter((row) => row.some((cell) => /^-?\d/u.test(cell.text)));
    if (part.table.key !== "applications") {
      const [band, ...rest] = rows;
      if (band && band.length === 1) lines.push(`### ${band[0]?.text ?? ""}`);
      rest.forEach((row, index) => {
        lines.push(`| ${row.map((cell) => cell.text).join(" | ")} |`);
        if (index === 0) lines.push(`|${row.map(() => "---").join("|")}|`);
      });
      lines.push("");
      continue;
    }
    for (const row of numbered) {
      const label = row.slice(0, row.length - 7).map((cell) => cell.text);
      const values = row.slice(row.length - 7).map((cell) => cell.text);
      lines.push(
        `### ${label.join(" ")}`,
        `| 类别 | ${Array.from({ length: 6 }, (_, index) => `数据${index + 1}`).join(" | ")} | 总计 |`,
        `|${Array.from({ length: 8 }, () => "---").join("|")}|`,
      );
      lines.push(`| ${label.at(-1) ?? ""} | ${values.join(" | ")} |`, "");
    }
  }
  return lines.join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** A portal page saved from the browser: site navigation, breadcrumb and info line around the article. */
export function renderSavedPage(
  parts: readonly Part[],
  options: { site: string; breadcrumb?: string; savedFrom?: string; footer?: string },
): string {
  const article = parts
    .map((part) => {
      if (part.kind === "heading") return `<p><strong>${escapeHtml(part.text)}</strong></p>`;
      if (part.kind === "line") return `<p>${escapeHtml(part.text)}</p>`;
      const rows = part.table.rows.map(
        (row) =>
          `<tr>${row.map((cell) => `<td${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}>${escapeHtml(cell.text)}</td>`).join("")}</tr>`,
      );
      return `<table border="1">\n${rows.join("\n")}\n</table>`;
    })
    .join("\n");
  return [
    "<!DOCTYPE html>",
    ...(options.savedFrom
      ? [`<!-- saved from url=(${String(options.savedFrom.length).padStart(4, "0")})${options.savedFrom} -->`]
      : []),
    `<html><head><meta charset="utf-8"><title>${escapeHtml(options.site)}</title></head><body>`,
    `<div class="header"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>`,
    ...(options.breadcrumb ? [`<div class="crumb">${escapeHtml(options.breadcrumb)}</div>`] : []),
    `<div class="article">${article}</div>`,
    `<div class="footer">${escapeHtml(options.footer ?? `主办单位：${options.site}`)}</div>`,
    "</body></html>",
  ].join("\n");
}

/** "（六）其他处理" printed as one row of sums, as the 2019 format had it (a real 2024 report does). */
export function collapseOtherProcessing(table: PrintedTable): PrintedTable {
  if (table.key !== "applications") return table;
  const start = table.rows.findIndex((row) => row.some((cell) => cell.text === "（六）其他处理"));
  if (start === -1) return table;
  const group = table.rows.slice(start, start + 3);
  const values = (row: readonly PrintedCell[]) => row.slice(-7).map((cell) => Number(cell.text));
  const sums = group.map(values).reduce((total, row) => total.map((value, index) => value + (row[index] ?? 0)));
  const merged: PrintedCell[] = [
    { text: "（六）其他处理", rowSpan: 1, colSpan: 2 },
    ...sums.map((sum) => ({ text: String(sum), rowSpan: 1, colSpan: 1 })),
  ];
  const rows = [...table.rows.slice(0, start), merged, ...table.rows.slice(start + 3)];
  // The 三、本年度办理结果 group label spans two rows fewer.
  return {
    ...table,
    rows: rows.map((row) =>
      row.map((cell) => (cell.text === "三、本年度办理结果" ? { ...cell, rowSpan: cell.rowSpan - 2 } : cell)),
    ),
  };
}

/** Only the 总计 column printed in the applications table, zeros elsewhere left blank. */
export function blankZerosBesideTotals(table: PrintedTable): PrintedTable {
  if (table.key !== "applications") return table;
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.map((cell, index) => (cell.text === "0" && index < row.length - 1 ? { ...cell, text: "" } : cell)),
    ),
  };
}
