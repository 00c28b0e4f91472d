// The figures the public pages compare across agencies and years (received, handled, outcomes by
// kind, applicants by kind, reviews and suits), read through the format's own declaration: the
// kinds of outcome are the rows of its outcome group, the kinds of applicant the input columns of
// its applications table, with their printed labels.
import { findRowNode, isRowGroup, listLeafColumns, listLeafRows } from "./declaration-tree";
import { getFormat } from "./format-registry";
import { getFormatOutline } from "./format-outline";
import type { FormatKey, TableDefinition } from "./types";

export type KeyFigure =
  | "received"
  | "carriedIn"
  | "handled"
  | "carriedOver"
  | "reviews"
  | "suitsDirect"
  | "suitsAfterReview"
  | "reviewsCorrected";

export interface KeyFiguresOutline {
  /** Each outcome kind: its key (the row or group key), its label, and the rows it adds up. */
  outcomes: readonly { key: string; label: string; rows: readonly string[] }[];
  /** Each applicant kind: the column key and its label. */
  applicants: readonly { key: string; label: string }[];
  /** The columns of the carry-over chain between years (the applicants and the total). */
  chainColumns: readonly { key: string; label: string }[];
  /** Which cell holds each single figure. */
  cells: Readonly<Record<KeyFigure, string>>;
  /** The row of new applications (本年新收) and the applications table's total column. */
  receivedRow: string;
  totalColumn: string;
  /** The row of the applications handled this year (（七）总计). */
  handledRow: string;
  /** The rows whose every column carries over (上年结转, 结转下年度). */
  carriedInRow: string;
  carriedOverRow: string;
  /** The tables the figures are read from. */
  tables: readonly string[];
  applicationsTable: string;
}

/** "（二）部分公开（区分处理的，…）" → "部分公开": the printed label without its number and remark. */
function shortLabel(label: string): string {
  return label.replace(/^（[一二三四五六七八九十]+）/, "").replace(/（[^）]*）$/, "");
}

function tableOf(format: FormatKey, key: string): TableDefinition {
  const table = getFormatOutline(format).tables.find((candidate) => candidate.key === key);
  if (!table) throw new Error(`format ${format} declares key figures of a table it does not have: ${key}`);
  return table;
}

function totalColumn(table: TableDefinition): string {
  const total = listLeafColumns(table.columns).find((column) => column.computed);
  if (!total) throw new Error(`table ${table.key} has no computed total column`);
  return total.key;
}

const outlines = new Map<FormatKey, KeyFiguresOutline>();

export function getKeyFiguresOutline(format: FormatKey): KeyFiguresOutline {
  const cached = outlines.get(format);
  if (cached) return cached;
  const { applications: a, reviews: r } = getFormat(format).figures;
  const applications = tableOf(format, a.table);
  const reviews = tableOf(format, r.table);
  const total = totalColumn(applications);
  const reviewTotal = totalColumn(reviews);
  const group = findRowNode(applications.rows, a.outcomes);
  if (!group || !isRowGroup(group))
    throw new Error(`format ${format}: the outcome group ${a.outcomes} is not a group of rows`);
  const outcomes = group.rows
    .filter((node) => isRowGroup(node) || !node.computed)
    .map((node) => ({
      key: node.key ?? node.label,
      label: shortLabel(node.label),
      rows: listLeafRows([node]).map((leaf) => leaf.row.key),
    }));
  const applicants = listLeafColumns(applications.columns)
    .filter((column) => !column.computed)
    .map((column) => ({ key: column.key, label: column.label }));
  const outline: KeyFiguresOutline = {
    outcomes,
    applicants,
    chainColumns: listLeafColumns(applications.columns).map((column) => ({ key: column.key, label: column.label })),
    cells: {
      received: `${a.table}.${a.received}.${total}`,
      carriedIn: `${a.table}.${a.carriedIn}.${total}`,
      handled: `${a.table}.${a.handled}.${total}`,
      carriedOver: `${a.table}.${a.carriedOver}.${total}`,
      reviews: `${r.table}.${r.reviews}.${reviewTotal}`,
      suitsDirect: `${r.table}.${r.suitsDirect}.${reviewTotal}`,
      suitsAfterReview: `${r.table}.${r.suitsAfterReview}.${reviewTotal}`,
      reviewsCorrected: `${r.table}.${r.reviews}.${r.corrected}`,
    },
    receivedRow: a.received,
    totalColumn: total,
    handledRow: a.handled,
    carriedInRow: a.carriedIn,
    carriedOverRow: a.carriedOver,
    tables: [a.table, r.table],
    applicationsTable: a.table,
  };
  outlines.set(format, outline);
  return outline;
}
