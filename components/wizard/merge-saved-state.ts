// The three-way merge of a conflict: what the clerk started from (the base), what the clerk has
// now (mine) and what the server has (theirs). A place only the server changed is taken in; a
// place only the clerk changed is kept; a place both changed differently is a question for the
// clerk. Pure: the draft applies the answer.
import { formatAmount, labelCell, TEXT_KEYS, type FormatKey, type MoneyUnit, type TextKey } from "@/lib/report-format";
import type { EditableState } from "@/lib/server/reports/editable-state";
import { sameSide, type CellSide, type DraftModel } from "./draft-model";

export type ConflictItem =
  | {
      id: string;
      kind: "cell";
      key: string;
      label: string;
      mine: string;
      theirs: string;
      choices: { mine: CellSide; theirs: CellSide };
    }
  | { id: string; kind: "text" | "explanation"; key: string; label: string; mine: string; theirs: string };

export type MergeOutcome = {
  /** Places taken from the server. */
  cells: { key: string; value: string; unit?: MoneyUnit; prefilled: boolean }[];
  texts: { key: TextKey; value: string }[];
  explanations: { key: string; value: string }[];
  /** Prefilled marks of cells the clerk did not touch, as the server has them. */
  untouchedPrefilled: { key: string; prefilled: boolean }[];
  items: ConflictItem[];
};

function showSide(side: CellSide): string {
  return formatAmount(side.value, side.value ? side.unit : undefined);
}

export function mergeSavedState(format: FormatKey, draft: DraftModel, theirs: EditableState): MergeOutcome {
  const outcome: MergeOutcome = { cells: [], texts: [], explanations: [], untouchedPrefilled: [], items: [] };
  for (const cell of draft.inputs) {
    const key = cell.key;
    const theirsSide: CellSide = draft.multiUnit.has(key)
      ? { value: theirs.cells[key] ?? "", unit: theirs.units[key] }
      : { value: theirs.cells[key] ?? "" };
    const base = draft.baseSide(key);
    const mine = draft.side(key);
    const changedByMe = !sameSide(mine, base);
    const changedByThem = !sameSide(theirsSide, base);
    if (!changedByMe) {
      if (changedByThem)
        outcome.cells.push({
          key,
          value: theirsSide.value,
          unit: theirsSide.unit,
          prefilled: theirs.prefilled.includes(key),
        });
      outcome.untouchedPrefilled.push({ key, prefilled: theirs.prefilled.includes(key) });
    } else if (changedByThem && !sameSide(mine, theirsSide)) {
      const typed = draft.describeCell(key);
      outcome.items.push({
        id: `cell:${key}`,
        kind: "cell",
        key,
        label: labelCell(format, key),
        mine: showSide(typed),
        theirs: showSide(theirsSide),
        choices: { mine: typed, theirs: theirsSide },
      });
    }
  }
  for (const key of TEXT_KEYS) {
    const base = draft.base.texts[key];
    const mine = draft.texts[key];
    const other = theirs.texts[key];
    if (mine === base && other !== base) outcome.texts.push({ key, value: other });
    else if (mine !== base && other !== base && other !== mine) {
      outcome.items.push({
        id: `text:${key}`,
        kind: "text",
        key,
        label: labelCell(format, `texts.${key}`),
        mine,
        theirs: other,
      });
    }
  }
  for (const key of new Set([
    ...Object.keys(draft.explanations),
    ...Object.keys(theirs.explanations),
    ...Object.keys(draft.base.explanations),
  ])) {
    const base = draft.base.explanations[key] ?? "";
    const mine = draft.explanations[key] ?? "";
    const other = theirs.explanations[key] ?? "";
    if (mine === base && other !== base) outcome.explanations.push({ key, value: other });
    else if (mine !== base && other !== base && mine !== other) {
      outcome.items.push({
        id: `explanation:${key}`,
        kind: "explanation",
        key,
        label: `警告说明：${labelCell(format, key.split("|")[1] ?? key)}`,
        mine,
        theirs: other,
      });
    }
  }
  return outcome;
}
