import type { Violation } from "./types";

/**
 * The key under which a clerk's explanation of a warning is stored: the rule and the checked cell.
 * Stable across saves, so an explanation stays attached to its warning while the figures change.
 */
export function warningKey(violation: Pick<Violation, "rule" | "cells">): string {
  return `${violation.rule}|${violation.cells[0] ?? ""}`;
}

export type WarningExplanations = Record<string, string>;

/** Warnings that still lack an explanation (what blocks a submission besides errors). */
export function listUnexplainedWarnings(
  violations: readonly Violation[],
  explanations: WarningExplanations,
): Violation[] {
  return violations.filter(
    (violation) => violation.level === "warning" && !explanations[warningKey(violation)]?.trim(),
  );
}
