// summary.sum-of-members: a 本级政府汇总 report equals, cell by cell, the sum of its members' reports.
import type { CompiledFormat } from "./compile-format";
import { formatMicroYuan } from "./decimal";
import { formatAmount } from "./format-cell-value";
import { CELL_FILLED, readCellValues, type CellValues } from "./read-cell-values";
import type { MoneyUnit, Report } from "./types";
import type { ViolationList } from "./violation-list";

export function checkMemberSums(
  list: ViolationList,
  compiled: CompiledFormat,
  values: CellValues,
  members: readonly Report[],
): void {
  const memberValues = members.map((member) => readCellValues(compiled, member.tables));
  const sources = `${members.length} 份下级报告`;
  for (const cell of compiled.cells) {
    if (values.states[cell.index] !== CELL_FILLED) continue;
    if (memberValues.some((member) => member.states[cell.index] !== CELL_FILLED)) continue;

    let expected: number | string;
    let actual: number | string;
    let unit: MoneyUnit | undefined;
    if (cell.moneySlot === -1) {
      actual = values.numbers[cell.index]!;
      expected = 0;
      for (const member of memberValues) expected += member.numbers[cell.index]!;
      if (expected === actual) continue;
    } else {
      // Exact sums in micro-元, whatever unit each report wrote; shown in the summary's unit.
      unit = values.moneyUnits[cell.moneySlot]!;
      const own = values.money[cell.moneySlot]!;
      let sum = 0n;
      for (const member of memberValues) sum += member.money[cell.moneySlot]!;
      if (sum === own) continue;
      expected = formatMicroYuan(sum, unit);
      actual = formatMicroYuan(own, unit);
    }
    list.add(
      cell.position,
      "summary.sum-of-members",
      [cell.key, ...members.map((member) => `${cell.key}@${member.agency.name}`)],
      expected,
      actual,
      `${cell.label} 应等于 ${sources}之和 ${formatAmount(expected, unit)}，实填 ${formatAmount(actual, unit)}`,
    );
  }
}
