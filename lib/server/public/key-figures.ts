import "server-only";
import {
  FORMAT_KEYS,
  getKeyFiguresOutline,
  isFormatKey,
  type KeyFigure,
  type KeyFiguresOutline,
} from "@/lib/report-format";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

// The figures the public pages compare across agencies and years, read from the cells of each
// report's visible revision (the latest one published by `now`), where each report's format
// declares them (lib/report-format/key-figures.ts).

/** The outcome and applicant kinds the pages chart and sort by: those of the newest format. */
export const CURRENT_KEY_FIGURES: KeyFiguresOutline = getKeyFiguresOutline(FORMAT_KEYS.at(-1)!);

export type KeyFigures = Record<KeyFigure, number | null> & {
  /** By outcome kind (its row or group key): the rows of the kind summed by their total column. */
  outcomes: Record<string, number | null>;
  /** 本年新收 by applicant kind (column key). */
  byApplicant: Record<string, number | null>;
  /** 上年结转 and 结转下年度, every column (for the carry-over chain between years). */
  carriedInColumns: Record<string, number | null>;
  carriedOverColumns: Record<string, number | null>;
};

type CellRow = {
  report_id: string;
  format: string;
  table_key: string;
  row_key: string;
  column_key: string;
  int_value: number | null;
};

function add(current: number | null, value: number | null): number | null {
  if (value === null) return current;
  return (current ?? 0) + value;
}

function emptyFigures(outline: KeyFiguresOutline): KeyFigures {
  const singles = Object.fromEntries(Object.keys(outline.cells).map((figure) => [figure, null])) as Record<
    KeyFigure,
    null
  >;
  return {
    ...singles,
    outcomes: Object.fromEntries(outline.outcomes.map((kind) => [kind.key, null])),
    byApplicant: Object.fromEntries(outline.applicants.map((kind) => [kind.key, null])),
    carriedInColumns: {},
    carriedOverColumns: {},
  };
}

type Reader = (figures: KeyFigures, value: number | null) => void;

/** For each cell that feeds a figure, what it does to the figures. */
function readersOf(outline: KeyFiguresOutline): Map<string, Reader[]> {
  const readers = new Map<string, Reader[]>();
  const on = (key: string, reader: Reader) => readers.set(key, [...(readers.get(key) ?? []), reader]);
  for (const [figure, key] of Object.entries(outline.cells) as [KeyFigure, string][])
    on(key, (figures, value) => (figures[figure] = value));
  const table = outline.applicationsTable;
  const total = outline.totalColumn;
  for (const kind of outline.outcomes) {
    for (const row of kind.rows)
      on(
        `${table}.${row}.${total}`,
        (figures, value) => (figures.outcomes[kind.key] = add(figures.outcomes[kind.key]!, value)),
      );
  }
  for (const applicant of outline.applicants)
    on(
      `${table}.${outline.receivedRow}.${applicant.key}`,
      (figures, value) => (figures.byApplicant[applicant.key] = value),
    );
  for (const column of outline.chainColumns) {
    on(
      `${table}.${outline.carriedInRow}.${column.key}`,
      (figures, value) => (figures.carriedInColumns[column.key] = value),
    );
    on(
      `${table}.${outline.carriedOverRow}.${column.key}`,
      (figures, value) => (figures.carriedOverColumns[column.key] = value),
    );
  }
  return readers;
}

const readerCache = new Map<KeyFiguresOutline, Map<string, Reader[]>>();

function readers(outline: KeyFiguresOutline): Map<string, Reader[]> {
  let cached = readerCache.get(outline);
  if (!cached) readerCache.set(outline, (cached = readersOf(outline)));
  return cached;
}

/**
 * Key figures of the reports selected by `reportFilter` (a condition on `r`, the report table),
 * each from its visible revision, in one SQL statement. Reports with nothing visible are absent.
 */
export async function readKeyFigures(reportFilter: Prisma.Sql, now: Date): Promise<Map<string, KeyFigures>> {
  const tables = [...new Set(FORMAT_KEYS.flatMap((format) => getKeyFiguresOutline(format).tables))];
  const cells = await db.$queryRaw<CellRow[]>`
    WITH visible AS (
      SELECT DISTINCT ON (v.report_id) v.report_id, r.format, v.id AS revision_id
      FROM report_revision v JOIN report r ON r.id = v.report_id
      WHERE v.published_at <= ${now} AND ${reportFilter}
      ORDER BY v.report_id, v.number DESC
    )
    SELECT visible.report_id, visible.format, c.table_key, c.row_key, c.column_key, c.int_value
    FROM visible JOIN report_cell c ON c.revision_id = visible.revision_id
    WHERE c.table_key IN (${Prisma.join(tables)})`;
  const figures = new Map<string, KeyFigures>();
  for (const cell of cells) {
    if (!isFormatKey(cell.format)) continue;
    const outline = getKeyFiguresOutline(cell.format);
    let entry = figures.get(cell.report_id);
    if (!entry) figures.set(cell.report_id, (entry = emptyFigures(outline)));
    for (const read of readers(outline).get(`${cell.table_key}.${cell.row_key}.${cell.column_key}`) ?? [])
      read(entry, cell.int_value);
  }
  return figures;
}
