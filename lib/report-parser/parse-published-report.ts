// A published 政府信息公开工作年度报告 (its text, its HTML page, or its .docx through mammoth) read
// back into an interchange report, with an account of where every cell came from.
import {
  emptyReport,
  formatForYear,
  getFormat,
  listCellDefinitions,
  type CellDefinition,
  type FormatKey,
  type Report,
  type SectionKey,
  type TableDefinition,
} from "@/lib/report-format";
import { detectTableShape, type TableShape } from "./detect-table-shape";
import { findSections, type FoundSection } from "./find-sections";
import { readGridTables } from "./read-grid-tables";
import { readHtmlBlocks } from "./read-html-blocks";
import {
  findSummaryWording,
  readAgency,
  readKind,
  readRegion,
  readReportYear,
  readTitleField,
  type ReportFields,
} from "./read-report-fields";
import { readPublicationDate, readSourceAddress } from "./read-publication";
import { isReviewsHeader, readReviewsTable } from "./read-reviews-table";
import { readSectionTexts } from "./read-section-texts";
import { readTextBlocks } from "./read-text-blocks";
import { isFlatText, unflattenText } from "./read-flat-text";
import { isLayoutText, readLayoutText } from "./read-layout-text";
import { isMarkdown, markdownToText } from "./read-markdown";
import { readTitle } from "./read-title";
import { segmentTableRows } from "./segment-table-rows";
import { classifyCellText } from "./read-cell-value";
import { solveGluedRows, type GluedRow } from "./solve-glued-rows";
import { readingNumber } from "./split-glued-digits";
import type { TableCells } from "./table-cells";
import { listRowCandidates } from "./table-vocabulary";
import type { CellReading, DocBlock, ParseOptions, ParseResult, PublishedInput } from "./types";

const TABLE_SECTIONS: readonly SectionKey[] = ["proactive", "applications", "reviews"];

function describeHeading(format: FormatKey, key: SectionKey): string {
  return getFormat(format).sections.find((section) => section.key === key)?.heading ?? key;
}

function describeShapeConflict(year: number, expected: FormatKey, shape: TableShape): string | null {
  if (!shape.format || shape.format === expected) return null;
  const evidence = (shape.evidence.get(shape.format) ?? []).join("”“");
  return `报告年度为 ${year} 年，应使用 ${expected} 年格式，但表格是 ${shape.format} 年格式（有“${evidence}”）；已按 ${expected} 年格式读取，对不上的格标为缺失`;
}

const SECTION_ORDER: readonly SectionKey[] = ["overview", "proactive", "applications", "reviews", "problems", "other"];

/**
 * The table sections to read in each span of the document. A found section's span runs to the
 * next found heading, so it also holds the sections after it whose headings were not found:
 * their tables are read there, together (their row labels tell the tables apart).
 */
function groupTableSections(
  blocks: readonly DocBlock[],
  sections: readonly FoundSection[],
): { keys: SectionKey[]; content: readonly DocBlock[] }[] {
  const groups: { keys: SectionKey[]; content: readonly DocBlock[] }[] = [];
  let current: { keys: SectionKey[]; content: readonly DocBlock[] } = {
    keys: [],
    content: blocks.slice(0, sections[0]?.heading ?? blocks.length),
  };
  for (const key of SECTION_ORDER) {
    const found = sections.find((section) => section.key === key);
    if (found) {
      groups.push(current);
      current = { keys: [], content: blocks.slice(found.heading + 1, found.end) };
    }
    if (TABLE_SECTIONS.includes(key)) current.keys.push(key);
  }
  groups.push(current);
  return groups.filter((group) => group.keys.length > 0);
}

function readSectionTables(
  format: FormatKey,
  blocks: readonly DocBlock[],
  sections: readonly FoundSection[],
  definitions: ReadonlyMap<string, CellDefinition>,
  problems: string[],
): TableCells {
  const cells: TableCells = new Map();
  const glued: GluedRow[] = [];
  for (const { keys, content } of groupTableSections(blocks, sections)) {
    const tables = getFormat(format).sections.flatMap((section) =>
      keys.includes(section.key) && section.content.kind === "tables" ? [...section.content.tables] : [],
    );
    const gridTables: TableDefinition[] = tables.filter((table) => table.layout === "grid");
    const reviews = tables.find((table) => table.layout === "rows-side-by-side");
    let segments = segmentTableRows(content, listRowCandidates(tables));
    if (reviews) {
      readReviewsTable(reviews, segments, definitions, cells, problems, glued);
      // With other tables in the same span, the reviews table's rows are the ones under its header.
      if (gridTables.length > 0) segments = segments.filter((segment) => !isReviewsHeader(segment.header));
    }
    if (gridTables.length > 0) readGridTables(gridTables, segments, definitions, cells, problems, glued);
  }
  if (glued.length > 0) {
    const fixed = new Map<string, number>();
    for (const [key, reading] of cells) {
      const value = reading.status === "found" ? readingNumber(reading.value) : null;
      if (value !== null) fixed.set(key, value);
    }
    for (const [key, reading] of solveGluedRows(format, fixed, glued, printsFiguresApart(blocks)))
      cells.set(key, reading);
  }
  return cells;
}

/** Whether some table row of the document prints two or more figures as separate cells. */
function printsFiguresApart(blocks: readonly DocBlock[]): boolean {
  return blocks.some(
    (block) =>
      block.kind === "row" &&
      block.cells.filter((cell) => !cell.carried && classifyCellText(cell.text) === "number").length >= 2,
  );
}

/** Every cell of the format; those never read are missing, and a row never found is one problem. */
function completeCells(
  definitions: readonly CellDefinition[],
  read: TableCells,
  problems: string[],
): Record<string, CellReading> {
  const cells: Record<string, CellReading> = {};
  const absentRows = new Map<string, string>();
  for (const definition of definitions) {
    const reading = read.get(definition.key);
    if (reading) {
      cells[definition.key] = reading;
      continue;
    }
    cells[definition.key] = { value: null, status: "missing", source: null, raw: null, note: "原文中没有找到这一格" };
    const rowLabel = definition.label.split("·").slice(0, -1).join("·");
    absentRows.set(`${definition.table}.${definition.row}`, rowLabel);
  }
  for (const label of absentRows.values()) problems.push(`没有找到“${label}”这一行的数字`);
  return cells;
}

function buildReport(
  format: FormatKey,
  fields: ReportFields,
  texts: ParseResult["texts"],
  cells: Record<string, CellReading>,
  definitions: readonly CellDefinition[],
): Report | null {
  const { agency, year, kind, region } = fields;
  if (agency.value === null || year.value === null) return null;
  const report = emptyReport(format, year.value, agency.value, kind.value ?? "agency");
  if (region.value !== null) report.agency.region = region.value;
  report.texts = {};
  for (const key of ["overview", "problems", "other"] as const) {
    const text = texts[key].value;
    if (text !== null) report.texts[key] = text;
  }
  for (const definition of definitions) {
    const row = report.tables[definition.table]?.[definition.row];
    if (row) row[definition.column] = cells[definition.key]?.value ?? null;
  }
  return report;
}

/** What a document that is not (readably) a report contains, so a person can tell what it is. */
function describeWhatWasRead(
  blocks: readonly DocBlock[],
  title: string | null,
  sections: readonly FoundSection[],
): string {
  const paragraphs = blocks.filter((block) => block.kind === "paragraph");
  const rows = blocks.length - paragraphs.length;
  const first = paragraphs[0]?.text.trim().slice(0, 40);
  const parts = [
    title
      ? `标题“${title}”`
      : first
        ? `第一段“${first}${(paragraphs[0]?.text.trim().length ?? 0) > 40 ? "……" : ""}”`
        : "没有文字",
    `${paragraphs.length} 段文字`,
    `${rows} 行表格`,
    sections.length > 0 ? `章节标题：${sections.map((section) => section.text).join("、")}` : "没有年度报告的章节标题",
  ];
  return `读到的内容：${parts.join("；")}`;
}

/** The parse of a document already read into blocks (`pageTitle`: the HTML <title>, if any). */
function parseDocument(
  blocks: readonly DocBlock[],
  pageTitle: string | null,
  options: ParseOptions = {},
  html: string | null = null,
): ParseResult {
  const problems: string[] = [];
  const sections = findSections(blocks);
  const title = readTitle(blocks.slice(0, sections[0]?.heading ?? blocks.length), pageTitle);
  const shape = detectTableShape(blocks);
  const agency = readAgency(title, options);
  const texts = readSectionTexts(blocks, sections, agency.value);
  const year = readReportYear(title, texts.overview.value, options);
  const fields: ReportFields = {
    agency,
    year,
    kind: readKind(title, agency.value, options, findSummaryWording(blocks)),
    region: readRegion(agency.value, options),
    title: readTitleField(title),
    published: readPublicationDate(blocks),
    sourceAddress: readSourceAddress(blocks, html),
  };

  const yearFormat = year.value === null ? null : formatForYear(year.value);
  if (year.value !== null && yearFormat === null)
    problems.push(`报告年度为 ${year.value} 年，早于 2019 年格式，不在导入范围内`);
  const format = year.value === null ? shape.format : yearFormat;
  if (year.value !== null && yearFormat) {
    const conflict = describeShapeConflict(year.value, yearFormat, shape);
    if (conflict) problems.push(conflict);
  }
  const nothingFound = sections.length === 0 && !title.agency && !title.year && shape.format === null;
  if (!format || nothingFound) {
    if (nothingFound) problems.push("这不是政府信息公开工作年度报告：没有找到报告标题、章节标题和报告表格");
    else if (year.value === null) problems.push("没有找到报告年度，表格也看不出是哪一年的格式");
    problems.push(describeWhatWasRead(blocks, title.text?.value ?? null, sections));
    return { report: null, format: null, fields, cells: {}, texts: texts, problems };
  }

  for (const key of ["overview", "proactive", "applications", "reviews", "problems", "other"] as const) {
    if (!sections.some((section) => section.key === key))
      problems.push(`没有找到“${describeHeading(format, key)}”这一部分的标题`);
  }
  const definitions = listCellDefinitions(format);
  const read = readSectionTables(
    format,
    blocks,
    sections,
    new Map(definitions.map((definition) => [definition.key, definition])),
    problems,
  );
  const cells = completeCells(definitions, read, problems);
  if (agency.value === null) problems.push("没有找到机关名称（可以另行指定）");
  if (year.value === null) problems.push("没有找到报告年度（可以另行指定）");
  const report = buildReport(format, fields, texts, cells, definitions);
  return { report, format, fields, cells, texts: texts, problems };
}

/** Plain text in whichever shape it comes: Markdown, run together, laid out like the page, or tab rows. */
export function readPlainTextBlocks(content: string): DocBlock[] {
  if (isMarkdown(content)) return readTextBlocks(markdownToText(content));
  if (isFlatText(content)) return readTextBlocks(unflattenText(content));
  if (isLayoutText(content)) return readLayoutText(content);
  return readTextBlocks(content);
}

/** Reads a published report given as plain text (any shape, see readPlainTextBlocks) or as HTML. */
export function parsePublishedReport(input: PublishedInput, options: ParseOptions = {}): ParseResult {
  if (input.kind === "html") {
    const { blocks, title } = readHtmlBlocks(input.content);
    return parseDocument(blocks, title, options, input.content);
  }
  return parseDocument(readPlainTextBlocks(input.content), null, options);
}

/** Reads a report from blocks read elsewhere (a PDF's positioned text). */
export function parseDocumentBlocks(blocks: readonly DocBlock[], options: ParseOptions = {}): ParseResult {
  return parseDocument(blocks, null, options);
}
