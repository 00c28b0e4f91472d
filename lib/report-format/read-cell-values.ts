// Reads a report's cells into flat arrays in format order, checking each value against its type.
import { checkInteger, isMoneyUnit, readNumberText, type CellProblem } from "./cell-value";
import type { CompiledCell, CompiledFormat } from "./compile-format";
import { moneyToMicroYuan } from "./decimal";
import type { CellValue, MoneyUnit, ReportTables } from "./types";

export const CELL_FILLED = 0;
export const CELL_BLANK = 1;
export const CELL_INVALID = 2;

export interface CellValues {
  /** Count and signed values by cell index (0 for the others). */
  numbers: Float64Array;
  /** CELL_FILLED, CELL_BLANK or CELL_INVALID by cell index. */
  states: Uint8Array;
  /** Money by money slot, in micro-元. */
  money: (bigint | undefined)[];
  /** Unit the money was written in, by money slot. */
  moneyUnits: (MoneyUnit | undefined)[];
}

type StoredValueCheck =
  { ok: true; digits: string; unit: MoneyUnit } | { ok: false; problem: CellProblem; shown: string };

function showValue(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

/** A stored money value: a decimal string in the column's only unit, or `{ value, unit }`. */
function checkStoredMoney(value: CellValue, cell: CompiledCell): StoredValueCheck {
  const units = cell.units ?? [];
  const [onlyUnit] = units;
  let digits: unknown = value;
  let unit: unknown = onlyUnit;
  if (units.length !== 1) {
    if (typeof value !== "object" || value === null)
      return { ok: false, problem: { code: "not-number" }, shown: showValue(value) };
    digits = value.value;
    unit = value.unit;
    if (!isMoneyUnit(unit, units)) return { ok: false, problem: { code: "bad-unit" }, shown: showValue(unit) };
  }
  if (typeof digits !== "string" || !isMoneyUnit(unit, units))
    return { ok: false, problem: { code: "not-number" }, shown: showValue(digits) };
  const reading = readNumberText(digits, "money", false);
  if (!reading.ok) return { ok: false, problem: reading.problem, shown: digits };
  return { ok: true, digits: String(reading.value), unit };
}

/** What is wrong with a stored value that is neither blank nor fitting (for `cell.invalid`). */
export function findStoredProblem(
  value: CellValue,
  cell: CompiledCell,
): { problem: CellProblem; shown: string } | null {
  if (cell.type === "money") {
    const check = checkStoredMoney(value, cell);
    return check.ok ? null : check;
  }
  if (typeof value !== "number") return { problem: { code: "not-number" }, shown: showValue(value) };
  const problem = checkInteger(value, cell.type);
  return problem ? { problem, shown: String(value) } : null;
}

export function readCellValue(tables: ReportTables, cell: CompiledCell): CellValue | undefined {
  return tables[cell.table]?.[cell.row]?.[cell.column];
}

export function readCellValues(compiled: CompiledFormat, tables: ReportTables): CellValues {
  const size = compiled.cells.length;
  const values: CellValues = {
    numbers: new Float64Array(size),
    states: new Uint8Array(size),
    money: new Array<bigint | undefined>(compiled.moneyCells.length),
    moneyUnits: new Array<MoneyUnit | undefined>(compiled.moneyCells.length),
  };
  for (const table of compiled.tables) {
    const tableValues = tables[table.definition.key];
    for (const row of table.rows) {
      const rowValues = tableValues?.[row.key];
      for (const cell of row.cells) {
        const value = rowValues?.[cell.column];
        if (value === null || value === undefined) {
          values.states[cell.index] = CELL_BLANK;
        } else if (cell.moneySlot === -1) {
          if (typeof value === "number" && checkInteger(value, cell.type) === null) values.numbers[cell.index] = value;
          else values.states[cell.index] = CELL_INVALID;
        } else {
          const money = checkStoredMoney(value, cell);
          if (!money.ok) {
            values.states[cell.index] = CELL_INVALID;
            continue;
          }
          values.money[cell.moneySlot] = moneyToMicroYuan(money.digits, money.unit);
          values.moneyUnits[cell.moneySlot] = money.unit;
        }
      }
    }
  }
  return values;
}
