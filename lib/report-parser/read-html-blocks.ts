// A report page (or mammoth's HTML of a .docx) as blocks: paragraphs outside tables, and the
// rows of each data table with rowspan/colspan expanded. Portal pages often lay the whole
// article out in a table; a table that holds other tables (or one cell, or long prose) is
// layout, and its cells are read as ordinary content.
import { load } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { buildTableGrid, type SourceCell } from "./build-table-grid";
import type { DocBlock } from "./types";

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "select",
  "option",
  "button",
  "iframe",
  "svg",
]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "ul",
  "td",
  "th",
  "tr",
  "caption",
]);
const MAX_DATA_CELL_LENGTH = 300;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/**
 * Collapses HTML white space. A line break between two Chinese characters is how editors wrap
 * long lines in the source; a browser would show a space there, which no author meant.
 */
function collapseSpaces(text: string): string {
  return text
    .replace(/[ \t\r\f]*\n[ \t\r\f\n]*/gu, "\n")
    .replace(/(.)\n(?=(.))/gu, (_, before: string, after: string) =>
      CJK.test(before) && CJK.test(after) ? before : `${before} `,
    )
    .replace(/[ \t\r\n\f]+/gu, " ")
    .replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, "");
}

function childrenOf(node: AnyNode): AnyNode[] {
  return "children" in node ? (node.children as AnyNode[]) : [];
}

/** The rows of `table` itself, not of tables nested in its cells. */
function listOwnRows(table: Element): Element[] {
  return childrenOf(table).flatMap((child) => {
    if (!isElement(child)) return [];
    if (child.name === "tr") return [child];
    if (["thead", "tbody", "tfoot"].includes(child.name))
      return childrenOf(child).filter((row): row is Element => isElement(row) && row.name === "tr");
    return [];
  });
}

function listOwnCells(row: Element): Element[] {
  return childrenOf(row).filter(
    (cell): cell is Element => isElement(cell) && (cell.name === "td" || cell.name === "th"),
  );
}

function containsTable(node: AnyNode): boolean {
  return childrenOf(node).some((child) => isElement(child) && (child.name === "table" || containsTable(child)));
}

function readSpan(cell: Element, name: "rowspan" | "colspan"): number {
  return Number.parseInt(cell.attribs[name] ?? "1", 10);
}

class HtmlBlockReader {
  readonly blocks: DocBlock[] = [];
  private buffer = "";
  private paragraphs = 0;
  private tables = 0;

  visit(node: AnyNode): void {
    if (node.type === "text") {
      this.buffer += node.data;
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.name)) return;
    if (node.name === "br") return this.flush();
    if (node.name === "table") {
      this.flush();
      this.readTable(node);
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) this.flush();
    childrenOf(node).forEach((child) => this.visit(child));
    if (block) this.flush();
  }

  flush(): void {
    const text = collapseSpaces(this.buffer);
    this.buffer = "";
    if (text === "") return;
    this.paragraphs++;
    this.blocks.push({
      kind: "paragraph",
      text,
      source: { kind: "paragraph", paragraph: this.paragraphs },
      mayBeTableText: false,
    });
  }

  private readTable(table: Element): void {
    const rows = listOwnRows(table).map((row) =>
      listOwnCells(row).map((cell): SourceCell & { element: Element } => ({
        text: readCellText(cell),
        rowSpan: readSpan(cell, "rowspan"),
        colSpan: readSpan(cell, "colspan"),
        element: cell,
      })),
    );
    const cells = rows.flat();
    const layout =
      containsTable(table) || cells.length <= 1 || cells.some((cell) => cell.text.length > MAX_DATA_CELL_LENGTH);
    if (layout) {
      for (const cell of cells) {
        childrenOf(cell.element).forEach((child) => this.visit(child));
        this.flush();
      }
      return;
    }
    const tableNumber = ++this.tables;
    buildTableGrid(rows).forEach((gridRow, rowIndex) => {
      if (gridRow.every((cell) => cell.text === "")) return;
      this.blocks.push({
        kind: "row",
        source: { kind: "table-cell", table: tableNumber, row: rowIndex + 1, column: 1 },
        cells: gridRow.map((cell) => ({
          ...cell,
          source: { kind: "table-cell", table: tableNumber, row: rowIndex + 1, column: cell.column + 1 },
        })),
      });
    });
  }
}

/** A data table cell's text, its paragraphs and line breaks as spaces. */
function readCellText(cell: Element): string {
  const reader = new HtmlBlockReader();
  childrenOf(cell).forEach((child) => reader.visit(child));
  reader.flush();
  return reader.blocks.map((block) => (block.kind === "paragraph" ? block.text : "")).join(" ");
}

/** The blocks of an HTML document, and the text of its <title> (a fallback for the report title). */
export function readHtmlBlocks(html: string): { blocks: DocBlock[]; title: string | null } {
  const $ = load(html);
  const reader = new HtmlBlockReader();
  const body = $("body").get(0);
  childrenOf(body ?? $.root().get(0)!).forEach((child) => reader.visit(child));
  reader.flush();
  const title = collapseSpaces($("title").first().text());
  return { blocks: reader.blocks, title: title === "" ? null : title };
}
