import "server-only";
import type { FormatKey, MoneyUnit, ReportCell, ReportTables } from "@/lib/report-format";
import { fromCells, getCellDefinition, toCells } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { cellKey, type CellRow } from "./cell-row";

/**
 * A revision's cells as plain rows, read with plain SQL (every save reads all of them, and mapping
 * them through the query builder cost more than the rest of the save). Money comes as exact text
 * without trailing zeros, normalised by the database (`trim_scale`), so no caller handles decimals.
 */
export async function readCells(revisionId: string, client: Prisma.TransactionClient = db): Promise<CellRow[]> {
  return client.$queryRaw<CellRow[]>`
    SELECT table_key AS "tableKey", row_key AS "rowKey", column_key AS "columnKey", int_value AS "intValue",
      trim_scale(decimal_value)::text AS "decimalValue", unit, prefilled
    FROM report_cell WHERE revision_id = ${revisionId}
    ORDER BY table_key, row_key, column_key`;
}

/** Stored rows as the interchange tables (a row the format does not declare means corrupt data: it throws). */
export function cellRowsToTables(format: FormatKey, rows: CellRow[]): ReportTables {
  const cells: ReportCell[] = rows.map((row) => ({
    table: row.tableKey,
    row: row.rowKey,
    column: row.columnKey,
    type: getCellDefinition(format, cellKey(row))?.type ?? "count",
    value: row.decimalValue ?? row.intValue,
    unit: (row.unit as MoneyUnit | null) ?? null,
  }));
  return fromCells(format, cells);
}

/** The interchange tables as rows to store; `prefilled` names the cells the system filled in. */
export function tablesToCellRows(
  format: FormatKey,
  tables: ReportTables,
  prefilled: ReadonlySet<string> = new Set(),
): CellRow[] {
  return toCells({ format, tables }).map((cell) => {
    const money = cell.type === "money";
    return {
      tableKey: cell.table,
      rowKey: cell.row,
      columnKey: cell.column,
      intValue: money ? null : (cell.value as number | null),
      decimalValue: money ? (cell.value as string | null) : null,
      unit: cell.unit ?? null,
      prefilled: prefilled.has(`${cell.table}.${cell.row}.${cell.column}`),
    };
  });
}
