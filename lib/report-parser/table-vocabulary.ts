// The words a report's tables print, from every format's declaration: what makes a row a header
// row, a band row ("第二十条第（一）项"), or a row of its own.
import {
  deriveFromFormats,
  isColumnBand,
  isRowGroup,
  listLeafRows,
  type ColumnNode,
  listTables,
  type FormatKey,
  type RowNode,
  type TableDefinition,
} from "@/lib/report-format";
import { prepareLabel, type LabelForms } from "./normalise-label";

// Printed in both formats' headers without being a column of ours.
const EXTRA_HEADER_WORDS = ["信息内容", "勾稽关系", "申请人情况"];
const MIN_CONTAINED_WORD = 4;
const BAND = /第二十条第([一二三四五六七八九十]+)项/u;

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

const listHeaderWords = deriveFromFormats((formats) => {
  const words = new Set(
    [
      ...EXTRA_HEADER_WORDS,
      ...formats.flatMap((format) =>
        listTables(format.key).flatMap((table) => [
          ...(table.corner ? [table.corner] : []),
          ...listColumnLabels(table.columns),
          // The reviews table prints its rows as header bands.
          ...(table.layout === "rows-side-by-side" ? listRowLabels(table.rows) : []),
        ]),
      ),
    ].flatMap(formsOf),
  );
  return { words, long: [...words].filter((word) => word.length >= MIN_CONTAINED_WORD) };
});

/** Whether a printed cell (normalised) is a column header of some format. */
export function isHeaderWord(text: string): boolean {
  const { words, long } = listHeaderWords();
  return words.has(text) || (text.length >= MIN_CONTAINED_WORD && long.some((word) => text.includes(word)));
}

/** Whether a printed cell (normalised) is exactly a column header of some format (no containment). */
export function isWholeHeaderWord(text: string): boolean {
  return listHeaderWords().words.has(text);
}

/** The band a printed row names, normalised ("第二十条第一项"), or null. */
export function readBand(text: string): string | null {
  return BAND.exec(text)?.[0] ?? null;
}

/** Every label (rows, groups, columns, bands) of `format`'s tables, with its forms; `leaf`: a row with cells. */
export function listFormatLabels(format: FormatKey): { label: string; forms: string[]; leaf: boolean }[] {
  return listTables(format).flatMap((table) => {
    const leaves = new Set(listLeafRows(table.rows).map(({ row }) => row.label));
    return [
      ...listColumnLabels(table.columns).map((label) => ({ label, forms: formsOf(label), leaf: false })),
      ...listRowLabels(table.rows).map((label) => ({ label, forms: formsOf(label), leaf: leaves.has(label) })),
    ];
  });
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
