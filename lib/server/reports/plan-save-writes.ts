import "server-only";
import {
  computeTotals,
  listCellDefinitions,
  type FormatKey,
  type Report,
  type ReportTables,
  type TextKey,
  type WarningExplanations,
} from "@/lib/report-format";
import { derivePrefill } from "@/lib/report-format/derive-prefill";
import { cellAuditText, tablesFromContents, type CellContent, type CellRow } from "../report-cells/cell-row";
import type { ParsedCell } from "./parse-save-input";

// What a save writes: only what differs from the stored revision, each difference also recorded
// as a change for the audit trail.

export type CellWrite = CellRow & { computed: boolean };
export type Change = { cell: string; before: string | null; after: string | null };

/**
 * The rows to write: each sent cell whose value (or prefilled mark) differs, and each computed
 * cell whose total changes with them. Totals are recomputed here from the stored inputs, never
 * taken from the browser.
 */
export function planCellWrites(
  format: FormatKey,
  before: ReadonlyMap<string, CellContent>,
  sent: Record<string, ParsedCell>,
  previous: Report | null,
  changes: Change[],
): { writes: CellWrite[]; tables: ReportTables } {
  const after = new Map(before);
  for (const [key, cell] of Object.entries(sent)) {
    const money = cell.definition.type === "money";
    after.set(key, {
      intValue: money || cell.value === null ? null : (cell.value as number),
      decimalValue: money && cell.value !== null ? String(cell.value) : null,
      unit: cell.unit,
      prefilled: cell.keepPrefilled,
    });
  }
  const definitions = listCellDefinitions(format);
  const tables = computeTotals(format, tablesFromContents(format, after));
  const keepsPrefilled = Object.values(sent).some((cell) => cell.keepPrefilled);
  const suggestions = previous && keepsPrefilled ? derivePrefill(format, previous, tables) : new Map<string, number>();

  const writes: CellWrite[] = [];
  for (const definition of definitions) {
    let data: CellContent;
    if (definition.computed) {
      const value = tables[definition.table]?.[definition.row]?.[definition.column];
      data = { intValue: typeof value === "number" ? value : null, decimalValue: null, unit: null, prefilled: false };
    } else {
      const cell = sent[definition.key];
      if (!cell) continue;
      data = {
        ...after.get(definition.key)!,
        prefilled: cell.keepPrefilled && suggestions.get(definition.key) === cell.value,
      };
    }
    const old = before.get(definition.key);
    const multiUnit = (definition.units?.length ?? 0) > 1;
    const oldText = old ? cellAuditText(old, multiUnit) : null;
    const newText = cellAuditText(data, multiUnit);
    if (old && oldText === newText && old.prefilled === data.prefilled) continue;
    if (oldText !== newText && !definition.computed)
      changes.push({ cell: definition.key, before: oldText, after: newText });
    writes.push({
      tableKey: definition.table,
      rowKey: definition.row,
      columnKey: definition.column,
      computed: definition.computed,
      ...data,
    });
  }
  return { writes, tables };
}

export function planTexts(
  revision: Record<TextKey, string>,
  sent: Partial<Record<TextKey, string>>,
  changes: Change[],
): Partial<Record<TextKey, string>> | null {
  const texts: Partial<Record<TextKey, string>> = {};
  for (const [key, text] of Object.entries(sent) as [TextKey, string][]) {
    if (revision[key] === text) continue;
    texts[key] = text;
    changes.push({ cell: `texts.${key}`, before: revision[key] || null, after: text || null });
  }
  return Object.keys(texts).length ? texts : null;
}

export function planExplanations(
  current: WarningExplanations,
  sent: Record<string, string>,
  changes: Change[],
): WarningExplanations | null {
  const next = { ...current };
  let changed = false;
  for (const [key, text] of Object.entries(sent)) {
    const before = current[key] ?? "";
    if (before === text) continue;
    changed = true;
    if (text === "") delete next[key];
    else next[key] = text;
    changes.push({ cell: `explanations.${key}`, before: before || null, after: text || null });
  }
  return changed ? next : null;
}
