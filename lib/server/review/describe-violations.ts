import "server-only";
import { labelCell, warningKey, type FormatKey, type Violation, type WarningExplanations } from "@/lib/report-format";

export type ReviewViolation = Violation & {
  /** Human names of the cells the rule read, the checked one first. */
  labels: string[];
  /** The clerk's explanation of a warning (errors have none). */
  explanation: string | null;
};

/** Violations as the reviewer reads them: with cell names and, for warnings, the clerk's explanation. */
export function describeViolations(
  format: FormatKey,
  violations: readonly Violation[],
  explanations: WarningExplanations,
): ReviewViolation[] {
  return violations.map((violation) => ({
    ...violation,
    labels: violation.cells.map((cell) => labelCell(format, cell)),
    explanation: violation.level === "warning" ? explanations[warningKey(violation)]?.trim() || null : null,
  }));
}
