// Unsaved work kept in the browser (localStorage), one record per report holding the version the
// work was based on: what the clerk had and what they typed, per changed place, so that it can be
// merged with the server's state on return, exactly like a save conflict.
import type { MoneyUnit } from "@/lib/report-format";

export type LocalItem = { base: string; mine: string; unitBase?: MoneyUnit; unitMine?: MoneyUnit };

export type LocalDraft = {
  reportId: string;
  /** The report version `base` values come from. */
  version: number;
  savedAt: string;
  cells: Record<string, LocalItem>;
  texts: Record<string, LocalItem>;
  explanations: Record<string, LocalItem>;
};

function storageKey(reportId: string): string {
  return `gknb:wizard-draft:${reportId}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function writeLocalDraft(draft: LocalDraft): void {
  try {
    storage()?.setItem(storageKey(draft.reportId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the work is still in the page; nothing better to do here.
  }
}

export function readLocalDraft(reportId: string): LocalDraft | null {
  try {
    const text = storage()?.getItem(storageKey(reportId));
    if (!text) return null;
    const draft = JSON.parse(text) as LocalDraft;
    const valid =
      draft.reportId === reportId &&
      typeof draft.version === "number" &&
      [draft.cells, draft.texts, draft.explanations].every((items) => items && typeof items === "object");
    return valid ? draft : null;
  } catch {
    return null;
  }
}

export function clearLocalDraft(reportId: string): void {
  try {
    storage()?.removeItem(storageKey(reportId));
  } catch {
    // see writeLocalDraft
  }
}
