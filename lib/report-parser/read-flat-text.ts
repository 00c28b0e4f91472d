// A report whose line breaks and spaces are gone (an archive's page text, a copy from a viewer
// that joins everything): "…二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数…规章000
// 规范性文件898989第二十条第（五）项…". Lines are put back where the report's own vocabulary says
// one ends: before each section heading, and inside the tables around every label the formats
// print; the digits after a row label become that row's (maybe glued) figures.
import { deriveFromFormats, isColumnBand, isRowGroup, type ColumnNode, type RowNode } from "@/lib/report-format";
import { foldWidth } from "./normalise-label";

const SECTION_NUMERALS = ["一", "二", "三", "四", "五", "六"];
// Words the tables print that are no label of a row or column.
const EXTRA_WORDS = [
  "信息内容",
  "申请人情况",
  "法人或其他组织",
  "行政复议",
  "行政诉讼",
  "未经复议直接起诉",
  "复议后起诉",
];
const MIN_FLAT_LENGTH = 600;
const MAX_FLAT_LINES = 8;

function columnLabels(nodes: readonly ColumnNode[]): string[] {
  return nodes.flatMap((node) => (isColumnBand(node) ? [node.band, ...columnLabels(node.columns)] : [node.label]));
}

function rowLabels(nodes: readonly RowNode[]): string[] {
  return nodes.flatMap((node) => (isRowGroup(node) ? [node.label, ...rowLabels(node.rows)] : [node.label]));
}

const listVocabulary = deriveFromFormats((formats): readonly string[] =>
  [
    ...new Set([
      ...EXTRA_WORDS,
      ...formats.flatMap((format) =>
        format.sections.flatMap((section) =>
          section.content.kind === "tables"
            ? section.content.tables.flatMap((table) => [
                ...(table.band ? [table.band] : []),
                ...columnLabels(table.columns),
                ...rowLabels(table.rows),
              ])
            : [],
        ),
      ),
    ]),
  ]
    .map((label) => foldWidth(label).replace(/\s+/gu, ""))
    .filter((label) => label.length >= 2)
    .sort((a, b) => b.length - a.length),
);

const listHeadings = deriveFromFormats((formats): readonly string[] => [
  ...new Set(formats.flatMap((format) => format.sections.map((section) => foldWidth(section.heading)))),
]);

/** Whether `content` is a report run together: long, in very few lines. */
export function isFlatText(content: string): boolean {
  const lines = content.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== "");
  return content.length >= MIN_FLAT_LENGTH && lines.length <= MAX_FLAT_LINES && !content.includes("\t");
}

/** Where each section heading starts (the first place after `from`), in order. */
function findHeadings(text: string): { at: number; heading: string }[] {
  const found: { at: number; heading: string }[] = [];
  let from = 0;
  for (const numeral of SECTION_NUMERALS) {
    const candidates = listHeadings()
      .filter((heading) => heading.startsWith(`${numeral}、`))
      .map((heading) => ({ heading, at: text.indexOf(heading, from) }))
      .filter((entry) => entry.at !== -1)
      .sort((a, b) => a.at - b.at);
    const [first] = candidates;
    if (!first) continue;
    found.push(first);
    from = first.at + first.heading.length;
  }
  return found;
}

const DIGITS = /^-?\d[\d.-]*/u;

/** One table section's text cut into lines: each label on its own, figures after their row label. */
function splitTableText(text: string): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    if (current !== "") lines.push(current);
    current = "";
  };
  const vocabulary = listVocabulary();
  for (let at = 0; at < text.length;) {
    const rest = text.slice(at);
    const digits = DIGITS.exec(rest)?.[0];
    if (digits) {
      // "…00000002.其他法律…": the digit before a dot that is not a decimal point numbers the next label.
      const enumerated = digits.endsWith(".") ? digits.slice(0, -1).slice(0, -1) : digits;
      if (enumerated !== "") {
        current = current === "" ? enumerated : `${current}\t${enumerated}`;
        flush();
        at += enumerated.length;
        continue;
      }
    }
    const word = vocabulary.find((label) => rest.startsWith(label));
    if (word) {
      flush();
      current = word;
      at += word.length;
      continue;
    }
    current += text[at] ?? "";
    at++;
  }
  flush();
  return lines;
}

/** The report with its lines put back, for the plain-text reader. */
export function unflattenText(content: string): string {
  const text = foldWidth(content).replace(/\s+/gu, "");
  const headings = findHeadings(text);
  const tableStart = headings.find((entry) => entry.heading.startsWith("二、"));
  const tableEnd = headings.find((entry) => entry.heading.startsWith("五、"));
  const lines: string[] = [];
  const cuts = [0, ...headings.flatMap((entry) => [entry.at, entry.at + entry.heading.length]), text.length];
  for (let index = 0; index < cuts.length - 1; index++) {
    const start = cuts[index] ?? 0;
    const piece = text.slice(start, cuts[index + 1]);
    if (piece === "") continue;
    const isHeading = headings.some((entry) => entry.at === start);
    const inTables =
      !isHeading &&
      tableStart !== undefined &&
      start >= tableStart.at + tableStart.heading.length &&
      (tableEnd === undefined || start < tableEnd.at);
    if (inTables) lines.push(...splitTableText(piece));
    else lines.push(...piece.split(/(?<=[。！？])/u));
  }
  return lines.join("\n");
}
