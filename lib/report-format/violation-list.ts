import { RULES } from "./rule-catalogue";
import type { RuleId, ValidationResult, Violation } from "./types";

interface Placed {
  position: number;
  violation: Violation;
}

/** Collects violations with their place in format order and returns them in the documented order. */
export class ViolationList {
  private readonly placed: Placed[] = [];

  add(
    position: number,
    rule: RuleId,
    cells: string[],
    expected: Violation["expected"],
    actual: Violation["actual"],
    message: string,
  ): void {
    this.placed.push({ position, violation: { rule, level: RULES[rule].level, cells, expected, actual, message } });
  }

  /** By table in format order, then row, then column (that is, the checked cell's position), then rule id. */
  toResult(): ValidationResult {
    this.placed.sort((a, b) =>
      a.position !== b.position
        ? a.position - b.position
        : a.violation.rule < b.violation.rule
          ? -1
          : a.violation.rule > b.violation.rule
            ? 1
            : 0,
    );
    let errors = 0;
    for (const { violation } of this.placed) if (violation.level === "error") errors++;
    return {
      ok: errors === 0,
      errors,
      warnings: this.placed.length - errors,
      violations: this.placed.map(({ violation }) => violation),
    };
  }
}
