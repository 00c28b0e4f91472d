// Getting the draft to the server and keeping it safe meanwhile: the save state, autosave
// (autosave.ts), a version conflict merged three ways (merge-saved-state.ts) and answered by the
// clerk, and the work kept in this browser (local-copy.ts) offered back on opening. The draft is
// the store's; what this module changes in it is reported back through `adopted`.
import type { MoneyUnit, TextKey } from "@/lib/report-format";
import type { EditableState } from "@/lib/server/reports/editable-state";
import type { SaveReportActionResult, SaveReportRequest, WizardActions } from "@/lib/requests/wizard";
import { Autosave } from "./autosave";
import { snapshotOf, type DraftModel, type Snapshot } from "./draft-model";
import { LocalCopyKeeper, collectLocalCopy, rewindToLocalCopy, type RestoreOffer } from "./local-copy";
import { mergeSavedState, type ConflictItem } from "./merge-saved-state";

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

export type SyncHost = {
  readonly draft: DraftModel;
  readonly reportId: string;
  readonly readOnly: boolean;
  readonly save: WizardActions["save"];
  /** Places of the draft this module changed (taken from the server or the kept copy): show them, check again. */
  adopted(cells: readonly string[], texts: readonly TextKey[]): void;
  /** The save state, a conflict or an offer changed. */
  changed(): void;
};

export class DraftSync {
  version: number;
  private savedAt: string | null;
  private savedBy: string | null;
  private status: SaveStatus;
  private conflict: Conflict | null = null;
  private restoreOffer: RestoreOffer | null = null;
  private readonly autosave: Autosave;
  private readonly localCopy: LocalCopyKeeper;

  constructor(
    private readonly host: SyncHost,
    state: Pick<EditableState, "version" | "savedAt" | "savedBy">,
  ) {
    this.version = state.version;
    this.savedAt = state.savedAt;
    this.savedBy = state.savedBy;
    this.status = { kind: "idle", savedAt: this.savedAt };
    this.localCopy = new LocalCopyKeeper(host.reportId);
    this.autosave = new Autosave(
      () => this.startSave(),
      () => this.status.kind === "pending" || this.status.kind === "idle",
    );
  }

  getStatus(): SaveStatus {
    return this.status;
  }

  getConflict(): Conflict | null {
    return this.conflict;
  }

  getRestoreOffer(): RestoreOffer | null {
    return this.restoreOffer;
  }

  private get draft(): DraftModel {
    return this.host.draft;
  }

  /**
   * The clerk changed something: save a moment later, keep a copy in the browser. The status says
   * "有未保存的修改" from the first change after a save (one notice per save, not per keystroke), so
   * the page never shows 已保存 over work that is not saved yet.
   */
  edited(): void {
    if (this.status.kind === "idle" || this.status.kind === "refused") this.setStatus({ kind: "pending" });
    if (!this.host.readOnly && !this.conflict) this.autosave.schedule();
    this.persist();
  }

  hasUnsavedWork(): boolean {
    return (
      this.status.kind === "saving" ||
      this.status.kind === "pending" ||
      collectLocalCopy(this.draft, this.host.reportId, this.version).count > 0
    );
  }

  /** Saves what is pending now (leaving a step, the tab going to the background, 重试). */
  saveNow(): Promise<void> {
    if (this.host.readOnly || this.conflict) {
      this.autosave.cancel();
      return Promise.resolve();
    }
    return this.autosave.now();
  }

  /** Saves until nothing is pending; false when something could not be saved (offline, conflict, a bad value). */
  async flush(): Promise<boolean> {
    for (let round = 0; round < 5; round++) {
      await this.saveNow();
      while (this.autosave.busy) await this.autosave.busy;
      if (this.status.kind !== "idle" && this.status.kind !== "pending") return false;
      if (!this.draft.buildRequest(this.host.reportId, this.version)) return this.draft.countUnsaveable() === 0;
    }
    return false;
  }

  retry(): void {
    this.autosave.answered();
    if (this.status.kind === "offline" || this.status.kind === "refused") this.status = { kind: "pending" };
    void this.saveNow();
  }

  private startSave(): Promise<void> | null {
    const built = this.draft.buildRequest(this.host.reportId, this.version);
    if (!built) {
      if (this.status.kind === "pending") this.setStatus({ kind: "idle", savedAt: this.savedAt });
      return null;
    }
    this.setStatus({ kind: "saving" });
    return this.send(built.request, built.sent);
  }

  private async send(request: SaveReportRequest, sent: Snapshot): Promise<void> {
    let result: SaveReportActionResult;
    try {
      result = await this.host.save(request);
    } catch {
      this.setStatus({ kind: "offline", message: "网络连接失败，修改已保存在本机，将自动重试" });
      this.persist(0);
      this.autosave.retryLater();
      return;
    }
    this.autosave.answered();
    if (result.ok) {
      this.draft.acceptSaved(sent);
      this.version = result.version;
      this.savedAt = result.savedAt;
      const pending = this.draft.buildRequest(this.host.reportId, this.version) !== null;
      this.setStatus(pending ? { kind: "pending" } : { kind: "idle", savedAt: result.savedAt });
      if (pending && !this.conflict) this.autosave.schedule();
      this.persist(0);
      return;
    }
    if (result.code === "conflict") {
      this.mergeTheirs(result.current, "save");
      return;
    }
    this.setStatus({ kind: "refused", message: result.message });
    this.persist(0);
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.host.changed();
  }

  // ---- conflicts -----------------------------------------------------------------------------

  private mergeTheirs(theirs: EditableState, reason: "save" | "restore"): void {
    const draft = this.draft;
    const outcome = mergeSavedState(draft.format, draft, theirs);
    for (const cell of outcome.cells) adoptCell(draft, cell.key, cell.value, cell.unit);
    for (const { key, prefilled } of outcome.untouchedPrefilled) {
      if (prefilled) draft.prefilled.add(key);
      else draft.prefilled.delete(key);
    }
    for (const text of outcome.texts) draft.texts = { ...draft.texts, [text.key]: text.value };
    for (const explanation of outcome.explanations)
      draft.explanations = { ...draft.explanations, [explanation.key]: explanation.value };
    // The server's state is the new base; a unit it does not state stays as the base had it.
    const next = snapshotOf(theirs, draft.inputs);
    for (const [key, unit] of draft.base.units) if (!next.units.has(key)) next.units.set(key, unit);
    draft.base = next;
    this.version = theirs.version;
    this.savedAt = theirs.savedAt;
    this.savedBy = theirs.savedBy;
    this.host.adopted(
      outcome.cells.map((cell) => cell.key),
      outcome.texts.map((text) => text.key),
    );
    const adopted = outcome.cells.length + outcome.texts.length + outcome.explanations.length;
    if (outcome.items.length) {
      this.conflict = { reason, by: theirs.savedBy, at: theirs.savedAt, items: outcome.items, adopted };
      this.autosave.cancel();
      this.persist(0);
      this.setStatus({ kind: "conflict" });
      return;
    }
    this.setStatus({ kind: "pending" });
    void this.saveNow();
  }

  /** The clerk's choice per conflicting item; the save is then retried against the new version. */
  resolveConflict(choices: ReadonlyMap<string, "mine" | "theirs">): void {
    const conflict = this.conflict;
    if (!conflict) return;
    const draft = this.draft;
    const cells: string[] = [];
    const texts: TextKey[] = [];
    for (const item of conflict.items) {
      const choice = choices.get(item.id) === "theirs" ? "theirs" : "mine";
      if (item.kind === "cell") {
        const side = item.choices[choice];
        adoptCell(draft, item.key, side.value, side.unit);
        draft.prefilled.delete(item.key);
        cells.push(item.key);
      } else if (item.kind === "text") {
        draft.texts = { ...draft.texts, [item.key]: item[choice] };
        texts.push(item.key as TextKey);
      } else {
        draft.explanations = { ...draft.explanations, [item.key]: item[choice] };
      }
    }
    this.conflict = null;
    this.host.adopted(cells, texts);
    this.setStatus({ kind: "pending" });
    void this.saveNow();
  }

  // ---- work kept in the browser --------------------------------------------------------------

  private persist(delay = 250): void {
    if (this.host.readOnly) return;
    this.localCopy.schedule(() => collectLocalCopy(this.draft, this.host.reportId, this.version), delay);
  }

  /** On opening: work left in this browser that the server does not have (a failed save, a closed tab). */
  checkLocalDraft(): void {
    if (this.host.readOnly) return;
    this.restoreOffer = this.localCopy.offer(this.draft);
    if (this.restoreOffer) this.host.changed();
  }

  /** 恢复: the kept work goes into the draft; where the server changed the same place meanwhile, the clerk chooses. */
  restoreLocalDraft(): void {
    const copy = this.localCopy.take();
    this.restoreOffer = null;
    if (!copy) return;
    const draft = this.draft;
    const base = draft.base;
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
    const restored = rewindToLocalCopy(draft, copy);
    for (const cell of restored.cells) {
      adoptCell(draft, cell.key, cell.value, cell.unit);
      draft.prefilled.delete(cell.key);
    }
    this.host.adopted(
      restored.cells.map((cell) => cell.key),
      restored.texts,
    );
    this.mergeTheirs(theirs, "restore");
  }

  discardLocalDraft(): void {
    this.restoreOffer = null;
    this.localCopy.discard();
    this.host.changed();
  }

  dispose(): void {
    this.autosave.dispose();
    this.localCopy.dispose();
  }
}

function adoptCell(draft: DraftModel, key: string, value: string, unit: MoneyUnit | undefined): void {
  draft.writeCell(key, value);
  if (unit) draft.writeUnit(key, unit);
}
