// The wizard's state outside React: the draft (draft-model.ts, the one owner of what was typed),
// the live checks over it, and the saving: autosave (autosave.ts), conflicts merged three ways
// (merge-saved-state.ts) and the work kept in the browser (local-copy.ts). Components subscribe to
// one small slice each (a cell's status, a section's state), so a keystroke re-renders only what changed.
import {
  REPORT_SCHEMA_ID,
  formatCellValue,
  getCellDefinition,
  listTotalInputs,
  TEXT_KEYS,
  validateReport,
  type FormatKey,
  type MoneyUnit,
  type Report,
  type ReportTables,
  type SectionKey,
  type TextKey,
  type ValidationResult,
  type Violation,
} from "@/lib/report-format";
import type { EditableState } from "@/lib/server/reports/editable-state";
import type { ReportForEditing } from "@/lib/server/reports/get-report-for-editing";
import type { SaveReportActionResult, SaveReportRequest, WizardActions } from "@/lib/requests/wizard";
import { derivePrefillValue, listPrefillLinks, type PrefillLink } from "@/lib/report-format/derive-prefill";
import { Autosave } from "./autosave";
import { DraftModel, snapshotOf, type Snapshot } from "./draft-model";
import type { RestoreOffer } from "./local-copy";
import {
  EMPTY_STATUS,
  buildCellStatuses,
  summariseSections,
  type CellStatus,
  type CheckInputs,
  type SectionIssues,
  type SectionSummary,
} from "./live-checks";
import { LocalCopyKeeper, collectLocalCopy, rewindToLocalCopy } from "./local-copy";
import { mergeSavedState, type ConflictItem } from "./merge-saved-state";
import { cellField, textField, unitField } from "./report-fields";

export type { CellStatus, SectionIssues, SectionState, SectionSummary } from "./live-checks";
export type { ConflictItem } from "./merge-saved-state";

export type WizardData = Omit<ReportForEditing, "deadline"> & { deadline: string | null };

export type SaveStatus =
  | { kind: "idle"; savedAt: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "conflict" };

export type Conflict = {
  reason: "save" | "restore";
  by: string | null;
  at: string | null;
  items: readonly ConflictItem[];
  adopted: number;
};
export type { RestoreOffer } from "./local-copy";

type FormBridge = { setValue: (field: string, value: string) => void };

export class WizardStore {
  readonly reportId: string;
  readonly format: FormatKey;
  readonly year: number;
  readonly readOnly: boolean;
  readonly previous: Report | null;
  readonly agencyName: string;
  readonly actions: WizardActions;

  version: number;
  private savedAt: string | null;
  private savedBy: string | null;
  private readonly draft: DraftModel;
  private readonly prefillLinksByTerm = new Map<string, PrefillLink[]>();

  private tables: ReportTables = {};
  private report!: Report;
  private result: ValidationResult = { ok: true, errors: 0, warnings: 0, violations: [] };
  private cellStatuses = new Map<string, CellStatus>();
  private sections = new Map<SectionKey, SectionSummary>();
  private sectionIssues = new Map<SectionKey, SectionIssues>();
  private progress = 0;
  private blocking = { errors: 0, unexplained: 0 };

  private saveStatus: SaveStatus;
  private readonly autosave: Autosave;
  private conflict: Conflict | null = null;
  private restoreOffer: RestoreOffer | null = null;
  private readonly localCopy: LocalCopyKeeper;
  private bridge: FormBridge | null = null;
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
    this.version = data.state.version;
    this.savedAt = data.state.savedAt;
    this.savedBy = data.state.savedBy;
    this.draft = new DraftModel(data.format, data.state);
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
    this.saveStatus = { kind: "idle", savedAt: this.savedAt };
    this.localCopy = new LocalCopyKeeper(this.reportId);
    this.autosave = new Autosave(
      () => this.startSave(),
      () => this.saveStatus.kind === "pending" || this.saveStatus.kind === "idle",
    );
    this.recompute();
  } // ---- subscription ------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  attachForm(bridge: FormBridge | null): void {
    this.bridge = bridge;
  }

  // ---- reading -----------------------------------------------------------------------------

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

  getCellStatus(key: string): CellStatus {
    return this.cellStatuses.get(key) ?? EMPTY_STATUS;
  }

  /** A cell (`applications.1.natural`) or a text (`texts.overview`). */
  getStatus(address: string): CellStatus {
    return this.cellStatuses.get(address) ?? EMPTY_STATUS;
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
    return this.sections.get(key);
  }

  getSectionIssues(key: SectionKey): SectionIssues | undefined {
    return this.sectionIssues.get(key);
  }

  getProgress(): number {
    return this.progress;
  }

  getBlocking(): { errors: number; unexplained: number } {
    return this.blocking;
  }

  getSaveStatus(): SaveStatus {
    return this.saveStatus;
  }

  getConflict(): Conflict | null {
    return this.conflict;
  }

  getRestoreOffer(): RestoreOffer | null {
    return this.restoreOffer;
  }

  getViolations(): readonly Violation[] {
    return this.result.violations;
  }

  /** The report as it stands in the browser, totals computed: what the preview shows and the checks read. */
  getReport(): Report {
    return this.report;
  }

  /** A total as shown: "" while its inputs are all blank, null while one of them does not fit its cell. */
  getTotalText(key: string): string | null {
    const cell = getCellDefinition(this.format, key);
    const value = cell ? this.tables[cell.table]?.[cell.row]?.[cell.column] : undefined;
    if (value !== null && value !== undefined) return formatCellValue(value);
    return (listTotalInputs(this.format).get(key) ?? []).some((input) => this.draft.getRaw(input).trim() !== "")
      ? null
      : "";
  }

  /** Values the clerk changed that cannot be saved until corrected. */
  countUnsaveable(): number {
    return this.draft.countUnsaveable();
  }

  hasUnsavedWork(): boolean {
    return (
      this.saveStatus.kind === "saving" ||
      this.saveStatus.kind === "pending" ||
      collectLocalCopy(this.draft, this.reportId, this.version).count > 0
    );
  }

  // ---- editing -----------------------------------------------------------------------------

  /** A cell changed in the form. `byUser`: typed or pasted (a prefilled mark goes), not a suggestion kept up to date. */
  setCell(key: string, value: string, byUser: boolean): void {
    if (this.readOnly || !getCellDefinition(this.format, key)) return;
    const changedMark = byUser && this.draft.prefilled.delete(key);
    if (this.draft.getRaw(key) === value && !changedMark) return;
    this.draft.writeCell(key, value);
    this.tables = this.draft.buildTables();
    this.followSuggestions(key);
    this.changed();
  }

  setUnit(key: string, unit: MoneyUnit): void {
    if (this.readOnly || !this.draft.writeUnit(key, unit)) return;
    this.tables = this.draft.buildTables();
    this.changed();
  }

  setText(key: TextKey, value: string): void {
    if (this.readOnly || this.draft.texts[key] === value) return;
    this.draft.texts = { ...this.draft.texts, [key]: value };
    this.changed();
  }

  setExplanation(key: string, value: string): void {
    if (this.readOnly || (this.draft.explanations[key] ?? "") === value) return;
    this.draft.explanations = { ...this.draft.explanations, [key]: value };
    this.changed();
  }

  /** A suggestion derived from last year (in force = last year + made − repealed) follows its inputs while untouched. */
  private followSuggestions(key: string): void {
    if (!this.previous) return;
    for (const link of this.prefillLinksByTerm.get(key) ?? []) {
      if (!this.draft.prefilled.has(link.target)) continue;
      const value = derivePrefillValue(link, this.format, this.previous, this.tables);
      if (value === null || this.draft.getRaw(link.target) === String(value)) continue;
      this.draft.writeCell(link.target, String(value));
      this.tables = this.draft.buildTables();
      this.bridge?.setValue(cellField(link.target), String(value));
    }
  }

  /** A value taken from elsewhere (the server, the kept copy) into the draft and the form. */
  private adoptCell(key: string, value: string, unit: MoneyUnit | undefined): void {
    this.draft.writeCell(key, value);
    this.bridge?.setValue(cellField(key), value);
    if (unit && this.draft.writeUnit(key, unit)) this.bridge?.setValue(unitField(key), unit);
  }

  private adoptText(key: TextKey, value: string): void {
    this.draft.texts = { ...this.draft.texts, [key]: value };
    this.bridge?.setValue(textField(key), value);
  }

  private changed(): void {
    this.recompute();
    if (this.saveStatus.kind === "idle" || this.saveStatus.kind === "refused") this.saveStatus = { kind: "pending" };
    if (!this.readOnly && !this.conflict) this.autosave.schedule();
    this.schedulePersist();
    this.emit();
  }

  // ---- live checks -------------------------------------------------------------------------

  private recompute(): void {
    if (!Object.keys(this.tables).length) this.tables = this.draft.buildTables();
    this.report = {
      schema: REPORT_SCHEMA_ID,
      format: this.format,
      year: this.year,
      kind: "agency",
      agency: { name: this.agencyName },
      texts: this.draft.texts,
      tables: this.tables,
    };
    this.result = validateReport(this.report, { previous: this.previous });
    const inputs = this.checkInputs();
    this.cellStatuses = buildCellStatuses(inputs, this.cellStatuses);
    const summary = summariseSections(inputs, this.sections, this.sectionIssues);
    this.sections = summary.sections;
    this.sectionIssues = summary.issues;
    this.progress = summary.progress;
    const { errors, unexplained } = summary.blocking;
    if (this.blocking.errors !== errors || this.blocking.unexplained !== unexplained) this.blocking = summary.blocking;
  }

  private checkInputs(): CheckInputs {
    const textProblems: Partial<Record<TextKey, string>> = {};
    for (const key of TEXT_KEYS) {
      const problem = this.draft.textProblem(key);
      if (problem) textProblems[key] = problem;
    }
    return {
      format: this.format,
      inputs: this.draft.inputs,
      parsed: this.draft.parsedCells,
      texts: this.draft.texts,
      textProblems,
      prefilled: this.draft.prefilled,
      violations: this.result.violations,
      explanations: this.draft.explanations,
    };
  }

  // ---- saving ------------------------------------------------------------------------------

  /** Saves what is pending now (leaving a step, the tab going to the background, 重试). */
  saveNow(): Promise<void> {
    if (this.readOnly || this.conflict) {
      this.autosave.cancel();
      return Promise.resolve();
    }
    return this.autosave.now();
  }

  private startSave(): Promise<void> | null {
    const built = this.draft.buildRequest(this.reportId, this.version);
    if (!built) {
      if (this.saveStatus.kind === "pending") this.setSaveStatus({ kind: "idle", savedAt: this.savedAt });
      return null;
    }
    this.setSaveStatus({ kind: "saving" });
    return this.send(built.request, built.sent);
  }

  /** Saves until nothing is pending; false when something could not be saved (offline, conflict, a bad value). */
  async flush(): Promise<boolean> {
    for (let round = 0; round < 5; round++) {
      await this.saveNow();
      while (this.autosave.busy) await this.autosave.busy;
      if (this.saveStatus.kind !== "idle" && this.saveStatus.kind !== "pending") return false;
      if (!this.draft.buildRequest(this.reportId, this.version)) return this.countUnsaveable() === 0;
    }
    return false;
  }

  private async send(request: SaveReportRequest, sent: Snapshot): Promise<void> {
    let result: SaveReportActionResult;
    try {
      result = await this.actions.save(request);
    } catch {
      this.setSaveStatus({ kind: "offline", message: "网络连接失败，修改已保存在本机，将自动重试" });
      this.schedulePersist(0);
      this.autosave.retryLater();
      return;
    }
    this.autosave.answered();
    if (result.ok) {
      this.draft.acceptSaved(sent);
      this.version = result.version;
      this.savedAt = result.savedAt;
      const pending = this.draft.buildRequest(this.reportId, this.version) !== null;
      this.setSaveStatus(pending ? { kind: "pending" } : { kind: "idle", savedAt: result.savedAt });
      if (pending && !this.conflict) this.autosave.schedule();
      this.schedulePersist(0);
      return;
    }
    if (result.code === "conflict") {
      this.mergeTheirs(result.current, "save");
      return;
    }
    this.setSaveStatus({ kind: "refused", message: result.message });
    this.schedulePersist(0);
  }

  retry(): void {
    this.autosave.answered();
    if (this.saveStatus.kind === "offline" || this.saveStatus.kind === "refused") this.saveStatus = { kind: "pending" };
    void this.saveNow();
  }

  private setSaveStatus(status: SaveStatus): void {
    this.saveStatus = status;
    this.emit();
  }

  // ---- conflicts -----------------------------------------------------------------------------

  private mergeTheirs(theirs: EditableState, reason: "save" | "restore"): void {
    const outcome = mergeSavedState(this.format, this.draft, theirs);
    for (const cell of outcome.cells) this.adoptCell(cell.key, cell.value, cell.unit);
    for (const { key, prefilled } of outcome.untouchedPrefilled) {
      if (prefilled) this.draft.prefilled.add(key);
      else this.draft.prefilled.delete(key);
    }
    for (const text of outcome.texts) this.adoptText(text.key, text.value);
    for (const explanation of outcome.explanations)
      this.draft.explanations = { ...this.draft.explanations, [explanation.key]: explanation.value };
    // The server's state is the new base; a unit it does not state stays as the base had it.
    const next = snapshotOf(theirs, this.draft.inputs);
    for (const [key, unit] of this.draft.base.units) if (!next.units.has(key)) next.units.set(key, unit);
    this.draft.base = next;
    this.version = theirs.version;
    this.savedAt = theirs.savedAt;
    this.savedBy = theirs.savedBy;
    this.tables = this.draft.buildTables();
    this.recompute();
    const adopted = outcome.cells.length + outcome.texts.length + outcome.explanations.length;
    if (outcome.items.length) {
      this.conflict = { reason, by: theirs.savedBy, at: theirs.savedAt, items: outcome.items, adopted };
      this.saveStatus = { kind: "conflict" };
      this.autosave.cancel();
      this.schedulePersist(0);
      this.emit();
      return;
    }
    this.saveStatus = { kind: "pending" };
    this.emit();
    void this.saveNow();
  }

  /** The clerk's choice per conflicting item; the save is then retried against the new version. */
  resolveConflict(choices: ReadonlyMap<string, "mine" | "theirs">): void {
    const conflict = this.conflict;
    if (!conflict) return;
    for (const item of conflict.items) {
      const choice = choices.get(item.id) === "theirs" ? "theirs" : "mine";
      if (item.kind === "cell") {
        const side = item.choices[choice];
        this.adoptCell(item.key, side.value, side.unit);
        this.draft.prefilled.delete(item.key);
      } else if (item.kind === "text") {
        this.adoptText(item.key as TextKey, item[choice]);
      } else {
        this.draft.explanations = { ...this.draft.explanations, [item.key]: item[choice] };
      }
    }
    this.conflict = null;
    this.tables = this.draft.buildTables();
    this.recompute();
    this.saveStatus = { kind: "pending" };
    this.emit();
    void this.saveNow();
  }

  // ---- work kept in the browser --------------------------------------------------------------

  private schedulePersist(delay = 250): void {
    if (!this.readOnly) this.localCopy.schedule(() => collectLocalCopy(this.draft, this.reportId, this.version), delay);
  }

  /** On opening: work left in this browser that the server does not have (a failed save, a closed tab). */
  checkLocalDraft(): void {
    if (this.readOnly) return;
    this.restoreOffer = this.localCopy.offer(this.draft);
    if (this.restoreOffer) this.emit();
  }

  /** 恢复: the kept work goes into the draft; where the server changed the same place meanwhile, the clerk chooses. */
  restoreLocalDraft(): void {
    const copy = this.localCopy.take();
    this.restoreOffer = null;
    if (!copy) return;
    const base = this.draft.base;
    const theirs: EditableState = {
      version: this.version,
      cells: Object.fromEntries(base.cells),
      units: Object.fromEntries(base.units),
      prefilled: [...base.prefilled],
      texts: { ...base.texts },
      explanations: { ...base.explanations },
      savedAt: this.savedAt ?? "",
      savedBy: this.savedBy,
    };
    // Rewind to what the kept work was based on, put the work back, then merge the server's state as a save conflict would.
    const restored = rewindToLocalCopy(this.draft, copy);
    for (const cell of restored.cells) {
      this.adoptCell(cell.key, cell.value, cell.unit);
      this.draft.prefilled.delete(cell.key);
    }
    for (const key of restored.texts) this.bridge?.setValue(textField(key), this.draft.texts[key]);
    this.tables = this.draft.buildTables();
    this.mergeTheirs(theirs, "restore");
  }

  discardLocalDraft(): void {
    this.restoreOffer = null;
    this.localCopy.discard();
    this.emit();
  }

  dispose(): void {
    this.autosave.dispose();
    this.localCopy.dispose();
  }
}

async function unavailable(): Promise<never> {
  throw new Error("this wizard was opened without the action");
}
