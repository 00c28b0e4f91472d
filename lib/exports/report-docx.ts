// The report as a Word document laid out like the official format: title, the six sections as
// headings, texts as indented paragraphs, every table a real Word table with the official header.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IFontAttributesProperties,
} from "docx";
import { formatDate } from "@/lib/format-date";
import {
  getFormat,
  layoutTableGrid,
  printGridCell,
  type GridCell,
  type Report,
  type TableDefinition,
  type TableGrid,
  type TableValues,
  type TextKey,
} from "@/lib/report-format";
import { EMPTY_TEXT, formatReportTitle, splitParagraphs, type ExportMeta } from "./report-text";

// GB/T 9704 公文 page: A4, margins 37/35/28/26 mm, in twips (1/20 pt).
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

// Fonts by name only (no embedding): every Chinese Windows and WPS has these. Sizes in half-points:
// 二号 22pt for the title, 三号 16pt for headings and text, 五号 10.5pt in tables.
type RunStyle = { font: string; size: number; bold?: boolean };
const TITLE: RunStyle = { font: "宋体", size: 44, bold: true };
const HEADING: RunStyle = { font: "黑体", size: 32 };
const BODY: RunStyle = { font: "仿宋", size: 32 };
const NOTE: RunStyle = { font: "仿宋", size: 28 };
const TABLE: RunStyle = { font: "宋体", size: 21 };
/** 28pt fixed line pitch of 公文 text. */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT };

// Narrow columns for group labels (三、本年度办理结果 …), at least this much for the row label, value columns at most this wide.
const GROUP_COLUMN_WIDTH = 640;
const MIN_LABEL_WIDTH = 2400;
const MAX_VALUE_WIDTH = 1400;

function fontOf(name: string): IFontAttributesProperties {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function textRuns(text: string, style: RunStyle): TextRun[] {
  return text.split("\n").map(
    (line, index) =>
      new TextRun({
        text: line,
        font: fontOf(style.font),
        size: style.size,
        bold: style.bold,
        break: index > 0 ? 1 : undefined,
      }),
  );
}

function renderTextSection(text: string | undefined): Paragraph[] {
  const paragraphs = splitParagraphs(text);
  return (paragraphs.length > 0 ? paragraphs : [EMPTY_TEXT]).map(
    (paragraph) =>
      new Paragraph({
        children: textRuns(paragraph, BODY),
        alignment: AlignmentType.JUSTIFIED,
        // Two characters of first-line indent: Word reads firstLineChars, others the twips.
        indent: { firstLineChars: 200, firstLine: BODY.size * 20 },
        spacing: BODY_LINE,
      }),
  );
}

/** Group-label columns narrow, the row-label column takes what the values leave; the reviews table splits evenly. */
function measureColumns(layout: TableGrid): number[] {
  const valueColumns = layout.columns - layout.labelColumns;
  if (layout.labelColumns === 0)
    return Array.from({ length: valueColumns }, () => Math.floor(CONTENT_WIDTH / valueColumns));
  const groupWidth = (layout.labelColumns - 1) * GROUP_COLUMN_WIDTH;
  const valueWidth = Math.min(
    MAX_VALUE_WIDTH,
    Math.floor((CONTENT_WIDTH - groupWidth - MIN_LABEL_WIDTH) / valueColumns),
  );
  const labelWidth = CONTENT_WIDTH - groupWidth - valueWidth * valueColumns;
  return [
    ...Array.from({ length: layout.labelColumns - 1 }, () => GROUP_COLUMN_WIDTH),
    labelWidth,
    ...Array.from({ length: valueColumns }, () => valueWidth),
  ];
}

const ALIGNMENT_BY_ROLE = {
  band: AlignmentType.CENTER,
  corner: AlignmentType.CENTER,
  header: AlignmentType.CENTER,
  group: AlignmentType.CENTER,
  label: AlignmentType.LEFT,
  value: AlignmentType.RIGHT,
} as const;

function renderCell(cell: GridCell, values: TableValues | undefined, widths: readonly number[]): TableCell {
  const width = widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, part) => sum + part, 0);
  return new TableCell({
    children: [
      new Paragraph({
        children: textRuns(printGridCell(values, cell), { ...TABLE, bold: cell.role === "band" }),
        alignment: ALIGNMENT_BY_ROLE[cell.role],
      }),
    ],
    columnSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function renderTable(table: TableDefinition, report: Report): Table {
  const layout = layoutTableGrid(table);
  const values = report.tables[table.key];
  const widths = measureColumns(layout);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: layout.lines.map(
      (cells, index) =>
        // Header rows repeat on each page; `false` would still be written as an (off) header mark, so leave it out.
        new TableRow({
          children: cells.map((cell) => renderCell(cell, values, widths)),
          tableHeader: index < layout.headerRows || undefined,
          cantSplit: true,
        }),
    ),
  });
}

/** Word joins two tables that touch into one: a small paragraph keeps them apart. */
function renderTableGap(): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: "", size: TABLE.size })] });
}

function renderSections(report: Report): (Paragraph | Table)[] {
  return getFormat(report.format).sections.flatMap((section) => {
    const heading = new Paragraph({
      children: textRuns(section.heading, HEADING),
      heading: HeadingLevel.HEADING_1,
      spacing: BODY_LINE,
    });
    if (section.content.kind === "text") return [heading, ...renderTextSection(report.texts[section.key as TextKey])];
    return [heading, ...section.content.tables.flatMap((table) => [renderTable(table, report), renderTableGap()])];
  });
}

/** The report as a .docx (A4, fonts by name, nothing embedded). */
export async function renderReportDocx(report: Report, meta: ExportMeta): Promise<Buffer> {
  const title = formatReportTitle(meta.agencyName, report.year);
  const front = [
    new Paragraph({
      children: textRuns(title, TITLE),
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
    }),
    ...(meta.publishedAt
      ? [
          new Paragraph({
            children: textRuns(`发布日期：${formatDate(meta.publishedAt)}`, NOTE),
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
          }),
        ]
      : []),
  ];
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: fontOf(BODY.font), size: NOTE.size })],
  });
  const document = new Document({
    title,
    creator: meta.agencyName,
    // Word's own Title and Heading 1 are coloured and in Latin fonts: make them official black.
    styles: {
      default: {
        document: { run: { font: fontOf(BODY.font), size: BODY.size } },
        title: { run: { font: fontOf(TITLE.font), size: TITLE.size, bold: true, color: "000000" } },
        heading1: { run: { font: fontOf(HEADING.font), size: HEADING.size, bold: false, color: "000000" } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        footers: { default: new Footer({ children: [pageNumber] }) },
        children: [...front, ...renderSections(report)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
