// The wizard's state outside React: the draft (what the clerk typed), the last saved values (the
// base every save is diffed against), the live checks, and the autosave with its conflict handling.
// Components subscribe to one small slice each (a cell's status, a section's state), so a keystroke
// re-renders only what changed.
import {
  REPORT_SCHEMA_ID,
  computeTotals,
  getCellDefinition,
  labelCell,
  listCellDefinitions,
  listTotalInputs,
  TEXT_KEYS,
  parseCellInput,
  validateReport,
  type CellDefinition,
  type CellInputResult,
  type FormatKey,
  type MoneyUnit,
  type Report,
  type ReportTables,
  type SectionKey,
  type TextKey,
  type ValidationResult,
  type Violation,
} from "@/lib/report-format";
import type { SaveReportActionResult } from "@/app/(staff)/staff/reports/[reportId]/actions";
import type { SaveReportRequest } from "@/app/(staff)/staff/reports/[reportId]/schema";
import type { EditableState } from "@/lib/server/reports/editable-state";
import type { ReportForEditing } from "@/lib/server/reports/get-report-for-editing";
import { derivePrefillValue, listPrefillLinks, type PrefillLink } from "@/lib/report-format/derive-prefill";
import { EMPTY_STATUS, buildCellStatuses, summariseSections, type CellStatus, type CheckInputs, type SectionIssues, type SectionSummary } from "./live-checks";
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft, type LocalItem } from "./local-draft";
import { cellField, isTextKey, listSections, textField, unitField } from "./report-fields";
import { MAX_EXPLANATION_CHARS, checkText } from "@/lib/report-format/text-rules";

export type { CellStatus, SectionIssues, SectionState, SectionSummary } from "./live-checks";

export type WizardData = Omit<ReportForEditing, "deadline"> & { deadline: string | null };

export type SaveStatus =
  | { kind: "idle"; savedAt: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "conflict" };

export type ConflictItem = { id: string; kind: "cell" | "text" | "explanation"; key: string; label: string; mine: string; theirs: string };
export type Conflict = { reason: "save" | "restore"; by: string | null; at: string | null; items: readonly ConflictItem[]; adopted: number };
export type RestoreOffer = { savedAt: string; count: number };

type SaveFunction = (request: SaveReportRequest) => Promise<SaveReportActionResult>;
type FormBridge = { setValue: (field: string, value: string) => void };
type Base = {
  cells: Map<string, string>;
  units: Map<string, MoneyUnit>;
  prefilled: Set<string>;
  texts: Record<TextKey, string>;
  explanations: Record<string, string>;
};

const AUTOSAVE_DELAY_MS = 1000;
const RETRY_DELAYS_MS = [3000, 10_000, 30_000, 60_000];

export class WizardStore {
  readonly reportId: string;
  readonly format: FormatKey;
  readonly year: number;
  readonly readOnly: boolean;
  readonly previous: Report | null;
  readonly agencyName: string;

  version: number;
  private savedAt: string | null;
  private savedBy: string | null;
  private readonly inputs: readonly CellDefinition[];
  private readonly multiUnit: ReadonlySet<string>;
  private readonly raw = new Map<string, string>();
  private readonly parsed = new Map<string, CellInputResult>();
  private readonly units = new Map<string, MoneyUnit>();
  private readonly prefilled: Set<string>;
  private texts: Record<TextKey, string>;
  private explanations: Record<string, string>;
  private base: Base;
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
  private conflict: Conflict | null = null;
  private restoreOffer: RestoreOffer | null = null;
  private localDraft: LocalDraft | null = null;
  private inFlight: Promise<void> | null = null;
  private saveAgain = false;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private bridge: FormBridge | null = null;
  private pendingFocus: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    data: WizardData,
    private readonly save: SaveFunction,
  ) {
    this.reportId = data.id;
    this.format = data.format;
    this.year = data.year;
    this.readOnly = data.readOnly;
    this.previous = data.previous;
    this.agencyName = data.agency.name;
    this.version = data.state.version;
    this.savedAt = data.state.savedAt;
    this.savedBy = data.state.savedBy;
    this.inputs = listCellDefinitions(data.format).filter((cell) => !cell.computed);
    this.multiUnit = new Set(this.inputs.filter((cell) => (cell.units?.length ?? 0) > 1).map((cell) => cell.key));
    this.base = {
      cells: new Map(this.inputs.map((cell) => [cell.key, data.state.cells[cell.key] ?? ""])),
      units: new Map(Object.entries(data.state.units)),
      prefilled: new Set(data.state.prefilled),
      texts: { ...data.state.texts },
      explanations: { ...data.state.explanations },
    };
    for (const cell of this.inputs) this.writeRaw(cell.key, this.base.cells.get(cell.key)!);
    for (const [key, unit] of this.base.units) this.units.set(key, unit);
    this.prefilled = new Set(this.base.prefilled);
    this.texts = { ...this.base.texts };
    this.explanations = { ...this.base.explanations };
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
    this.recompute();
  }

  // ---- subscription ------------------------------------------------------------------------

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
    return this.raw.get(key) ?? "";
  }

  getUnit(key: string): MoneyUnit | undefined {
    return this.units.get(key);
  }

  getText(key: TextKey): string {
    return this.texts[key];
  }

  getExplanation(key: string): string {
    return this.explanations[key] ?? "";
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

  /** Values the clerk changed that cannot be saved until corrected. */
  countUnsaveable(): number {
    let count = 0;
    for (const cell of this.inputs) if (!this.parsed.get(cell.key)?.ok) count++;
    for (const key of TEXT_KEYS) if (this.texts[key] !== this.base.texts[key] && this.textProblem(key)) count++;
    return count;
  }

  hasUnsavedWork(): boolean {
    return this.saveStatus.kind === "saving" || this.saveStatus.kind === "pending" || this.collectLocalItems().count > 0;
  }

  // ---- editing -----------------------------------------------------------------------------

  /** A cell changed in the form. `byUser`: typed or pasted (a prefilled mark goes), not a suggestion kept up to date. */
  setCell(key: string, value: string, byUser: boolean): void {
    if (this.readOnly || !getCellDefinition(this.format, key)) return;
    const changedMark = byUser && this.prefilled.delete(key);
    if (this.raw.get(key) === value && !changedMark) return;
    this.writeRaw(key, value);
    this.rebuildTables();
    this.followSuggestions(key);
    this.changed();
  }

  setUnit(key: string, unit: MoneyUnit): void {
    if (this.readOnly || !this.multiUnit.has(key) || this.units.get(key) === unit) return;
    this.units.set(key, unit);
    this.rebuildTables();
    this.changed();
  }

  setText(key: TextKey, value: string): void {
    if (this.readOnly || this.texts[key] === value) return;
    this.texts = { ...this.texts, [key]: value };
    this.changed();
  }

  setExplanation(key: string, value: string): void {
    if (this.readOnly || (this.explanations[key] ?? "") === value) return;
    this.explanations = { ...this.explanations, [key]: value };
    this.changed();
  }

  private writeRaw(key: string, value: string): void {
    this.raw.set(key, value);
    const cell = getCellDefinition(this.format, key)!;
    this.parsed.set(key, parseCellInput(value, cell));
  }

  /** A suggestion derived from last year (in force = last year + made − repealed) follows its inputs while untouched. */
  private followSuggestions(key: string): void {
    if (!this.previous) return;
    for (const link of this.prefillLinksByTerm.get(key) ?? []) {
      if (!this.prefilled.has(link.target)) continue;
      const value = derivePrefillValue(link, this.format, this.previous, this.tables);
      if (value === null || this.raw.get(link.target) === String(value)) continue;
      this.writeRaw(link.target, String(value));
      this.rebuildTables();
      this.bridge?.setValue(cellField(link.target), String(value));
    }
  }

  private changed(): void {
    this.recompute();
    if (this.saveStatus.kind === "idle" || this.saveStatus.kind === "refused") this.saveStatus = { kind: "pending" };
    this.scheduleSave();
    this.schedulePersist();
    this.emit();
  }

  // ---- live checks -------------------------------------------------------------------------

  private rebuildTables(): void {
    const tables: ReportTables = {};
    for (const cell of listCellDefinitions(this.format)) {
      const table = (tables[cell.table] ??= {});
      const row = (table[cell.row] ??= {});
      if (cell.computed) {
        row[cell.column] = null;
        continue;
      }
      const parsed = this.parsed.get(cell.key);
      if (!parsed?.ok) row[cell.column] = (this.raw.get(cell.key) ?? "").trim();
      else if (parsed.value !== null && this.multiUnit.has(cell.key)) row[cell.column] = { value: String(parsed.value), unit: this.units.get(cell.key) ?? cell.units![0]! };
      else row[cell.column] = parsed.value;
    }
    this.tables = computeTotals(this.format, tables);
  }

  private recompute(): void {
    if (!Object.keys(this.tables).length) this.rebuildTables();
    this.report = { schema: REPORT_SCHEMA_ID, format: this.format, year: this.year, kind: "agency", agency: { name: this.agencyName }, texts: this.texts, tables: this.tables };
    this.result = validateReport(this.report, { previous: this.previous });
    this.updateCellStatuses();
    this.updateSections();
  }

  private updateCellStatuses(): void {
    this.cellStatuses = buildCellStatuses(this.checkInputs(), this.cellStatuses);
  }

  private updateSections(): void {
    const summary = summariseSections(this.checkInputs(), this.sections, this.sectionIssues);
    this.sections = summary.sections;
    this.sectionIssues = summary.issues;
    this.progress = summary.progress;
    const { errors, unexplained } = summary.blocking;
    if (this.blocking.errors !== errors || this.blocking.unexplained !== unexplained) this.blocking = summary.blocking;
  }

  private checkInputs(): CheckInputs {
    const textProblems: Partial<Record<TextKey, string>> = {};
    for (const key of TEXT_KEYS) {
      const problem = this.textProblem(key);
      if (problem) textProblems[key] = problem;
    }
    return {
      format: this.format,
      inputs: this.inputs,
      parsed: this.parsed,
      texts: this.texts,
      textProblems,
      prefilled: this.prefilled,
      violations: this.result.violations,
      explanations: this.explanations,
    };
  }

  // ---- saving ------------------------------------------------------------------------------

  private canonical(key: string): string | null {
    const parsed = this.parsed.get(key);
    if (!parsed?.ok) return null;
    return parsed.value === null ? "" : String(parsed.value);
  }

  /** The value with its unit, for comparing a money cell whose unit is part of it. */
  private cellValue(key: string, canonical: string | null, unit: MoneyUnit | undefined): string | null {
    if (canonical === null) return null;
    return this.multiUnit.has(key) && canonical !== "" ? `${canonical} ${unit ?? ""}` : canonical;
  }

  private draftValue(key: string): string | null {
    return this.cellValue(key, this.canonical(key), this.units.get(key));
  }

  private baseValue(key: string): string {
    return this.cellValue(key, this.base.cells.get(key) ?? "", this.base.units.get(key)) ?? "";
  }

  private isCellDirty(key: string): boolean {
    return this.draftValue(key) !== this.baseValue(key) || this.prefilled.has(key) !== this.base.prefilled.has(key);
  }

  private textProblem(key: TextKey): string | null {
    const heading = listSections(this.format).find((section) => section.key === key)?.heading ?? key;
    return checkText(this.texts[key], heading);
  }

  private buildRequest(): { request: SaveReportRequest; sent: Base } | null {
    const request: SaveReportRequest = { reportId: this.reportId, version: this.version };
    const sent: Base = { cells: new Map(), units: new Map(), prefilled: new Set(), texts: { ...this.base.texts }, explanations: {} };
    const cells: NonNullable<SaveReportRequest["cells"]> = {};
    for (const cell of this.inputs) {
      if (!this.isCellDirty(cell.key)) continue;
      const canonical = this.canonical(cell.key);
      if (canonical === null) continue;
      const unit = this.units.get(cell.key) ?? cell.units?.[0];
      const prefilled = this.prefilled.has(cell.key);
      cells[cell.key] = { value: this.raw.get(cell.key) ?? "", ...(this.multiUnit.has(cell.key) ? { unit: unit ?? null } : {}), ...(prefilled ? { prefilled } : {}) };
      sent.cells.set(cell.key, canonical);
      if (unit && this.multiUnit.has(cell.key)) sent.units.set(cell.key, unit);
      if (prefilled) sent.prefilled.add(cell.key);
    }
    const texts: NonNullable<SaveReportRequest["texts"]> = {};
    for (const key of TEXT_KEYS) {
      if (this.texts[key] === this.base.texts[key] || this.textProblem(key)) continue;
      texts[key] = this.texts[key];
      sent.texts[key] = this.texts[key];
    }
    const explanations: Record<string, string> = {};
    for (const key of new Set([...Object.keys(this.explanations), ...Object.keys(this.base.explanations)])) {
      const text = this.explanations[key] ?? "";
      if (text === (this.base.explanations[key] ?? "") || checkText(text, "警告说明", MAX_EXPLANATION_CHARS)) continue;
      explanations[key] = text;
      sent.explanations[key] = text;
    }
    if (!Object.keys(cells).length && !Object.keys(texts).length && !Object.keys(explanations).length) return null;
    if (Object.keys(cells).length) request.cells = cells;
    if (Object.keys(texts).length) request.texts = texts;
    if (Object.keys(explanations).length) request.explanations = explanations;
    return { request, sent };
  }

  private scheduleSave(delay = AUTOSAVE_DELAY_MS): void {
    if (this.readOnly || this.conflict) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), delay);
  }

  /** Saves what is pending now (leaving a step, the tab going to the background, 重试). */
  saveNow(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.readOnly || this.conflict) return Promise.resolve();
    if (this.inFlight) {
      this.saveAgain = true;
      return this.inFlight;
    }
    const built = this.buildRequest();
    if (!built) {
      if (this.saveStatus.kind === "pending") this.setSaveStatus({ kind: "idle", savedAt: this.savedAt });
      return Promise.resolve();
    }
    this.setSaveStatus({ kind: "saving" });
    this.inFlight = this.send(built.request, built.sent).finally(() => {
      this.inFlight = null;
      if (this.saveAgain) {
        this.saveAgain = false;
        if (this.saveStatus.kind === "pending" || this.saveStatus.kind === "idle") void this.saveNow();
      }
    });
    return this.inFlight;
  }

  /** Saves until nothing is pending; false when something could not be saved (offline, conflict, a bad value). */
  async flush(): Promise<boolean> {
    for (let round = 0; round < 5; round++) {
      await this.saveNow();
      while (this.inFlight) await this.inFlight;
      if (this.saveStatus.kind !== "idle" && this.saveStatus.kind !== "pending") return false;
      if (!this.buildRequest()) return this.countUnsaveable() === 0;
    }
    return false;
  }

  private async send(request: SaveReportRequest, sent: Base): Promise<void> {
    let result: SaveReportActionResult;
    try {
      result = await this.save(request);
    } catch {
      this.setSaveStatus({ kind: "offline", message: "网络连接失败，修改已保存在本机，将自动重试" });
      this.schedulePersist(0);
      this.scheduleRetry();
      return;
    }
    this.retries = 0;
    if (result.ok) {
      this.acceptSaved(sent, result.version, result.savedAt);
      return;
    }
    if (result.code === "conflict") {
      this.mergeTheirs(result.current, "save");
      return;
    }
    this.setSaveStatus({ kind: "refused", message: result.message });
    this.schedulePersist(0);
  }

  private acceptSaved(sent: Base, version: number, savedAt: string): void {
    for (const [key, value] of sent.cells) {
      this.base.cells.set(key, value);
      const unit = sent.units.get(key);
      if (unit) this.base.units.set(key, unit);
      if (sent.prefilled.has(key)) this.base.prefilled.add(key);
      else this.base.prefilled.delete(key);
    }
    this.base.texts = { ...sent.texts };
    for (const [key, text] of Object.entries(sent.explanations)) {
      if (text) this.base.explanations[key] = text;
      else delete this.base.explanations[key];
    }
    this.version = version;
    this.savedAt = savedAt;
    const pending = this.buildRequest() !== null;
    this.setSaveStatus(pending ? { kind: "pending" } : { kind: "idle", savedAt });
    if (pending) this.scheduleSave();
    this.schedulePersist(0);
  }

  private scheduleRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)]!;
    this.retries++;
    this.retryTimer = setTimeout(() => void this.saveNow(), delay);
  }

  retry(): void {
    this.retries = 0;
    if (this.saveStatus.kind === "offline" || this.saveStatus.kind === "refused") this.saveStatus = { kind: "pending" };
    void this.saveNow();
  }

  private setSaveStatus(status: SaveStatus): void {
    this.saveStatus = status;
    this.emit();
  }

  // ---- conflicts: three-way merge of base (what the clerk started from), mine and theirs --------

  private mergeTheirs(theirs: EditableState, reason: "save" | "restore"): void {
    const items: ConflictItem[] = [];
    let adopted = 0;
    for (const cell of this.inputs) {
      const key = cell.key;
      const theirsValue = this.cellValue(key, theirs.cells[key] ?? "", theirs.units[key]) ?? "";
      const mine = this.draftValue(key);
      const dirty = mine !== this.baseValue(key);
      if (!dirty) {
        if (theirsValue !== this.baseValue(key)) {
          this.adoptCell(key, theirs.cells[key] ?? "", theirs.units[key]);
          adopted++;
        }
      } else if (theirsValue !== this.baseValue(key) && mine !== theirsValue) {
        items.push({ id: `cell:${key}`, kind: "cell", key, label: labelCell(this.format, key), mine: this.displayDraft(key), theirs: theirsValue });
      }
      this.base.cells.set(key, theirs.cells[key] ?? "");
      if (theirs.units[key]) this.base.units.set(key, theirs.units[key]);
      if (!dirty) {
        if (theirs.prefilled.includes(key)) this.prefilled.add(key);
        else this.prefilled.delete(key);
      }
    }
    this.base.prefilled = new Set(theirs.prefilled);
    for (const key of TEXT_KEYS) {
      const dirty = this.texts[key] !== this.base.texts[key];
      if (!dirty && theirs.texts[key] !== this.base.texts[key]) {
        this.texts = { ...this.texts, [key]: theirs.texts[key] };
        this.bridge?.setValue(textField(key), theirs.texts[key]);
        adopted++;
      } else if (dirty && theirs.texts[key] !== this.base.texts[key] && theirs.texts[key] !== this.texts[key]) {
        items.push({ id: `text:${key}`, kind: "text", key, label: labelCell(this.format, `texts.${key}`), mine: this.texts[key], theirs: theirs.texts[key] });
      }
    }
    this.base.texts = { ...theirs.texts };
    for (const key of new Set([...Object.keys(this.explanations), ...Object.keys(theirs.explanations), ...Object.keys(this.base.explanations)])) {
      const base = this.base.explanations[key] ?? "";
      const mine = this.explanations[key] ?? "";
      const other = theirs.explanations[key] ?? "";
      if (mine === base && other !== base) {
        this.explanations = { ...this.explanations, [key]: other };
        adopted++;
      } else if (mine !== base && other !== base && mine !== other) {
        items.push({ id: `explanation:${key}`, kind: "explanation", key, label: `警告说明：${labelCell(this.format, key.split("|")[1] ?? key)}`, mine, theirs: other });
      }
    }
    this.base.explanations = { ...theirs.explanations };
    this.version = theirs.version;
    this.savedAt = theirs.savedAt;
    this.savedBy = theirs.savedBy;
    this.rebuildTables();
    this.recompute();
    if (items.length) {
      this.conflict = { reason, by: theirs.savedBy, at: theirs.savedAt, items, adopted };
      this.saveStatus = { kind: "conflict" };
      this.schedulePersist(0);
      this.emit();
      return;
    }
    this.saveStatus = { kind: "pending" };
    this.emit();
    void this.saveNow();
  }

  private displayDraft(key: string): string {
    const raw = this.raw.get(key) ?? "";
    const unit = this.units.get(key);
    return this.multiUnit.has(key) && raw.trim() && unit ? `${raw} ${unit}` : raw;
  }

  private adoptCell(key: string, value: string, unit: MoneyUnit | undefined): void {
    this.writeRaw(key, value);
    this.bridge?.setValue(cellField(key), value);
    if (unit && this.multiUnit.has(key)) {
      this.units.set(key, unit);
      this.bridge?.setValue(unitField(key), unit);
    }
  }

  /** The clerk's choice per conflicting item; the save is then retried against the new version. */
  resolveConflict(choices: ReadonlyMap<string, "mine" | "theirs">): void {
    const conflict = this.conflict;
    if (!conflict) return;
    for (const item of conflict.items) {
      const value = choices.get(item.id) === "theirs" ? item.theirs : item.mine;
      if (item.kind === "cell") {
        const [number = "", unit] = value.split(" ");
        this.adoptCell(item.key, this.multiUnit.has(item.key) ? number : value, unit as MoneyUnit | undefined);
        this.prefilled.delete(item.key);
      } else if (item.kind === "text") {
        this.texts = { ...this.texts, [item.key]: value };
        this.bridge?.setValue(textField(item.key as TextKey), value);
      } else {
        this.explanations = { ...this.explanations, [item.key]: value };
      }
    }
    this.conflict = null;
    this.rebuildTables();
    this.recompute();
    this.saveStatus = { kind: "pending" };
    this.emit();
    void this.saveNow();
  }

  // ---- work kept in the browser --------------------------------------------------------------

  private collectLocalItems(): { draft: LocalDraft; count: number } {
    const draft: LocalDraft = { reportId: this.reportId, version: this.version, savedAt: new Date().toISOString(), cells: {}, texts: {}, explanations: {} };
    let count = 0;
    for (const cell of this.inputs) {
      if (this.draftValue(cell.key) === this.baseValue(cell.key)) continue;
      draft.cells[cell.key] = { base: this.base.cells.get(cell.key) ?? "", mine: this.raw.get(cell.key) ?? "", unitBase: this.base.units.get(cell.key), unitMine: this.units.get(cell.key) };
      count++;
    }
    for (const key of TEXT_KEYS) {
      if (this.texts[key] === this.base.texts[key]) continue;
      draft.texts[key] = { base: this.base.texts[key], mine: this.texts[key] };
      count++;
    }
    for (const key of new Set([...Object.keys(this.explanations), ...Object.keys(this.base.explanations)])) {
      const mine = this.explanations[key] ?? "";
      const base = this.base.explanations[key] ?? "";
      if (mine === base) continue;
      draft.explanations[key] = { base, mine };
      count++;
    }
    return { draft, count };
  }

  private schedulePersist(delay = 250): void {
    if (this.readOnly) return;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      const { draft, count } = this.collectLocalItems();
      const offered = this.localDraft;
      if (offered) {
        // Work still offered back (not yet restored or discarded) is kept beside today's.
        writeLocalDraft({
          ...draft,
          cells: { ...offered.cells, ...draft.cells },
          texts: { ...offered.texts, ...draft.texts },
          explanations: { ...offered.explanations, ...draft.explanations },
        });
      } else if (count) writeLocalDraft(draft);
      else clearLocalDraft(this.reportId);
    }, delay);
  }

  /** On opening: work left in this browser that the server does not have (a failed save, a closed tab). */
  checkLocalDraft(): void {
    if (this.readOnly) return;
    const draft = readLocalDraft(this.reportId);
    if (!draft) return;
    const items = [...Object.entries(draft.cells), ...Object.entries(draft.texts), ...Object.entries(draft.explanations)];
    const differs = (key: string, item: LocalItem) => {
      if (key in draft.cells) {
        const cell = getCellDefinition(this.format, key);
        if (!cell || cell.computed) return false;
        const parsed = parseCellInput(item.mine, cell);
        const mine = parsed.ok ? (parsed.value === null ? "" : String(parsed.value)) : null;
        return (this.base.cells.get(key) ?? "") !== mine || (item.unitMine !== undefined && this.base.units.get(key) !== item.unitMine);
      }
      if (key in draft.texts) return this.base.texts[key as TextKey] !== item.mine;
      return (this.base.explanations[key] ?? "") !== item.mine;
    };
    const count = items.filter(([key, item]) => differs(key, item)).length;
    if (!count) {
      clearLocalDraft(this.reportId);
      return;
    }
    this.localDraft = draft;
    this.restoreOffer = { savedAt: draft.savedAt, count };
    this.emit();
  }

  /** 恢复: the kept work goes into the draft; where the server changed the same place meanwhile, the clerk chooses. */
  restoreLocalDraft(): void {
    const draft = this.localDraft;
    this.restoreOffer = null;
    this.localDraft = null;
    if (!draft) return;
    const theirs: EditableState = {
      version: this.version,
      cells: Object.fromEntries(this.base.cells),
      units: Object.fromEntries(this.base.units),
      prefilled: [...this.base.prefilled],
      texts: { ...this.base.texts },
      explanations: { ...this.base.explanations },
      savedAt: this.savedAt ?? "",
      savedBy: this.savedBy,
    };
    // Rewind to what the kept work was based on, put the work back, then merge the server's state as a save conflict would.
    for (const [key, item] of Object.entries(draft.cells)) {
      if (getCellDefinition(this.format, key)?.computed !== false) continue;
      this.base.cells.set(key, item.base);
      if (item.unitBase) this.base.units.set(key, item.unitBase);
      this.adoptCell(key, item.mine, item.unitMine);
      this.prefilled.delete(key);
    }
    for (const [key, item] of Object.entries(draft.texts)) {
      if (!isTextKey(key)) continue;
      this.base.texts = { ...this.base.texts, [key]: item.base };
      this.texts = { ...this.texts, [key]: item.mine };
      this.bridge?.setValue(textField(key as TextKey), item.mine);
    }
    for (const [key, item] of Object.entries(draft.explanations)) {
      this.base.explanations[key] = item.base;
      this.explanations = { ...this.explanations, [key]: item.mine };
    }
    this.rebuildTables();
    this.mergeTheirs(theirs, "restore");
  }

  discardLocalDraft(): void {
    this.restoreOffer = null;
    this.localDraft = null;
    clearLocalDraft(this.reportId);
    this.emit();
  }

  dispose(): void {
    for (const timer of [this.saveTimer, this.retryTimer, this.persistTimer]) if (timer) clearTimeout(timer);
  }

  /**
   * Where a violation is shown: its first cell of this report that the clerk can type into (or its
   * text); for a rule on totals only (（六）其他处理·总计), the first input those totals add up.
   */
  static focusTarget(format: FormatKey, violation: Pick<Violation, "cells">): string | null {
    const own = violation.cells.filter((address) => !address.includes("@"));
    for (const address of own) {
      if (address.startsWith("texts.")) return address;
      if (getCellDefinition(format, address)?.computed === false) return address;
    }
    for (const address of own) {
      const first = listTotalInputs(format).get(address)?.[0];
      if (first) return first;
    }
    return null;
  }
}
