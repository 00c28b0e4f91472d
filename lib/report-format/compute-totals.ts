// Fills the computed cells (every `total` column, row 3.7) from their inputs, e.g. on each keystroke.
import { getCompiledFormat } from "./compile-format";
import { CELL_BLANK, CELL_FILLED, CELL_INVALID, readCellValues } from "./read-cell-values";
import type { FormatKey, ReportTables, RowValues } from "./types";

/**
 * A copy of `tables` (the input is not changed) with every computed cell set from its formula.
 * Blank inputs count as 0 so that a half-filled row already shows its running total; the total
 * is blank only when all its inputs are blank, or when one of them does not fit its type
 * (there is no trustworthy sum to show then, and `cell.invalid` names the culprit).
 */
export function computeTotals(format: FormatKey, tables: ReportTables): ReportTables {
  const compiled = getCompiledFormat(format);
  const { numbers, states } = readCellValues(compiled, tables);
  const result: ReportTables = { ...tables };
  // Copy on write: only the tables and rows holding computed cells are new objects.
  const copiedRows = new Map<string, RowValues>();
  const writableRow = (table: string, row: string): RowValues => {
    const key = `${table}.${row}`;
    let values = copiedRows.get(key);
    if (values) return values;
    const copiedTable = result[table] === tables[table] ? (result[table] = { ...tables[table] }) : result[table]!;
    values = copiedTable[row] = { ...copiedTable[row] };
    copiedRows.set(key, values);
    return values;
  };

  for (const formula of compiled.computeOrder) {
    let sum = 0;
    let filled = false;
    let invalid = false;
    for (const term of formula.terms) {
      const state = states[term.index];
      if (state === CELL_INVALID) invalid = true;
      else if (state === CELL_FILLED) {
        filled = true;
        sum += term.coef * numbers[term.index]!;
      }
    }
    const target = compiled.cells[formula.target]!;
    const value = invalid || !filled ? null : sum;
    states[formula.target] = invalid ? CELL_INVALID : filled ? CELL_FILLED : CELL_BLANK;
    numbers[formula.target] = sum;
    writableRow(target.table, target.row)[target.column] = value;
  }
  return result;
}
