// The live checks' latest answer for the whole report: the rule engine's violations, each cell's
// status, each section's state and issues, the progress and what blocks a submission. Re-run by
// the store a moment after the clerk pauses; a status that did not change keeps its object, and
// only the places whose status changed are woken.
import {
  REPORT_SCHEMA_ID,
  TEXT_KEYS,
  validateReport,
  type FormatKey,
  type Report,
  type ReportTables,
  type SectionKey,
  type TextKey,
  type ValidationResult,
} from "@/lib/report-format";
import type { DraftModel } from "./draft-model";
import type { KeyedSignal } from "./keyed-signal";
import {
  EMPTY_STATUS,
  buildCellStatuses,
  summariseSections,
  type CellStatus,
  type CheckInputs,
  type SectionIssues,
  type SectionSummary,
  wordForWizard,
} from "./live-checks";

export type ReportIdentity = { format: FormatKey; year: number; agencyName: string; previous: Report | null };

export class ReportChecks {
  report!: Report;
  result: ValidationResult = { ok: true, errors: 0, warnings: 0, violations: [] };
  sections = new Map<SectionKey, SectionSummary>();
  sectionIssues = new Map<SectionKey, SectionIssues>();
  progress = 0;
  blocking = { errors: 0, unexplained: 0 };
  private statuses = new Map<string, CellStatus>();

  constructor(
    private readonly identity: ReportIdentity,
    /** Woken per cell or text (`texts.overview`) whose status changed. */
    private readonly changedStatus: KeyedSignal,
  ) {}

  getStatus(address: string): CellStatus {
    return this.statuses.get(address) ?? EMPTY_STATUS;
  }

  run(draft: DraftModel, tables: ReportTables): void {
    const { format, year, agencyName, previous } = this.identity;
    this.report = {
      schema: REPORT_SCHEMA_ID,
      format,
      year,
      kind: "agency",
      agency: { name: agencyName },
      texts: draft.texts,
      tables,
    };
    const result = validateReport(this.report, { previous });
    this.result = { ...result, violations: result.violations.map((violation) => wordForWizard(format, violation)) };
    const inputs = checkInputs(format, draft, this.result);
    const before = this.statuses;
    this.statuses = buildCellStatuses(inputs, before);
    for (const [key, status] of this.statuses) if (before.get(key) !== status) this.changedStatus.notify(key);
    for (const key of before.keys()) if (!this.statuses.has(key)) this.changedStatus.notify(key);
    const summary = summariseSections(inputs, this.sections, this.sectionIssues);
    this.sections = summary.sections;
    this.sectionIssues = summary.issues;
    this.progress = summary.progress;
    const { errors, unexplained } = summary.blocking;
    if (this.blocking.errors !== errors || this.blocking.unexplained !== unexplained) this.blocking = summary.blocking;
  }
}

function checkInputs(format: FormatKey, draft: DraftModel, result: ValidationResult): CheckInputs {
  const textProblems: Partial<Record<TextKey, string>> = {};
  for (const key of TEXT_KEYS) {
    const problem = draft.textProblem(key);
    if (problem) textProblems[key] = problem;
  }
  return {
    format,
    inputs: draft.inputs,
    parsed: draft.parsedCells,
    texts: draft.texts,
    textProblems,
    prefilled: draft.prefilled,
    violations: result.violations,
    explanations: draft.explanations,
  };
}
