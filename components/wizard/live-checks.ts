// What the live checks mean for the screen: each cell's status (error, warning, prefilled) and
// each section's state, issues and share of the progress. Pure; the store calls it after every
// change and keeps the previous objects where nothing changed, so subscribers re-render only then.
import {
  getCellDefinition,
  listUnexplainedWarnings,
  TEXT_KEYS,
  type CellDefinition,
  type CellInputResult,
  type FormatKey,
  type SectionKey,
  type TextKey,
  type Violation,
  type WarningExplanations,
} from "@/lib/report-format";
import { listSections, sectionOfAddress } from "./report-fields";

export type CellStatus = { level: "error" | "warning" | null; messages: readonly string[]; prefilled: boolean };
export type SectionState = "empty" | "in_progress" | "errors" | "warnings" | "complete";
export type SectionSummary = {
  state: SectionState;
  filled: number;
  total: number;
  errors: number;
  warnings: number;
  blanks: number;
};
export type SectionIssues = { violations: readonly Violation[]; incomplete: { count: number; first: string } | null };

export type CheckInputs = {
  format: FormatKey;
  /** The format's input cells. */
  inputs: readonly CellDefinition[];
  parsed: ReadonlyMap<string, CellInputResult>;
  texts: Readonly<Record<TextKey, string>>;
  /** Texts that cannot be saved as they are (HTML, too long). */
  textProblems: Partial<Record<TextKey, string>>;
  prefilled: ReadonlySet<string>;
  violations: readonly Violation[];
  explanations: WarningExplanations;
};

export const EMPTY_STATUS: CellStatus = { level: null, messages: [], prefilled: false };
const PREFILLED_STATUS: CellStatus = { level: null, messages: [], prefilled: true };
/** Not wrong, only not done yet: shown as 未填写, not in red at every blank cell. */
const INCOMPLETE_RULES = new Set(["cell.blank", "text.required"]);

/** A text or an input cell: a place the clerk fills (a blank total is only blank inputs). */
function isTypedPlace(format: FormatKey, address: string): boolean {
  return address.startsWith("texts.") || getCellDefinition(format, address)?.computed === false;
}

/** Status of every cell (and text, as `texts.overview`) that has something to show; `previous` objects are reused when unchanged. */
export function buildCellStatuses(
  checks: CheckInputs,
  previous: ReadonlyMap<string, CellStatus>,
): Map<string, CellStatus> {
  const messages = new Map<string, { level: "error" | "warning"; texts: string[] }>();
  const add = (key: string, level: "error" | "warning", text: string) => {
    const entry = messages.get(key) ?? { level, texts: [] };
    if (level === "error") entry.level = "error";
    if (!entry.texts.includes(text)) entry.texts.push(text);
    messages.set(key, entry);
  };
  for (const cell of checks.inputs) {
    const parsed = checks.parsed.get(cell.key);
    if (parsed && !parsed.ok) add(cell.key, "error", parsed.message);
  }
  for (const key of TEXT_KEYS) {
    const problem = checks.textProblems[key];
    if (problem) add(`texts.${key}`, "error", problem);
  }
  for (const violation of checks.violations) {
    // cell.invalid repeats what the parser said at the cell already.
    if (INCOMPLETE_RULES.has(violation.rule) || violation.rule === "cell.invalid") continue;
    const first = violation.cells[0] ?? "";
    if (first.startsWith("texts.")) add(first, violation.level, violation.message);
    for (const address of violation.cells) {
      if (address.includes("@") || address.startsWith("texts.") || !getCellDefinition(checks.format, address)) continue;
      add(address, violation.level, violation.message);
    }
  }
  const next = new Map<string, CellStatus>();
  for (const key of [...messages.keys(), ...checks.prefilled]) {
    const entry = messages.get(key);
    const prefilled = checks.prefilled.has(key);
    if (!entry) {
      if (prefilled) next.set(key, PREFILLED_STATUS);
      continue;
    }
    const old = previous.get(key);
    const same =
      old &&
      old.level === entry.level &&
      old.prefilled === prefilled &&
      old.messages.join("\n") === entry.texts.join("\n");
    next.set(key, same ? old : { level: entry.level, messages: entry.texts, prefilled });
  }
  return next;
}

function issueSignature(issues: SectionIssues): string {
  const violations = issues.violations
    .map((violation) => `${violation.rule}|${violation.cells.join(",")}|${violation.message}`)
    .join("\n");
  return `${issues.incomplete?.count ?? 0}|${issues.incomplete?.first ?? ""}|${violations}`;
}

/**
 * Per section: its state for the step list, its issues for the step's list, and how much of the
 * report is filled (each step's input cells, each required text) and what still blocks a submission.
 */
export function summariseSections(
  checks: CheckInputs,
  previousSections: ReadonlyMap<SectionKey, SectionSummary>,
  previousIssues: ReadonlyMap<SectionKey, SectionIssues>,
) {
  const unexplained = new Set(listUnexplainedWarnings(checks.violations, checks.explanations));
  const bySection = new Map<SectionKey, Violation[]>();
  // Listed in every section it marks a cell of (a rule of 二 can mark a total of 三 too), counted in its first cell's.
  const touching = new Map<SectionKey, Violation[]>();
  for (const violation of checks.violations) {
    const section = sectionOfAddress(checks.format, violation.cells[0] ?? "");
    if (!section) continue;
    const list = bySection.get(section) ?? [];
    list.push(violation);
    bySection.set(section, list);
    const marked = new Set(
      violation.cells
        .filter((address) => !address.includes("@"))
        .map((address) => sectionOfAddress(checks.format, address)),
    );
    for (const other of marked) {
      if (!other || INCOMPLETE_RULES.has(violation.rule)) continue;
      const listed = touching.get(other) ?? [];
      listed.push(violation);
      touching.set(other, listed);
    }
  }
  const sections = new Map(previousSections);
  const issuesBySection = new Map(previousIssues);
  // Progress: each section (a required text, or a step's tables) weighs the same, so a report
  // with every number typed and two required texts empty is not "98%".
  let filledShare = 0;
  let counted = 0;
  for (const section of listSections(checks.format)) {
    const violations = bySection.get(section.key) ?? [];
    let filled = 0;
    let total = 0;
    let localProblems = 0;
    if (section.content.kind === "text") {
      total = 1;
      filled = checks.texts[section.key as TextKey].trim() ? 1 : 0;
      localProblems = checks.textProblems[section.key as TextKey] ? 1 : 0;
      if (section.content.required) {
        counted += 1;
        filledShare += filled;
      }
    } else {
      const tables = new Set(section.content.tables.map((table) => table.key));
      for (const cell of checks.inputs) {
        if (!tables.has(cell.table)) continue;
        total++;
        const parsed = checks.parsed.get(cell.key);
        if (parsed?.ok && parsed.value !== null) filled++;
      }
      if (total) {
        counted += 1;
        filledShare += filled / total;
      }
    }
    const incomplete = violations.filter(
      (violation) => INCOMPLETE_RULES.has(violation.rule) && isTypedPlace(checks.format, violation.cells[0] ?? ""),
    );
    const errors =
      violations.filter((violation) => violation.level === "error" && !INCOMPLETE_RULES.has(violation.rule)).length +
      localProblems;
    const warnings = violations.filter((violation) => unexplained.has(violation)).length;
    const state: SectionState =
      errors > 0
        ? "errors"
        : warnings > 0
          ? "warnings"
          : filled === 0
            ? "empty"
            : incomplete.length > 0
              ? "in_progress"
              : "complete";
    const summary: SectionSummary = { state, filled, total, errors, warnings, blanks: incomplete.length };
    const old = sections.get(section.key);
    if (!old || JSON.stringify(old) !== JSON.stringify(summary)) sections.set(section.key, summary);

    const issues: SectionIssues = {
      violations: touching.get(section.key) ?? [],
      incomplete: incomplete.length ? { count: incomplete.length, first: incomplete[0]!.cells[0]! } : null,
    };
    const oldIssues = issuesBySection.get(section.key);
    if (!oldIssues || issueSignature(oldIssues) !== issueSignature(issues)) issuesBySection.set(section.key, issues);
  }
  let errors = 0;
  for (const violation of checks.violations) {
    if (
      violation.level === "error" &&
      (violation.rule !== "cell.blank" || isTypedPlace(checks.format, violation.cells[0] ?? ""))
    )
      errors++;
  }
  return {
    sections,
    issues: issuesBySection,
    progress: counted ? Math.floor((filledShare / counted) * 100) : 0,
    blocking: { errors, unexplained: unexplained.size },
  };
}

/**
 * Where a violation is shown: its first cell of this report that the clerk can type into (or its
 * text); for a rule on totals only (（四）结转·总计 against the other totals), the total it checks,
 * where its mark is.
 */
export function focusTargetOf(format: FormatKey, violation: Pick<Violation, "cells">): string | null {
  const own = violation.cells.filter((address) => !address.includes("@"));
  for (const address of own) {
    if (address.startsWith("texts.")) return address;
    if (getCellDefinition(format, address)?.computed === false) return address;
  }
  return own.find((address) => getCellDefinition(format, address)) ?? null;
}

/**
 * The wizard's wording of a violation. In the wizard every total is computed, so a total that does
 * not balance was not "实填" (typed) by anyone: it is what the clerk's figures add up to.
 */
export function wordForWizard(format: FormatKey, violation: Violation): Violation {
  const target = violation.cells[0] ?? "";
  if (!getCellDefinition(format, target)?.computed || violation.actual === null) return violation;
  const typed = `，实填 ${violation.actual}`;
  if (!violation.message.endsWith(typed)) return violation;
  return {
    ...violation,
    message: `${violation.message.slice(0, -typed.length)}，而按已填数字合计为 ${violation.actual}，请核对相关各栏`,
  };
}
