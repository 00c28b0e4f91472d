import "server-only";
import {
  getCellDefinition,
  getFormat,
  labelCell,
  listCellDefinitions,
  parseCellInput,
  parseReport,
  validateReport,
  type CellValue,
  type FormatKey,
  type Report,
} from "@/lib/report-format";
import { describeSource, type ParseResult, type ReadingStatus } from "@/lib/report-parser";
import { readPublishedFile, UnreadableFileError } from "@/lib/report-parser/parse-published-file";

/** An uploaded published report (.pdf .doc .docx .html .htm .md .txt), as bytes. */
export type ParsedReportUpload = { name: string; bytes: Uint8Array };
/** What the admin typed into cells, by cell key: each is re-read with parseCellInput. */
export type CellCorrections = Record<string, string>;

export type ParsedCellView = {
  key: string;
  table: string;
  /** The section heading and band of the cell's table. */
  tableTitle: string;
  row: string;
  column: string;
  label: string;
  /** The value as shown in the input ("" for blank). */
  value: string;
  unit: string | null;
  status: ReadingStatus;
  note: string | null;
  source: string;
  raw: string | null;
  /** The parser's reading, before the correction. */
  parsedValue: string;
  corrected: boolean;
  /** Why the correction could not be read (Chinese), or null. */
  error: string | null;
};

export type ParsedReportPreview = {
  name: string;
  /** The file as text: text files line by line as the parser numbered them, other files as paragraphs and rows. */
  sourceText: string;
  agencyName: string | null;
  region: string | null;
  year: number | null;
  format: FormatKey | null;
  kind: "agency" | "summary" | null;
  /** The report's identity as the parser read it, each with how sure it is (title, publication date, source …). */
  metadata: ParsedFieldView[];
  cells: ParsedCellView[];
  problems: string[];
  violations: { level: "error" | "warning"; message: string }[];
  /** Corrections that could not be applied (Chinese). */
  correctionErrors: string[];
  /** Why it cannot be imported, or null. */
  blocked: string | null;
};

export type ParsedFieldView = { label: string; value: string | null; status: ReadingStatus; note: string | null };

export type ParsedReportReading = { preview: ParsedReportPreview; report: Report | null };

function showValue(value: CellValue | undefined): { value: string; unit: string | null } {
  if (value === null || value === undefined) return { value: "", unit: null };
  if (typeof value === "object") return { value: value.value, unit: value.unit };
  return { value: String(value), unit: null };
}

function tableTitles(format: FormatKey): Map<string, string> {
  const titles = new Map<string, string>();
  for (const section of getFormat(format).sections) {
    if (!("tables" in section.content)) continue;
    for (const table of section.content.tables)
      titles.set(table.key, [section.heading, table.band].filter(Boolean).join(" · "));
  }
  return titles;
}

function listFieldViews(result: ParseResult): ParsedFieldView[] {
  const { agency, region, year, kind, title, published, sourceAddress } = result.fields;
  const view = (
    label: string,
    reading: { value: unknown; status: ReadingStatus; note?: string },
    shown?: string,
  ): ParsedFieldView => ({
    label,
    value: reading.value === null ? null : (shown ?? String(reading.value)),
    status: reading.status,
    note: reading.note ?? null,
  });
  return [
    view("机构", agency),
    view("地区", region),
    view("年度", year),
    view("类型", kind, kind.value === "summary" ? "汇总报告" : "本机关报告"),
    view("标题", title),
    view("发布日期", published),
    view("来源网址", sourceAddress),
  ];
}

/** Sets one corrected cell in `report` (mutated); the Chinese message when it cannot be read. */
function applyCorrection(report: Report, key: string, raw: string): string | null {
  const cell = getCellDefinition(report.format, key);
  if (!cell) return `报告格式中没有单元格“${key}”`;
  const reading = parseCellInput(raw, cell);
  if (!reading.ok) return reading.message;
  const table = (report.tables[cell.table] ??= {});
  const row = (table[cell.row] ??= {});
  const before = row[cell.column];
  let value: CellValue = reading.value;
  if (cell.type === "money" && typeof reading.value === "string") {
    const unit = before !== null && typeof before === "object" ? before.unit : (cell.units?.[0] ?? "元");
    value =
      cell.units && cell.units.length === 1 && (before === null || typeof before !== "object")
        ? reading.value
        : { value: reading.value, unit };
  }
  row[cell.column] = value;
  return null;
}

/**
 * Reads one uploaded published report with the report parser and applies the admin's corrections,
 * each re-read with parseCellInput: the parser's reading of every cell (found, guessed, missing,
 * where it was in the source) and the corrected report with its validation. The report is always
 * rebuilt from the file: nothing of a browser's report is trusted.
 */
export async function readReportUpload(
  file: ParsedReportUpload,
  corrections: CellCorrections = {},
): Promise<ParsedReportReading> {
  let upload: { result: ParseResult; text: string };
  try {
    upload = await readPublishedFile(file.name, file.bytes);
  } catch (error) {
    // Scans, encrypted PDFs, oversized or disguised files: the file's fault, said as such.
    if (!(error instanceof UnreadableFileError)) throw error;
    const preview: ParsedReportPreview = {
      name: file.name,
      sourceText: "",
      agencyName: null,
      region: null,
      year: null,
      format: null,
      kind: null,
      metadata: [],
      cells: [],
      problems: [],
      violations: [],
      correctionErrors: [],
      blocked: error.message,
    };
    return { preview, report: null };
  }
  const { result, text: sourceText } = upload;
  const base = {
    name: file.name,
    sourceText,
    agencyName: result.fields.agency.value,
    region: result.fields.region.value,
    year: result.fields.year.value,
    format: result.format,
    kind: result.fields.kind.value,
    metadata: listFieldViews(result),
    problems: result.problems,
  };
  if (!result.report) {
    const preview: ParsedReportPreview = {
      ...base,
      cells: [],
      violations: [],
      correctionErrors: [],
      blocked: describeNotAReport(result, sourceText),
    };
    return { preview, report: null };
  }
  const report = structuredClone(result.report);
  const errors = new Map<string, string>();
  for (const [key, raw] of Object.entries(corrections)) {
    const error = applyCorrection(report, key, raw);
    if (error) errors.set(key, error);
  }
  const titles = tableTitles(report.format);
  const cells = listCellDefinitions(report.format).map((cell): ParsedCellView => {
    const reading = result.cells[cell.key];
    const parsed = showValue(reading?.value);
    const shown = showValue(report.tables[cell.table]?.[cell.row]?.[cell.column]);
    const correction = Object.hasOwn(corrections, cell.key) ? corrections[cell.key]! : null;
    const error = errors.get(cell.key) ?? null;
    return {
      key: cell.key,
      table: cell.table,
      tableTitle: titles.get(cell.table) ?? cell.table,
      row: cell.row,
      column: cell.column,
      label: labelCell(report.format, cell.key),
      value: error !== null && correction !== null ? correction : shown.value,
      unit: shown.unit ?? parsed.unit,
      status: reading?.status ?? "missing",
      note: reading?.note ?? null,
      source: describeSource(reading?.source ?? null),
      raw: reading?.raw ?? null,
      parsedValue: parsed.value,
      corrected: correction !== null,
      error,
    };
  });
  const checked = parseReport(report);
  const correctionErrors = [...errors.values()];
  if (!checked.ok) correctionErrors.push(checked.message);
  const final = checked.ok ? checked.report : null;
  const violations = final
    ? validateReport(final).violations.map((violation) => ({ level: violation.level, message: violation.message }))
    : [];
  const preview: ParsedReportPreview = { ...base, cells, violations, correctionErrors, blocked: null };
  return { preview, report: final };
}

/** Why a document is not a report, with what was found in it (so that the admin sees what it is). */
function describeNotAReport(result: ParseResult, text: string): string {
  const opening = text
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line !== "");
  const found = [
    result.fields.title.value && `标题“${result.fields.title.value}”`,
    result.fields.agency.value && `机构“${result.fields.agency.value}”`,
    result.fields.year.value && `年度 ${result.fields.year.value}`,
    Object.values(result.cells).some((cell) => cell.status !== "missing") && "部分表格数字",
  ].filter(Boolean);
  const missing = [
    !result.fields.agency.value && "机构名称",
    !result.fields.year.value && "报告年度",
    !result.format && "年度报告的表格",
  ].filter(Boolean);
  const seen = found.length
    ? `找到了${found.join("、")}`
    : opening
      ? `文件开头是“${opening.length > 40 ? `${opening.slice(0, 40)}…` : opening}”`
      : "文件里没有文字";
  return `没有读出年度报告：${seen}${missing.length ? `，没有找到${missing.join("、")}` : ""}`;
}
