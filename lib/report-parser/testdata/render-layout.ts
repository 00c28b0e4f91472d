// A report laid out as a printed page: the tables drawn on a grid of fixed column widths, labels
// wrapped inside their cells ("商业企" over "业"), numbers on the first line of their row or
// centred between the lines of a wrapped label. The same page gives `pdftotext -layout`-like
// text (character columns) and the positioned runs of a PDF (render-pdf.ts).
import { getFormat, type Report } from "@/lib/report-format";
import { countGridColumns, printSectionTables, type PrintedTable } from "./printed-tables";
import { reportTitle } from "./render-text";

export interface PlacedText {
  text: string;
  /** Left edge in character columns (a Chinese character is two). */
  column: number;
  /** Line on the page, from 0. */
  line: number;
}

export interface LayoutOptions {
  /** Width of the label column and of the other columns, in character columns. */
  labelWidth?: number;
  valueWidth?: number;
  /** Numbers on the middle line of a wrapped label (a centred cell) instead of its first. */
  centreNumbers?: boolean;
  /** Prose wrapped at this width (as a printed page), or one paragraph per line. */
  proseWidth?: number;
  /** Lines printed above the title (a page header) and below the last section (the signature). */
  before?: readonly string[];
  after?: readonly string[];
  /** The title as printed, maybe over several lines. */
  title?: readonly string[];
  /** A table printed otherwise than the official way (a source's own deviation). */
  changeTable?: (table: PrintedTable) => PrintedTable;
}

const PAGE_COLUMNS = 90;

function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}

/** `text` cut into lines of at most `width` columns. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const char of text) {
    if (widthOf(current + char) > width && current !== "") {
      lines.push(current);
      current = "";
    }
    current += char;
  }
  if (current !== "") lines.push(current);
  return lines.length > 0 ? lines : [""];
}

function isNumber(text: string): boolean {
  return /^-?[\d.,]+(?:万元|元)?$/u.test(text);
}

function layoutTable(
  table: PrintedTable,
  options: Required<LayoutOptions>,
  placed: PlacedText[],
  firstLine: number,
): number {
  const width = countGridColumns(table);
  // Columns left of the first number of any row hold labels (group labels, row labels).
  const labelColumns = Math.max(
    0,
    ...table.rows.map((row) => {
      let column = 0;
      for (const printed of row) {
        if (isNumber(printed.text)) return column;
        column += printed.colSpan;
      }
      return 1;
    }),
  );
  const labelOf = (index: number) =>
    Math.round(options.labelWidth / (labelColumns === 1 ? 1 : 2)) *
    (index === labelColumns - 1 && labelColumns > 1 ? 2 : 1);
  // A wide table is drawn narrower to fit the page (a PDF page is 90 character columns wide).
  const labelTotal = Array.from({ length: labelColumns }, (_, index) => labelOf(index) + 2).reduce(
    (sum, value) => sum + value,
    0,
  );
  const valueWidth = Math.max(
    4,
    Math.min(options.valueWidth, Math.floor((PAGE_COLUMNS - labelTotal) / Math.max(1, width - labelColumns)) - 2),
  );
  const columnWidth = (index: number) => (index < labelColumns ? labelOf(index) : valueWidth);
  const left = (index: number) =>
    Array.from({ length: index }, (_, at) => columnWidth(at) + 2).reduce((sum, value) => sum + value, 0);
  const occupied = table.rows.map(() => new Set<number>());
  let line = firstLine;
  table.rows.forEach((row, rowIndex) => {
    let column = 0;
    const cells: { text: string; x: number; lines: string[] }[] = [];
    for (const printed of row) {
      while (occupied[rowIndex]?.has(column)) column++;
      for (let down = 0; down < printed.rowSpan; down++) {
        for (let across = 0; across < printed.colSpan; across++) occupied[rowIndex + down]?.add(column + across);
      }
      const span = Array.from({ length: printed.colSpan }, (_, at) => columnWidth(column + at) + 2).reduce(
        (sum, value) => sum + value,
        -2,
      );
      cells.push({
        text: printed.text,
        x: left(column),
        lines: isNumber(printed.text) ? [printed.text] : wrap(printed.text, Math.min(span, width > 1 ? span : 60)),
      });
      column += printed.colSpan;
    }
    const height = Math.max(1, ...cells.map((cell) => cell.lines.length));
    const numberLine = options.centreNumbers ? Math.floor((height - 1) / 2) : 0;
    for (const cell of cells) {
      const start = isNumber(cell.text) ? numberLine : 0;
      cell.lines.forEach((text, offset) => {
        if (text !== "") placed.push({ text, column: cell.x, line: line + start + offset });
      });
    }
    line += height;
  });
  return line;
}

export function layoutReport(report: Report, options: LayoutOptions = {}): PlacedText[] {
  const settings: Required<LayoutOptions> = {
    labelWidth: 24,
    valueWidth: 8,
    centreNumbers: false,
    proseWidth: 0,
    before: [],
    after: [],
    title: [reportTitle(report)],
    changeTable: (table) => table,
    ...options,
  };
  const placed: PlacedText[] = [];
  let line = 0;
  const prose = (text: string) => {
    for (const piece of settings.proseWidth > 0 ? wrap(text, settings.proseWidth) : [text])
      placed.push({ text: piece, column: 4, line: line++ });
  };
  for (const text of settings.before) placed.push({ text, column: 4, line: line++ });
  for (const text of settings.title) placed.push({ text, column: 10, line: line++ });
  line++;
  for (const section of getFormat(report.format).sections) {
    prose(section.heading);
    if (section.content.kind === "text") {
      const text = report.texts[section.key as "overview" | "problems" | "other"] ?? "";
      for (const paragraph of text.split("\n\n")) prose(paragraph);
      continue;
    }
    for (const table of printSectionTables(report, section.key))
      line = layoutTable(settings.changeTable(table), settings, placed, line) + 1;
  }
  for (const text of settings.after) placed.push({ text, column: 50, line: line++ });
  return placed;
}

/** The page as text, every piece at its character column. */
export function renderLayoutText(placed: readonly PlacedText[]): string {
  const lines: string[] = [];
  for (const piece of [...placed].sort((a, b) => a.line - b.line || a.column - b.column)) {
    const current = lines[piece.line] ?? "";
    const pad = Math.max(piece.column - widthOf(current), current === "" ? piece.column : 2);
    lines[piece.line] = current + " ".repeat(pad) + piece.text;
  }
  return Array.from(lines, (line) => line ?? "").join("\n");
}
