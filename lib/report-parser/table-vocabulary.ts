// The words a report's tables print, from both formats' declarations: what makes a row a header
// row, a band row ("第二十条第（一）项"), or a row of its own.
import {
  getFormat,
  isColumnBand,
  isRowGroup,
  listLeafRows,
  type ColumnNode,
  type FormatKey,
  type RowNode,
  type TableDefinition,
} from "@/lib/report-format";
import { prepareLabel, type LabelForms } from "./normalise-label";

const FORMAT_KEYS: readonly FormatKey[] = ["2019", "2021"];
// Printed in both formats' headers without being a column of ours.
const EXTRA_HEADER_WORDS = ["信息内容", "勾稽关系", "申请人情况"];
const MIN_CONTAINED_WORD = 4;
const BAND = /第二十条第([一二三四五六七八九十]+)项/u;

function listTables(format: FormatKey): TableDefinition[] {
  return getFormat(format).sections.flatMap((section) =>
    section.content.kind === "tables" ? [...section.content.tables] : [],
  );
}

function listColumnLabels(nodes: readonly ColumnNode[]): string[] {
  return nodes.flatMap((node) => (isColumnBand(node) ? [node.band, ...listColumnLabels(node.columns)] : [node.label]));
}

function listRowLabels(nodes: readonly RowNode[]): string[] {
  return nodes.flatMap((node) => (isRowGroup(node) ? [node.label, ...listRowLabels(node.rows)] : [node.label]));
}

function formsOf(label: string): string[] {
  const { full, cores } = prepareLabel(label);
  return [full, ...cores];
}

const headerWords = new Set(
  [
    ...EXTRA_HEADER_WORDS,
    ...FORMAT_KEYS.flatMap((format) =>
      listTables(format).flatMap((table) => [
        ...(table.corner ? [table.corner] : []),
        ...listColumnLabels(table.columns),
        // The reviews table prints its rows as header bands.
        ...(table.layout === "rows-side-by-side" ? listRowLabels(table.rows) : []),
      ]),
    ),
  ].flatMap(formsOf),
);
const longHeaderWords = [...headerWords].filter((word) => word.length >= MIN_CONTAINED_WORD);

/** Whether a printed cell (normalised) is a column header of either format. */
export function isHeaderWord(text: string): boolean {
  return (
    headerWords.has(text) || (text.length >= MIN_CONTAINED_WORD && longHeaderWords.some((word) => text.includes(word)))
  );
}

/** Whether a printed cell (normalised) is exactly a column header of either format (no containment). */
export function isWholeHeaderWord(text: string): boolean {
  return headerWords.has(text);
}

/** The band a printed row names, normalised ("第二十条第一项"), or null. */
export function readBand(text: string): string | null {
  return BAND.exec(text)?.[0] ?? null;
}

/** Every label (rows, groups, columns, bands) of `format`'s tables, with its forms. */
export function listFormatLabels(format: FormatKey): { label: string; forms: string[] }[] {
  return listTables(format).flatMap((table) =>
    [...listColumnLabels(table.columns), ...listRowLabels(table.rows)].map((label) => ({
      label,
      forms: formsOf(label),
    })),
  );
}

export interface RowCandidate {
  table: TableDefinition;
  rowKey: string;
  label: string;
}

/** The leaf rows of `tables` as label candidates, keyed "table|row". */
export function listRowCandidates(tables: readonly TableDefinition[]): { key: RowCandidate; forms: LabelForms }[] {
  return tables.flatMap((table) =>
    listLeafRows(table.rows).map(({ row }) => ({
      key: { table, rowKey: row.key, label: row.label },
      forms: prepareLabel(row.label),
    })),
  );
}
