import { RULES, labelCell, type FormatKey, type RuleId } from "@/lib/report-format";

export type AuditCellKind = "cell" | "text" | "explanation";

const EXPLANATION_PREFIX = "explanations.";

/**
 * What an `audit_cell_change.cell` names, for people: a table cell (`applications.1.natural`),
 * a text (`texts.overview`) or the clerk's explanation of a warning (`explanations.<rule>|<cell>`).
 */
export function describeAuditCell(format: FormatKey, cell: string): { kind: AuditCellKind; label: string } {
  if (cell.startsWith("texts.")) return { kind: "text", label: labelCell(format, cell) };
  if (!cell.startsWith(EXPLANATION_PREFIX)) return { kind: "cell", label: labelCell(format, cell) };
  const [rule = "", checked = ""] = cell.slice(EXPLANATION_PREFIX.length).split("|");
  const title = Object.hasOwn(RULES, rule) ? RULES[rule as RuleId].title : rule;
  return { kind: "explanation", label: `警告说明：${title}${checked ? `（${labelCell(format, checked)}）` : ""}` };
}
