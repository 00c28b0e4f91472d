import "server-only";
import type { FormatKey, MoneyUnit, ReportCell, ReportTables } from "@/lib/report-format";
import { fromCells, getCellDefinition, toCells } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";

// Between the interchange tables and the `report_cell` rows: counts in int_value, money in
// decimal_value (exact), the unit where it is part of the value, blank as NULL.

type CellRow = Pick<
  Prisma.ReportCellCreateManyInput,
  "tableKey" | "rowKey" | "columnKey" | "intValue" | "decimalValue" | "unit"
>;

export function tablesToCellRows(format: FormatKey, tables: ReportTables): CellRow[] {
  return toCells({ format, tables }).map((cell) => ({
    tableKey: cell.table,
    rowKey: cell.row,
    columnKey: cell.column,
    intValue: cell.type === "money" ? null : (cell.value as number | null),
    decimalValue: cell.type === "money" ? (cell.value as string | null) : null,
    unit: cell.unit ?? null,
  }));
}

type StoredCell = {
  tableKey: string;
  rowKey: string;
  columnKey: string;
  intValue: number | null;
  decimalValue: Prisma.Decimal | null;
  unit: string | null;
};

export function cellRowsToTables(format: FormatKey, rows: StoredCell[]): ReportTables {
  const cells: ReportCell[] = rows.map((row) => ({
    table: row.tableKey,
    row: row.rowKey,
    column: row.columnKey,
    type: getCellDefinition(format, `${row.tableKey}.${row.rowKey}.${row.columnKey}`)?.type ?? "count",
    value: row.decimalValue !== null ? row.decimalValue.toFixed() : row.intValue,
    unit: (row.unit as MoneyUnit | null) ?? null,
  }));
  return fromCells(format, cells);
}
