// The wizard's state outside React. The draft (draft-model.ts) is the one owner of every value:
// the inputs are uncontrolled and write to it, and it writes back to them only when a value comes
// from elsewhere (a suggestion, the server, the kept copy, 其余空格填 0). A change wakes, per key,
// the places that show it: the cell, the totals that add it up (the format's totals graph), its
// text's character count. The live checks over the whole report run a moment after typing pauses,
// then each cell's status and each section's state wake their own subscribers. Saving lives in
// draft-sync.ts.
import {
  formatCellValue,
  getCellDefinition,
  listCellDefinitions,
  listTotalInputs,
  type FormatKey,
  type MoneyUnit,
  type Report,
  type ReportTables,
  type SectionKey,
  type TextKey,
  type Violation,
} from "@/lib/report-format";
import type { ReportForEditing } from "@/lib/server/reports/get-report-for-editing";
import type { WizardActions } from "@/lib/requests/wizard";
import { derivePrefillValue, listPrefillLinks, type PrefillLink } from "@/lib/report-format/derive-prefill";
import { DraftModel } from "./draft-model";
import { DraftSync, type Conflict, type SaveStatus } from "./draft-sync";
import { listBlankInputs } from "./fill-blanks";
import { KeyedSignal } from "./keyed-signal";
import type { CellStatus, SectionIssues, SectionSummary } from "./live-checks";
import { ReportChecks } from "./report-checks";
import { listTotalsOf } from "./total-dependents";
import type { RestoreOffer } from "./local-copy";

export type { CellStatus, SectionIssues, SectionState, SectionSummary } from "./live-checks";
export type { ConflictItem } from "./merge-saved-state";
export type { Conflict, SaveStatus } from "./draft-sync";
export type { RestoreOffer } from "./local-copy";

export type WizardData = Omit<ReportForEditing, "deadline"> & {
  deadline: string | null;
  /** Days from today to the deadline on Beijing's calendar: negative once it passed. */
  daysLeft?: number | null;
};

/**
 * How long after the last change the whole report is checked again. Checking takes a few ms, many
 * more on a slow PC: run between two keystrokes of someone typing (about 5 a second), it would hold up
 * the next one, so the checks wait for a real pause.
 */
export const CHECK_DELAY_MS = 400;

/** What 其余空格填 0 filled, for its one-click undo. */
export type FillRecord = { tables: readonly string[]; keys: readonly string[] };

export class WizardStore {
  readonly reportId: string;
  readonly format: FormatKey;
  readonly year: number;
  readonly readOnly: boolean;
  readonly previous: Report | null;
  readonly agencyName: string;
  readonly actions: WizardActions;

  /** A cell's typed value or unit, or a text (`texts.overview`), changed. */
  readonly values = new KeyedSignal();
  /** A computed cell's shown text changed. */
  readonly totals = new KeyedSignal();
  /** A cell's or text's check status changed. */
  readonly statuses = new KeyedSignal();

  readonly draft: DraftModel;
  private readonly sync: DraftSync;
  private readonly prefillLinksByTerm = new Map<string, PrefillLink[]>();
  private readonly computedKeys: readonly string[];

  private tables: ReportTables;
  private readonly totalTexts = new Map<string, string | null>();
  private readonly checks: ReportChecks;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private lastFill: FillRecord | null = null;

  private pendingFocus: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(data: WizardData, actions: WizardActions | WizardActions["save"]) {
    this.reportId = data.id;
    this.format = data.format;
    this.year = data.year;
    this.readOnly = data.readOnly;
    this.previous = data.previous;
    this.agencyName = data.agency.name;
    this.actions = typeof actions === "function" ? { save: actions, submit: unavailable, reply: unavailable } : actions;
    this.draft = new DraftModel(data.format, data.state);
    this.checks = new ReportChecks(
      { format: data.format, year: data.year, agencyName: data.agency.name, previous: data.previous },
      this.statuses,
    );
    this.computedKeys = listCellDefinitions(data.format)
      .filter((cell) => cell.computed)
      .map((cell) => cell.key);
    if (this.previous) {
      for (const link of listPrefillLinks(this.format, this.previous.format)) {
        for (const term of link.terms) {
          if (term.fromPrevious) continue;
          const links = this.prefillLinksByTerm.get(term.key) ?? [];
          links.push(link);
          this.prefillLinksByTerm.set(term.key, links);
        }
      }
    }
    this.sync = new DraftSync(
      {
        draft: this.draft,
        reportId: this.reportId,
        readOnly: this.readOnly,
        save: (request) => this.actions.save(request),
        adopted: (cells, texts) => this.adopted(cells, texts),
        changed: () => this.emit(),
      },
      data.state,
    );
    this.tables = this.draft.buildTables();
    this.refreshTotals(this.computedKeys);
    this.runChecks();
  }

  // ---- subscription ------------------------------------------------------------------------

  /** The whole-report slices (sections, progress, save state, conflict): woken after checks and saves, never per keystroke. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  // ---- reading -----------------------------------------------------------------------------

  get version(): number {
    return this.sync.version;
  }

  getRaw(key: string): string {
    return this.draft.getRaw(key);
  }

  getUnit(key: string): MoneyUnit | undefined {
    return this.draft.getUnit(key);
  }

  getText(key: TextKey): string {
    return this.draft.texts[key];
  }

  getExplanation(key: string): string {
    return this.draft.explanations[key] ?? "";
  }

  /** A cell (`applications.1.natural`) or a text (`texts.overview`). */
  getCellStatus(address: string): CellStatus {
    return this.checks.getStatus(address);
  }

  /** Where the next step should put the focus (a cell or text named in a list on another step). */
  takePendingFocus(): string | null {
    const address = this.pendingFocus;
    this.pendingFocus = null;
    return address;
  }

  setPendingFocus(address: string | null): void {
    this.pendingFocus = address;
  }

  getSection(key: SectionKey): SectionSummary | undefined {
    return this.checks.sections.get(key);
  }

  getSectionIssues(key: SectionKey): SectionIssues | undefined {
    return this.checks.sectionIssues.get(key);
  }

  getProgress(): number {
    return this.checks.progress;
  }

  getBlocking(): { errors: number; unexplained: number } {
    return this.checks.blocking;
  }

  getSaveStatus(): SaveStatus {
    return this.sync.getStatus();
  }

  getConflict(): Conflict | null {
    return this.sync.getConflict();
  }

  getRestoreOffer(): RestoreOffer | null {
    return this.sync.getRestoreOffer();
  }

  getViolations(): readonly Violation[] {
    return this.checks.result.violations;
  }

  /** The report as it stands in the browser, totals computed: what the preview shows and the checks read. */
  getReport(): Report {
    return this.checks.report;
  }

  /** A total as shown: "" while its inputs are all blank, null while one of them does not fit its cell. */
  getTotalText(key: string): string | null {
    const text = this.totalTexts.get(key);
    return text === undefined ? "" : text;
  }

  /** Values the clerk changed that cannot be saved until corrected. */
  countUnsaveable(): number {
    return this.draft.countUnsaveable();
  }

  hasUnsavedWork(): boolean {
    return this.sync.hasUnsavedWork();
  }

  getLastFill = (): FillRecord | null => this.lastFill;

  // ---- editing -----------------------------------------------------------------------------

  /** A cell changed. `byUser`: typed or pasted (a prefilled mark goes), not a suggestion kept up to date. */
  setCell(key: string, value: string, byUser: boolean): void {
    if (this.readOnly || getCellDefinition(this.format, key)?.computed !== false) return;
    const changedMark = byUser && this.draft.prefilled.delete(key);
    if (this.draft.getRaw(key) === value && !changedMark) return;
    this.draft.writeCell(key, value);
    const changed = [key, ...this.followSuggestions(key)];
    this.cellsChanged(changed);
  }

  setUnit(key: string, unit: MoneyUnit): void {
    if (this.readOnly || !this.draft.writeUnit(key, unit)) return;
    this.cellsChanged([key]);
  }

  setText(key: TextKey, value: string): void {
    if (this.readOnly || this.draft.texts[key] === value) return;
    this.draft.texts = { ...this.draft.texts, [key]: value };
    this.values.notify(`texts.${key}`);
    this.edited();
  }

  setExplanation(key: string, value: string): void {
    if (this.readOnly || (this.draft.explanations[key] ?? "") === value) return;
    this.draft.explanations = { ...this.draft.explanations, [key]: value };
    this.edited();
    this.emit();
  }

  /** 其余空格填 0: every blank number cell of these tables gets 0; typed and prefilled cells stay as they are. */
  fillBlanks(tables: readonly string[]): number {
    if (this.readOnly) return 0;
    const keys = listBlankInputs(this.draft, tables);
    for (const key of keys) this.draft.writeCell(key, "0");
    this.lastFill = keys.length ? { tables, keys } : null;
    if (keys.length) this.cellsChanged(keys);
    this.emit();
    return keys.length;
  }

  /** Undoes the last 其余空格填 0: the cells it filled that still hold its 0 are blank again. */
  undoFill(): number {
    const fill = this.lastFill;
    this.lastFill = null;
    if (!fill || this.readOnly) return 0;
    const keys = fill.keys.filter((key) => this.draft.getRaw(key) === "0");
    for (const key of keys) this.draft.writeCell(key, "");
    if (keys.length) this.cellsChanged(keys);
    this.emit();
    return keys.length;
  }

  /** A suggestion derived from last year (in force = last year + made − repealed) follows its inputs while untouched. */
  private followSuggestions(key: string): string[] {
    const moved: string[] = [];
    if (!this.previous) return moved;
    for (const link of this.prefillLinksByTerm.get(key) ?? []) {
      if (!this.draft.prefilled.has(link.target)) continue;
      const value = derivePrefillValue(link, this.format, this.previous, this.draft.buildTables());
      if (value === null || this.draft.getRaw(link.target) === String(value)) continue;
      this.draft.writeCell(link.target, String(value));
      moved.push(link.target);
    }
    return moved;
  }

  /** Cells of the draft changed: the totals that add them up now, everything else after the pause. */
  private cellsChanged(keys: readonly string[]): void {
    this.tables = this.draft.buildTables();
    for (const key of keys) this.values.notify(key);
    const totals = new Set<string>();
    for (const key of keys) for (const total of listTotalsOf(this.format, key)) totals.add(total);
    this.refreshTotals(totals);
    this.edited();
  }

  /** Places taken in from the server or the kept copy. */
  private adopted(cells: readonly string[], texts: readonly TextKey[]): void {
    this.tables = this.draft.buildTables();
    for (const key of cells) this.values.notify(key);
    for (const key of texts) this.values.notify(`texts.${key}`);
    this.refreshTotals(this.computedKeys);
    this.runChecks();
  }

  private edited(): void {
    this.sync.edited();
    this.scheduleChecks();
  }

  private refreshTotals(keys: Iterable<string>): void {
    for (const key of keys) {
      const text = this.totalText(key);
      if (this.totalTexts.has(key) && this.totalTexts.get(key) === text) continue;
      this.totalTexts.set(key, text);
      this.totals.notify(key);
    }
  }

  private totalText(key: string): string | null {
    const cell = getCellDefinition(this.format, key)!;
    const value = this.tables[cell.table]?.[cell.row]?.[cell.column];
    if (value !== null && value !== undefined) return formatCellValue(value);
    return (listTotalInputs(this.format).get(key) ?? []).some((input) => this.draft.getRaw(input).trim() !== "")
      ? null
      : "";
  }

  // ---- live checks -------------------------------------------------------------------------

  private scheduleChecks(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.runChecks(), CHECK_DELAY_MS);
  }

  /** Checks the report now when a change is waiting for its checks (before submitting, in tests). */
  checkNow(): void {
    if (this.checkTimer) this.runChecks();
  }

  private runChecks(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = null;
    this.checks.run(this.draft, this.tables);
    this.emit();
  }

  // ---- saving (draft-sync.ts) ----------------------------------------------------------------

  saveNow(): Promise<void> {
    return this.sync.saveNow();
  }

  async flush(): Promise<boolean> {
    this.checkNow();
    return this.sync.flush();
  }

  retry(): void {
    this.sync.retry();
  }

  resolveConflict(choices: ReadonlyMap<string, "mine" | "theirs">): void {
    this.sync.resolveConflict(choices);
  }

  checkLocalDraft(): void {
    this.sync.checkLocalDraft();
  }

  restoreLocalDraft(): void {
    this.sync.restoreLocalDraft();
  }

  discardLocalDraft(): void {
    this.sync.discardLocalDraft();
  }

  dispose(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.sync.dispose();
  }
}

async function unavailable(): Promise<never> {
  throw new Error("this wizard was opened without the action");
}
