// The rule engine: every rule of docs/report-formats.md, driven by the format declarations.
import { describeProblem } from "./cell-value";
import { getCompiledFormat, getCrossYearChecks, type CompiledFormat } from "./compile-format";
import {
  CELL_BLANK,
  CELL_FILLED,
  CELL_INVALID,
  findStoredProblem,
  readCellValue,
  readCellValues,
  type CellValues,
} from "./read-cell-values";
import type { Report, ReportTables, ValidationResult } from "./types";
import { checkLinear } from "./validate-linear";
import { checkMemberSums } from "./validate-members";
import { checkTexts } from "./validate-texts";
import { ViolationList } from "./violation-list";

export interface ValidateReportOptions {
  /** The same agency's report for the year before (either format). */
  previous?: Report | null;
  /** For a summary report: the member reports of the same year. */
  members?: readonly Report[];
}

function checkCellStates(
  list: ViolationList,
  compiled: CompiledFormat,
  values: CellValues,
  tables: ReportTables,
): void {
  for (const cell of compiled.cells) {
    const state = values.states[cell.index];
    if (state === CELL_BLANK) {
      list.add(cell.position, "cell.blank", [cell.key], null, null, `${cell.label} 未填写（没有发生的填 0）`);
    } else if (state === CELL_INVALID) {
      const value = readCellValue(tables, cell) ?? null;
      const found = findStoredProblem(value, cell);
      if (!found) throw new Error(`${cell.key} was read as invalid but fits its type`);
      list.add(
        cell.position,
        "cell.invalid",
        [cell.key],
        null,
        found.shown,
        `${cell.label} ${describeProblem(found.problem, found.shown, cell.type, cell.units)}`,
      );
    }
  }
}

function checkShares(list: ViolationList, compiled: CompiledFormat, values: CellValues): void {
  const { states, numbers } = values;
  for (const share of compiled.shares) {
    const { check } = share;
    if (states[share.whole] !== CELL_FILLED) continue;
    const whole = numbers[share.whole]!;
    if (whole < check.minWhole) continue;
    let part = 0;
    let readable = true;
    for (const index of share.parts) {
      if (states[index] !== CELL_FILLED) {
        readable = false;
        break;
      }
      part += numbers[index]!;
    }
    if (!readable || part * check.denominator <= whole * check.numerator) continue;
    const limit = (whole * check.numerator) / check.denominator;
    const percent = `${(check.numerator * 100) / check.denominator}%`;
    const wholeCell = compiled.cells[share.whole]!;
    list.add(
      compiled.cells[share.parts[0]!]!.position,
      check.rule,
      [...share.parts.map((index) => compiled.cells[index]!.key), wholeCell.key],
      `≤ ${limit}`,
      part,
      `${share.label} 为 ${part}，超过${wholeCell.label} ${whole} 的 ${percent}，请说明原因`,
    );
  }
}

/**
 * Checks a report against every rule of its format. `previous` adds the cross-year rules (it must
 * be for the year before); `members` adds `summary.sum-of-members` to a summary report (they must
 * be for the same year). A rule that would read a blank or invalid cell is not evaluated: that cell
 * is reported once, by `cell.blank` or `cell.invalid`.
 */
export function validateReport(report: Report, options: ValidateReportOptions = {}): ValidationResult {
  const { previous = null, members = [] } = options;
  if (previous && previous.year !== report.year - 1) {
    throw new RangeError(`The previous report is for ${previous.year}, expected ${report.year - 1}`);
  }
  const strayMember = members.find((member) => member.year !== report.year || member.format !== report.format);
  if (strayMember)
    throw new RangeError(
      `Member report ${strayMember.agency.name} is for ${strayMember.year}, expected ${report.year}`,
    );

  const compiled = getCompiledFormat(report.format);
  const values = readCellValues(compiled, report.tables);
  const list = new ViolationList();
  checkCellStates(list, compiled, values, report.tables);
  checkLinear(list, compiled, compiled.linear, values, null);
  checkShares(list, compiled, values);
  checkTexts(list, compiled, report, values, previous);
  if (previous) {
    const previousCompiled = getCompiledFormat(previous.format);
    checkLinear(list, compiled, getCrossYearChecks(report.format, previous.format), values, {
      compiled: previousCompiled,
      values: readCellValues(previousCompiled, previous.tables),
      year: previous.year,
    });
  }
  if (report.kind === "summary" && members.length > 0) checkMemberSums(list, compiled, values, members);
  return list.toResult();
}
