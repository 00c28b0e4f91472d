import "server-only";
import { load } from "cheerio";
import mammoth from "mammoth";
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
import {
  describeSource,
  parsePublishedDocx,
  parsePublishedReport,
  type ParseResult,
  type ReadingStatus,
} from "@/lib/report-parser";
import type { StaffUser } from "../auth/current-user";
import { previewReportFiles } from "./preview-report-files";

/** An uploaded published report: a .txt, .html/.htm or .docx file, as bytes. */
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
  /** The file as text, line by line as the parser numbered it (HTML and .docx turned into text). */
  sourceText: string;
  sourceKind: "text" | "html" | "docx";
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

export const MAX_PARSED_FILES = 20;

function kindOf(name: string): "text" | "html" | "docx" {
  if (/\.docx$/i.test(name)) return "docx";
  if (/\.html?$/i.test(name)) return "html";
  return "text";
}

/** UTF-8, or GB18030 (which covers GBK and GB2312) when the bytes are not valid UTF-8. */
export function decodeUploadedText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** HTML as the lines a person reads: paragraphs and rows on their own lines, cells separated by tabs. */
function htmlToText(html: string): string {
  const $ = load(html);
  $("script, style").remove();
  $("br").replaceWith("\n");
  $("td, th").each((_, element) => {
    $(element).append("\t");
  });
  $("p, div, tr, li, h1, h2, h3, h4, h5, h6, table").each((_, element) => {
    $(element).append("\n");
  });
  return $("body")
    .text()
    .replace(/\t+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

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

async function parseUpload(
  file: ParsedReportUpload,
): Promise<{ result: ParseResult; sourceText: string; sourceKind: "text" | "html" | "docx" }> {
  const sourceKind = kindOf(file.name);
  if (sourceKind === "docx") {
    const result = await parsePublishedDocx(file.bytes);
    const input = { buffer: file.bytes, arrayBuffer: file.bytes } as unknown as Parameters<
      typeof mammoth.convertToHtml
    >[0];
    const { value: html } = await mammoth.convertToHtml(input);
    return { result, sourceText: htmlToText(html), sourceKind };
  }
  const content = decodeUploadedText(file.bytes);
  const result = parsePublishedReport({ kind: sourceKind, content });
  return { result, sourceText: sourceKind === "html" ? htmlToText(content) : content, sourceKind };
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
export async function readParsedReport(
  file: ParsedReportUpload,
  corrections: CellCorrections = {},
): Promise<ParsedReportReading> {
  // A damaged or disguised .docx (not a zip) makes mammoth throw: that is the file's fault, said as such.
  const upload = await parseUpload(file).catch(() => null);
  if (!upload) {
    const blocked = "文件无法读取（不是有效的 .docx 文件）";
    const preview: ParsedReportPreview = {
      name: file.name,
      sourceText: "",
      sourceKind: kindOf(file.name),
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
      blocked,
    };
    return { preview, report: null };
  }
  const { result, sourceText, sourceKind } = upload;
  const base = {
    name: file.name,
    sourceText,
    sourceKind,
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
      blocked: "无法识别为政府信息公开工作年度报告（没有找到机构名称、年度或表格）",
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

/**
 * Each uploaded file parsed, corrected and checked as the JSON import checks it (previewReportFiles:
 * the agency in the admin's tree, no report of that agency, year and kind yet, the year not open).
 */
export async function previewParsedReports(
  user: StaffUser,
  files: ParsedReportUpload[],
  corrections: Record<string, CellCorrections> = {},
): Promise<ParsedReportReading[]> {
  const readings: ParsedReportReading[] = [];
  for (const file of files.slice(0, MAX_PARSED_FILES)) {
    readings.push(await readParsedReport(file, Object.hasOwn(corrections, file.name) ? corrections[file.name] : {}));
  }
  const readable = readings.filter((reading) => reading.report !== null);
  const checks = await previewReportFiles(
    user,
    readable.map((reading) => ({ name: reading.preview.name, text: JSON.stringify(reading.report) })),
  );
  readable.forEach((reading, index) => {
    reading.preview.blocked = checks[index]?.blocked ?? null;
  });
  for (const reading of readings) {
    if (!reading.preview.blocked && reading.preview.correctionErrors.length) {
      reading.preview.blocked = `有 ${reading.preview.correctionErrors.length} 处更正无法读取`;
    }
    if (!reading.preview.blocked && !reading.report) reading.preview.blocked = "报告无法读取";
  }
  return readings;
}

/** What the preview action answers: the parsed reports, or why the upload was refused. */
export type ParsedPreviewAnswer = { ok: true; items: ParsedReportPreview[] } | { ok: false; message: string };
