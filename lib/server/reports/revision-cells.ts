import "server-only";
import type { CellDefinition, MoneyUnit, ReportCell, TextKey } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";

// A working revision's cells as plain rows, the way a save reads, compares, audits and writes them.

/** A cell's content with money as its exact decimal text (what is compared, audited and written). */
export type PlainCell = {
  intValue: number | null;
  decimalValue: string | null;
  unit: string | null;
  prefilled: boolean;
};

export type StoredPlainCell = PlainCell & { tableKey: string; rowKey: string; columnKey: string };

/**
 * The working revision's texts and cells, read as plain SQL rows: every save reads all of its
 * cells, and mapping them through the query builder cost more than the rest of the save. Money
 * comes as exact text without trailing zeros (as Decimal#toFixed() writes it).
 */
export async function readRevision(tx: Prisma.TransactionClient, revisionId: string) {
  const [revision] = await tx.$queryRaw<({ warningExplanations: Prisma.JsonValue } & Record<TextKey, string>)[]>`
    SELECT overview, problems, other, warning_explanations AS "warningExplanations" FROM report_revision WHERE id = ${revisionId}`;
  if (!revision) throw new Error(`revision ${revisionId} not found`);
  const cells = await tx.$queryRaw<StoredPlainCell[]>`
    SELECT table_key AS "tableKey", row_key AS "rowKey", column_key AS "columnKey", int_value AS "intValue",
      trim_scale(decimal_value)::text AS "decimalValue", unit, prefilled
    FROM report_cell WHERE revision_id = ${revisionId}`;
  return { ...revision, cells };
}

export function auditText(cell: PlainCell, multiUnit: boolean): string | null {
  const text = cell.decimalValue ?? (cell.intValue === null ? null : String(cell.intValue));
  if (text === null) return null;
  return multiUnit && cell.unit ? `${text} ${cell.unit}` : text;
}

export function toReportCell(definition: CellDefinition, cell: PlainCell | undefined): ReportCell {
  const base = { table: definition.table, row: definition.row, column: definition.column, type: definition.type };
  if (!cell) return { ...base, value: null };
  if (definition.type !== "money") return { ...base, value: cell.intValue };
  return { ...base, value: cell.decimalValue, unit: (cell.unit as MoneyUnit | null) ?? null };
}
