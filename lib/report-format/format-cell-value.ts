// The one way a stored cell value is written for people: on the public page, in the wizard's
// conflict dialog and totals, in the Word, Excel and CSV files, in messages and on the command
// line. An amount that carries its unit is followed by it with no space, as the official
// documents print it ("1.5万元").
import type { CellValue, MoneyUnit } from "./types";

/** "" for a blank cell; "12" for a count; "24252.311082" for an amount in its column's one unit. */
export function formatCellValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return formatAmount(value.value, value.unit);
  return String(value);
}

/** An amount with its unit when it has one ("1.5万元"); the digits alone otherwise. */
export function formatAmount(digits: string | number, unit: MoneyUnit | null | undefined): string {
  return unit ? `${digits}${unit}` : String(digits);
}
