// The 勾稽关系 and the other linear checks (target op Σ terms), within a report and across years.
import type { CompiledFormat, LinearInstance } from "./compile-format";
import { CELL_FILLED, type CellValues } from "./read-cell-values";
import type { LinearRuleId } from "./types";
import type { ViolationList } from "./violation-list";

interface LinearMessageInput {
  label: string;
  expected: number;
  actual: number;
  previousYear: number;
}

const messages: Readonly<Record<LinearRuleId, (input: LinearMessageInput) => string>> = {
  "applications.row-total": ({ label, expected, actual }) =>
    `${label} 应等于本行各类申请人之和 ${expected}，实填 ${actual}`,
  "applications.result-total": ({ label, expected, actual }) =>
    `${label} 应等于各项办理结果之和 ${expected}，实填 ${actual}`,
  "applications.balance": ({ label, expected, actual }) =>
    `${label} 应等于第一项加第二项之和减去第三项（七）总计，即 ${expected}，实填 ${actual}`,
  "reviews.total": ({ label, expected, actual }) =>
    `${label} 应等于结果维持、结果纠正、其他结果、尚未审结之和 ${expected}，实填 ${actual}`,
  "proactive.made-vs-in-force": ({ label, expected, actual }) =>
    `${label} ${actual} 大于现行有效件数与本年废止件数之和 ${expected}`,
  "proactive.prev-plus-change": ({ label, expected, actual }) =>
    `${label} ${actual} 使项目数量成为负数：上一年项目数量 ${-expected} 加本年增/减得 ${actual - expected}`,
  "proactive.published-vs-total": ({ label, expected, actual }) => `${label} ${actual} 大于对外公开总数量 ${expected}`,
  "cross-year.carry-over": ({ label, expected, actual, previousYear }) =>
    `${label} 应等于 ${previousYear} 年度报告的“四、结转下年度继续办理” ${expected}，实填 ${actual}`,
  "cross-year.in-force": ({ label, expected, actual, previousYear }) =>
    `${label} 应等于 ${previousYear} 年度的现行有效件数加本年制发件数减本年废止件数，即 ${expected}，实填 ${actual}`,
  "cross-year.prev-items": ({ label, expected, actual, previousYear }) =>
    `${label} 应等于 ${previousYear} 年度报告的上一年项目数量加本年增/减，即 ${expected}，实填 ${actual}`,
  "cross-year.total-published": ({ label, expected, actual, previousYear }) =>
    `${label} 应等于 ${previousYear} 年度的对外公开总数量加本年新公开数量，即 ${expected}，实填 ${actual}`,
};

interface PreviousValues {
  compiled: CompiledFormat;
  values: CellValues;
  year: number;
}

export function checkLinear(
  list: ViolationList,
  compiled: CompiledFormat,
  instances: readonly LinearInstance[],
  values: CellValues,
  previous: PreviousValues | null,
): void {
  const { states, numbers } = values;
  for (const instance of instances) {
    if (states[instance.target] !== CELL_FILLED) continue;
    let expected = 0;
    let readable = true;
    for (const term of instance.terms) {
      const source = term.fromPrevious && previous ? previous.values : values;
      if (source.states[term.index] !== CELL_FILLED) {
        readable = false;
        break;
      }
      expected += term.coef * source.numbers[term.index]!;
    }
    if (!readable) continue;
    const actual = numbers[instance.target]!;
    const { op, rule } = instance.check;
    if (op === "=" ? actual === expected : op === "<=" ? actual <= expected : actual >= expected) continue;

    const target = compiled.cells[instance.target]!;
    const cells = [target.key];
    for (const term of instance.terms) {
      cells.push(
        term.fromPrevious && previous
          ? `${previous.compiled.cells[term.index]!.key}@${previous.year}`
          : compiled.cells[term.index]!.key,
      );
    }
    list.add(
      target.position,
      rule,
      cells,
      op === "=" ? expected : `${op === "<=" ? "≤" : "≥"} ${expected}`,
      actual,
      messages[rule]({ label: target.label, expected, actual, previousYear: previous?.year ?? 0 }),
    );
  }
}
