import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CellRow } from "./cell-row";

// The one writer of `report_cell`: a wizard save, an import, a summary computation, a correction,
// the seed and the generated province all store cells through here, as one statement however many
// cells there are (saves are frequent, and a statement per cell made them slow).

export type RevisionCellRow = CellRow & { revisionId: string };

/**
 * The statement that inserts (or overwrites) cell rows given as eight arrays, parameters `$first`
 * to `$first + 7` in cellUpsertValues's order, only where `guard` holds (the autosave writes its
 * cells only if its version check passed, in the same statement).
 */
export function cellUpsertSql(first = 1, guard = "TRUE"): string {
  const types = ["text", "text", "text", "text", "int", "numeric", "text", "boolean"];
  return `
  INSERT INTO report_cell (revision_id, table_key, row_key, column_key, int_value, decimal_value, unit, prefilled)
  SELECT * FROM unnest(${types.map((type, index) => `$${first + index}::${type}[]`).join(", ")})
  WHERE ${guard}
  ON CONFLICT (revision_id, table_key, row_key, column_key) DO UPDATE SET
    int_value = EXCLUDED.int_value, decimal_value = EXCLUDED.decimal_value, unit = EXCLUDED.unit,
    prefilled = EXCLUDED.prefilled`;
}

/** The eight arrays cellUpsertSql takes. */
export function cellUpsertValues(rows: readonly RevisionCellRow[]): unknown[] {
  return [
    rows.map((row) => row.revisionId),
    rows.map((row) => row.tableKey),
    rows.map((row) => row.rowKey),
    rows.map((row) => row.columnKey),
    rows.map((row) => row.intValue),
    rows.map((row) => row.decimalValue),
    rows.map((row) => row.unit),
    rows.map((row) => row.prefilled),
  ];
}

const UPSERT_CELLS = cellUpsertSql();

/**
 * The statement that inserts (or overwrites) `rows`, as SQL text and its parameters, for a client
 * outside Prisma (the province generator writes thousands of revisions through a plain pg client).
 */
export function cellWriteStatement(rows: readonly RevisionCellRow[]): { text: string; values: unknown[] } {
  return { text: UPSERT_CELLS, values: cellUpsertValues(rows) };
}

/**
 * Stores `rows` in a revision, overwriting the cells at the same addresses. With `replace`, the
 * revision's other cells are deleted first, so it holds exactly `rows`.
 */
export async function writeCells(
  client: Prisma.TransactionClient,
  revisionId: string,
  rows: readonly CellRow[],
  options: { replace?: boolean } = {},
): Promise<void> {
  if (options.replace) await client.$executeRaw`DELETE FROM report_cell WHERE revision_id = ${revisionId}`;
  if (!rows.length) return;
  const { text, values } = cellWriteStatement(rows.map((row) => ({ ...row, revisionId })));
  await client.$executeRawUnsafe(text, ...values);
}

/** A copy of one revision's cells into another (a correction starts from the published revision), none prefilled. */
export async function copyCells(client: Prisma.TransactionClient, fromRevisionId: string, toRevisionId: string) {
  await client.$executeRaw`
    INSERT INTO report_cell (revision_id, table_key, row_key, column_key, int_value, decimal_value, unit, prefilled)
    SELECT ${toRevisionId}, table_key, row_key, column_key, int_value, decimal_value, unit, false
    FROM report_cell WHERE revision_id = ${fromRevisionId}`;
}
