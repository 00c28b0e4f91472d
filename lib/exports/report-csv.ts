// Reports in long form, one line per cell, for spreadsheets and statistics across agencies and years.
import { getFormat, labelCell, toCells, type Report, type ReportCell, type TextKey } from "@/lib/report-format";

export const CSV_COLUMNS = [
  "year",
  "agency",
  "format",
  "kind",
  "table",
  "row",
  "column",
  "label",
  "value",
  "unit",
] as const;

/** The `table` of the lines that carry the narrative texts (their `row` is the text key). */
export const CSV_TEXTS_TABLE = "texts";

export interface ReportCsvOptions {
  /** Also write the narrative sections, one line each (default true); the figures alone make a smaller file. */
  includeTexts?: boolean;
}

/** A field that is data, never neutralised: a negative 本年增/减 must stay the number -3. */
type Field = string | { number: string };

// Spreadsheets run a field that starts with one of these as a formula (CSV injection); an apostrophe
// makes them show it as text. Only text is touched, numbers are written as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

function writeField(field: Field): string {
  if (typeof field !== "string") return field.number;
  const text = FORMULA_START.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeLine(fields: readonly Field[]): string {
  return `${fields.map(writeField).join(",")}\r\n`;
}

/** Validation keeps anything but a decimal out of a published money cell; should one slip through, it is text. */
function cellValue(cell: ReportCell): Field {
  if (cell.value === null) return "";
  return typeof cell.value === "number" || /^\d+(?:\.\d+)?$/.test(cell.value)
    ? { number: String(cell.value) }
    : cell.value;
}

function writeReport(report: Report, includeTexts: boolean): string {
  const start: Field[] = [{ number: String(report.year) }, report.agency.name, report.format, report.kind];
  const cells = toCells(report);
  let lines = "";
  for (const section of getFormat(report.format).sections) {
    if (section.content.kind === "text") {
      if (includeTexts)
        lines += writeLine([
          ...start,
          CSV_TEXTS_TABLE,
          section.key,
          "",
          section.heading,
          report.texts[section.key as TextKey] ?? "",
          "",
        ]);
      continue;
    }
    for (const table of section.content.tables) {
      for (const cell of cells.filter((candidate) => candidate.table === table.key)) {
        const label = labelCell(report.format, `${cell.table}.${cell.row}.${cell.column}`);
        lines += writeLine([...start, cell.table, cell.row, cell.column, label, cellValue(cell), cell.unit ?? ""]);
      }
    }
  }
  return lines;
}

/**
 * Any number of reports as one CSV (RFC 4180, CRLF line ends): columns `CSV_COLUMNS`, each report's
 * lines in format order. UTF-8 with a byte order mark, without which Excel reads Chinese as mojibake.
 * Counts and signed cells are integers, money an exact decimal with its unit in `unit`, blank empty.
 */
export function renderReportCsv(reports: readonly Report[], options: ReportCsvOptions = {}): string {
  const includeTexts = options.includeTexts ?? true;
  return `\uFEFF${writeLine(CSV_COLUMNS)}${reports.map((report) => writeReport(report, includeTexts)).join("")}`;
}
