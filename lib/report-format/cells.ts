// Cells one by one: their keys, definitions and labels, and the flat form the database stores.
import { getCompiledFormat } from "./compile-format";
import type {
  CellDefinition,
  CellValue,
  FormatKey,
  MoneyUnit,
  Report,
  ReportCell,
  ReportTables,
  RowValues,
  TableValues,
  TextKey,
} from "./types";

/** Every cell key (`table.row.column`) of the format, in format order. */
export function listCellKeys(format: FormatKey): readonly string[] {
  return getCompiledFormat(format).cellKeys;
}

/** Every cell of the format, in format order. */
export function listCellDefinitions(format: FormatKey): readonly CellDefinition[] {
  return getCompiledFormat(format).cells;
}

export function getCellDefinition(format: FormatKey, key: string): CellDefinition | undefined {
  return getCompiledFormat(format).cellsByKey.get(key);
}

/**
 * Human name of an address of a violation: "（七）总计·自然人" for `applications.3.7.natural`,
 * "一、总体情况" for `texts.overview`, "（七）总计·自然人（2020）" for a cell of another report
 * (`…@2020`); the address itself when the format has no such cell.
 */
export function labelCell(format: FormatKey, address: string): string {
  const at = address.indexOf("@");
  const key = at === -1 ? address : address.slice(0, at);
  const compiled = getCompiledFormat(format);
  const textKey = key.startsWith("texts.") ? key.slice("texts.".length) : null;
  const label =
    textKey !== null && Object.hasOwn(compiled.textHeadings, textKey)
      ? compiled.textHeadings[textKey as TextKey]
      : compiled.cellsByKey.get(key)?.label;
  if (label === undefined) return address;
  return at === -1 ? label : `${label}（${address.slice(at + 1)}）`;
}

/** The report's cells in format order, one per cell of the format (blank ones with value null). */
export function toCells(report: Pick<Report, "format" | "tables">): ReportCell[] {
  return getCompiledFormat(report.format).cells.map((cell): ReportCell => {
    const base = { table: cell.table, row: cell.row, column: cell.column, type: cell.type };
    const value = report.tables[cell.table]?.[cell.row]?.[cell.column] ?? null;
    if (cell.type !== "money") return { ...base, value: typeof value === "object" ? null : value };
    if (value !== null && typeof value === "object") return { ...base, value: value.value, unit: value.unit };
    return { ...base, value, unit: cell.units?.length === 1 ? cell.units[0] : null };
  });
}

/**
 * The interchange `tables` object for cells stored one per row, complete (missing cells are
 * blank). Throws on a cell the format does not have or a money amount without its unit:
 * both mean the stored data is corrupt.
 */
export function fromCells(format: FormatKey, cells: readonly ReportCell[]): ReportTables {
  const compiled = getCompiledFormat(format);
  const tables = tablesOf(format, () => null);
  for (const stored of cells) {
    const key = `${stored.table}.${stored.row}.${stored.column}`;
    const cell = compiled.cellsByKey.get(key);
    const row = tables[stored.table]?.[stored.row];
    if (!cell || !row) throw new Error(`Format ${format} has no cell ${key}`);
    row[stored.column] = tableValue(cell, stored.value, stored.unit);
  }
  return tables;
}

/**
 * The interchange `tables` object with each cell's value as `read` gives it, in one pass over
 * the format's cells: fromCells for a caller that already holds the cells by key (the autosave,
 * on every save), without building the interchange cells first.
 */
export function tablesOf(format: FormatKey, read: (cell: CellDefinition) => CellValue): ReportTables {
  const tables: ReportTables = {};
  for (const table of getCompiledFormat(format).tables) {
    const rows: TableValues = {};
    for (const row of table.rows) {
      const values: RowValues = {};
      for (const cell of row.cells) values[cell.column] = read(cell);
      rows[row.key] = values;
    }
    tables[table.definition.key] = rows;
  }
  return tables;
}

/**
 * A stored value as the interchange `tables` hold it: an amount in a column with a choice of
 * units carries its unit ({ value, unit }); every other value stands alone. Throws on such an
 * amount without its unit (corrupt data).
 */
export function tableValue(
  cell: CellDefinition,
  value: number | string | null,
  unit: string | null | undefined,
): CellValue {
  if (value === null || cell.type !== "money" || cell.units?.length === 1) return value;
  if (!unit) throw new Error(`Cell ${cell.key} holds an amount without its unit`);
  return { value: String(value), unit: unit as MoneyUnit };
}
