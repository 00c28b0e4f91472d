import {
  formatAmount,
  tableValue,
  tablesOf,
  type FormatKey,
  type MoneyUnit,
  type ReportTables,
} from "@/lib/report-format";

// A `report_cell` row as every part of the server reads and writes it: counts in intValue, money
// in decimalValue as exact decimal text without trailing zeros ("12.5", never "12.500" or a float),
// the unit where it is part of the value, blank as null.

/** A cell's content: what is compared, audited and written. */
export type CellContent = {
  intValue: number | null;
  decimalValue: string | null;
  unit: string | null;
  prefilled: boolean;
};

export type CellAddress = { tableKey: string; rowKey: string; columnKey: string };

export type CellRow = CellAddress & CellContent;

/** "table.row.column", the key the format declaration and the browser use. */
export function cellKey(cell: CellAddress): string {
  return `${cell.tableKey}.${cell.rowKey}.${cell.columnKey}`;
}

/** cellKey in SQL, of the report_cell row `alias`. */
export function cellKeySql(alias: string): string {
  return `${alias}.table_key || '.' || ${alias}.row_key || '.' || ${alias}.column_key`;
}

/** "12", "24252.311082" or "" for blank: the same text parseCellInput gives for the value. */
export function cellInputText(cell: Pick<CellContent, "intValue" | "decimalValue">): string {
  if (cell.decimalValue !== null) return cell.decimalValue;
  return cell.intValue === null ? "" : String(cell.intValue);
}

/** The value as the audit trail shows it, with its unit when the column offers a choice of units. */
export function cellAuditText(cell: CellContent, withUnit: boolean): string | null {
  const text = cell.decimalValue ?? (cell.intValue === null ? null : String(cell.intValue));
  if (text === null) return null;
  return withUnit && cell.unit ? formatAmount(text, cell.unit as MoneyUnit) : text;
}

/**
 * The interchange `tables` of stored contents, keyed "table.row.column" (missing cells are blank):
 * what the rules and totals work on.
 */
export function tablesFromContents(format: FormatKey, contents: ReadonlyMap<string, CellContent>): ReportTables {
  return tablesOf(format, (definition) => {
    const cell = contents.get(definition.key);
    if (!cell) return null;
    return definition.type === "money" ? tableValue(definition, cell.decimalValue, cell.unit) : cell.intValue;
  });
}
