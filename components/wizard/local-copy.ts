// The work kept in this browser (components/wizard/local-draft.ts stores it): which places differ
// from the base, whether a kept copy still holds something the server lacks, and how the draft is
// rewound to the copy so that the server's state can be merged in as after a save conflict.
import { getCellDefinition, parseCellInput, TEXT_KEYS, type TextKey } from "@/lib/report-format";
import type { DraftModel } from "./draft-model";
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft, type LocalItem } from "./local-draft";

export type RestoreOffer = { savedAt: string; count: number };

/**
 * Writes the draft's changes to this browser shortly after each change, and holds a copy found on
 * opening until the clerk restores or discards it (meanwhile it is kept beside today's work).
 */
export class LocalCopyKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private offered: LocalDraft | null = null;

  constructor(private readonly reportId: string) {}

  schedule(collect: () => { copy: LocalDraft; count: number }, delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const { copy, count } = collect();
      const offered = this.offered;
      if (offered) {
        writeLocalDraft({
          ...copy,
          cells: { ...offered.cells, ...copy.cells },
          texts: { ...offered.texts, ...copy.texts },
          explanations: { ...offered.explanations, ...copy.explanations },
        });
      } else if (count) writeLocalDraft(copy);
      else clearLocalDraft(this.reportId);
    }, delay);
  }

  /** The copy kept in this browser, when it holds something the server lacks; a stale one is removed. */
  offer(draft: DraftModel): RestoreOffer | null {
    const copy = readLocalDraft(this.reportId);
    if (!copy) return null;
    const count = countRestorable(draft, copy);
    if (!count) {
      clearLocalDraft(this.reportId);
      return null;
    }
    this.offered = copy;
    return { savedAt: copy.savedAt, count };
  }

  take(): LocalDraft | null {
    const copy = this.offered;
    this.offered = null;
    return copy;
  }

  discard(): void {
    this.offered = null;
    clearLocalDraft(this.reportId);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** The places where the draft differs from the base, with the value each started from. */
export function collectLocalCopy(
  draft: DraftModel,
  reportId: string,
  version: number,
): { copy: LocalDraft; count: number } {
  const copy: LocalDraft = {
    reportId,
    version,
    savedAt: new Date().toISOString(),
    cells: {},
    texts: {},
    explanations: {},
  };
  let count = 0;
  for (const cell of draft.inputs) {
    if (!draft.isCellChanged(cell.key)) continue;
    copy.cells[cell.key] = {
      base: draft.base.cells.get(cell.key) ?? "",
      mine: draft.getRaw(cell.key),
      unitBase: draft.base.units.get(cell.key),
      unitMine: draft.getUnit(cell.key),
    };
    count++;
  }
  for (const key of TEXT_KEYS) {
    if (draft.texts[key] === draft.base.texts[key]) continue;
    copy.texts[key] = { base: draft.base.texts[key], mine: draft.texts[key] };
    count++;
  }
  for (const key of new Set([...Object.keys(draft.explanations), ...Object.keys(draft.base.explanations)])) {
    const mine = draft.explanations[key] ?? "";
    const base = draft.base.explanations[key] ?? "";
    if (mine === base) continue;
    copy.explanations[key] = { base, mine };
    count++;
  }
  return { copy, count };
}

/** How many places of a kept copy hold something the server's state (the draft's base) lacks. */
export function countRestorable(draft: DraftModel, copy: LocalDraft): number {
  const differs = (key: string, item: LocalItem) => {
    if (key in copy.cells) {
      const cell = getCellDefinition(draft.format, key);
      if (!cell || cell.computed) return false;
      const parsed = parseCellInput(item.mine, cell);
      const mine = parsed.ok ? (parsed.value === null ? "" : String(parsed.value)) : null;
      return (
        (draft.base.cells.get(key) ?? "") !== mine ||
        (item.unitMine !== undefined && draft.base.units.get(key) !== item.unitMine)
      );
    }
    if (key in copy.texts) return draft.base.texts[key as TextKey] !== item.mine;
    return (draft.base.explanations[key] ?? "") !== item.mine;
  };
  const items = [...Object.entries(copy.cells), ...Object.entries(copy.texts), ...Object.entries(copy.explanations)];
  return items.filter(([key, item]) => differs(key, item)).length;
}

/**
 * Rewinds the draft to what the kept work was based on and puts the work back. Returns the places
 * put back, for the form to show them.
 */
export function rewindToLocalCopy(
  draft: DraftModel,
  copy: LocalDraft,
): { cells: { key: string; value: string; unit?: LocalItem["unitMine"] }[]; texts: TextKey[] } {
  const restored: ReturnType<typeof rewindToLocalCopy> = { cells: [], texts: [] };
  for (const [key, item] of Object.entries(copy.cells)) {
    if (getCellDefinition(draft.format, key)?.computed !== false) continue;
    draft.base.cells.set(key, item.base);
    if (item.unitBase) draft.base.units.set(key, item.unitBase);
    restored.cells.push({ key, value: item.mine, unit: item.unitMine });
  }
  for (const [key, item] of Object.entries(copy.texts)) {
    if (!(TEXT_KEYS as readonly string[]).includes(key)) continue;
    draft.base.texts = { ...draft.base.texts, [key]: item.base };
    draft.texts = { ...draft.texts, [key]: item.mine };
    restored.texts.push(key as TextKey);
  }
  for (const [key, item] of Object.entries(copy.explanations)) {
    draft.base.explanations[key] = item.base;
    draft.explanations = { ...draft.explanations, [key]: item.mine };
  }
  return restored;
}
