// The clerk's draft of one report, the only owner of what was typed: every input cell's text as
// typed, what it parses to, the units of amounts that carry one, the prefilled marks, the texts
// and the warning explanations; beside it the base, the values last saved (what every save and
// every merge is measured against).
import {
  computeTotals,
  getCellDefinition,
  listCellDefinitions,
  listTextSections,
  parseCellInput,
  TEXT_KEYS,
  type CellDefinition,
  type CellInputResult,
  type CellValue,
  type FormatKey,
  type MoneyUnit,
  type ReportTables,
  type TableValues,
  type TextKey,
} from "@/lib/report-format";
import { MAX_EXPLANATION_CHARS, checkText } from "@/lib/report-format/text-rules";
import type { EditableState } from "@/lib/server/reports/editable-state";
import type { SaveReportRequest } from "@/lib/requests/wizard";

/** What a cell holds for comparing and choosing: canonical digits ("" when blank), and the unit of an amount that carries one. */
export type CellSide = { value: string; unit?: MoneyUnit };

/** Saved values: the server's state as the draft knows it. */
export type Snapshot = {
  cells: Map<string, string>;
  units: Map<string, MoneyUnit>;
  prefilled: Set<string>;
  texts: Record<TextKey, string>;
  explanations: Record<string, string>;
};

export function snapshotOf(
  state: Pick<EditableState, "cells" | "units" | "prefilled" | "texts" | "explanations">,
  inputs: readonly CellDefinition[],
): Snapshot {
  return {
    cells: new Map(inputs.map((cell) => [cell.key, state.cells[cell.key] ?? ""])),
    units: new Map(Object.entries(state.units)),
    prefilled: new Set(state.prefilled),
    texts: { ...state.texts },
    explanations: { ...state.explanations },
  };
}

export function sameSide(a: CellSide | null, b: CellSide | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && (a.value === "" || a.unit === b.unit);
}

export class DraftModel {
  readonly inputs: readonly CellDefinition[];
  readonly multiUnit: ReadonlySet<string>;
  base: Snapshot;
  texts: Record<TextKey, string>;
  explanations: Record<string, string>;
  readonly prefilled: Set<string>;
  private readonly raw = new Map<string, string>();
  private readonly parsed = new Map<string, CellInputResult>();
  private readonly units = new Map<string, MoneyUnit>();
  /** The tables as typed, computed cells blank; kept up to date cell by cell (copy on write per row). */
  private typed: ReportTables = {};

  constructor(
    readonly format: FormatKey,
    state: EditableState,
  ) {
    this.inputs = listCellDefinitions(format).filter((cell) => !cell.computed);
    this.multiUnit = new Set(this.inputs.filter((cell) => (cell.units?.length ?? 0) > 1).map((cell) => cell.key));
    this.base = snapshotOf(state, this.inputs);
    for (const cell of listCellDefinitions(format)) {
      const table = (this.typed[cell.table] ??= {});
      (table[cell.row] ??= {})[cell.column] = null;
    }
    for (const [key, unit] of this.base.units) this.units.set(key, unit);
    for (const cell of this.inputs) this.writeCell(cell.key, this.base.cells.get(cell.key)!);
    this.prefilled = new Set(this.base.prefilled);
    this.texts = { ...this.base.texts };
    this.explanations = { ...this.base.explanations };
  }

  getRaw(key: string): string {
    return this.raw.get(key) ?? "";
  }

  getUnit(key: string): MoneyUnit | undefined {
    return this.units.get(key);
  }

  getParsed(key: string): CellInputResult | undefined {
    return this.parsed.get(key);
  }

  get parsedCells(): ReadonlyMap<string, CellInputResult> {
    return this.parsed;
  }

  writeCell(key: string, value: string): void {
    const cell = getCellDefinition(this.format, key)!;
    this.raw.set(key, value);
    this.parsed.set(key, parseCellInput(value, cell));
    this.retype(cell);
  }

  /** false when the cell has no choice of unit or already has this one. */
  writeUnit(key: string, unit: MoneyUnit): boolean {
    if (!this.multiUnit.has(key) || this.units.get(key) === unit) return false;
    this.units.set(key, unit);
    this.retype(getCellDefinition(this.format, key)!);
    return true;
  }

  /** The cell's stored form in the typed tables: a value that does not fit stays as text for the checks to name. */
  private retype(cell: CellDefinition): void {
    const parsed = this.parsed.get(cell.key)!;
    let value: CellValue;
    if (!parsed.ok) value = this.getRaw(cell.key).trim();
    else if (parsed.value !== null && this.multiUnit.has(cell.key))
      value = { value: String(parsed.value), unit: this.units.get(cell.key) ?? cell.units![0]! };
    else value = parsed.value;
    const table: TableValues = { ...this.typed[cell.table] };
    table[cell.row] = { ...table[cell.row], [cell.column]: value };
    this.typed = { ...this.typed, [cell.table]: table };
  }

  /** The cell as saved would hold it; null while what was typed cannot be saved. */
  side(key: string): CellSide | null {
    const parsed = this.parsed.get(key);
    if (!parsed?.ok) return null;
    const value = parsed.value === null ? "" : String(parsed.value);
    return this.multiUnit.has(key) ? { value, unit: this.units.get(key) } : { value };
  }

  baseSide(key: string): CellSide {
    const value = this.base.cells.get(key) ?? "";
    return this.multiUnit.has(key) ? { value, unit: this.base.units.get(key) } : { value };
  }

  isCellChanged(key: string): boolean {
    return !sameSide(this.side(key), this.baseSide(key));
  }

  isCellDirty(key: string): boolean {
    return this.isCellChanged(key) || this.prefilled.has(key) !== this.base.prefilled.has(key);
  }

  /** The typed value with its unit, as the clerk sees it. */
  describeCell(key: string): CellSide {
    const unit = this.units.get(key);
    return this.multiUnit.has(key) && this.getRaw(key).trim() && unit
      ? { value: this.getRaw(key), unit }
      : { value: this.getRaw(key) };
  }

  textProblem(key: TextKey): string | null {
    const heading = listTextSections(this.format).find((section) => section.key === key)?.heading ?? key;
    return checkText(this.texts[key], heading);
  }

  /** Values the clerk changed that cannot be saved until corrected. */
  countUnsaveable(): number {
    let count = 0;
    for (const cell of this.inputs) if (!this.parsed.get(cell.key)?.ok) count++;
    for (const key of TEXT_KEYS) if (this.texts[key] !== this.base.texts[key] && this.textProblem(key)) count++;
    return count;
  }

  /** The tables as typed with every total computed (the only place the browser computes them). */
  buildTables(): ReportTables {
    return computeTotals(this.format, this.typed);
  }

  /** The changes since the base that can be saved, and what the base becomes once they are. */
  buildRequest(reportId: string, version: number): { request: SaveReportRequest; sent: Snapshot } | null {
    const request: SaveReportRequest = { reportId, version };
    const sent: Snapshot = {
      cells: new Map(),
      units: new Map(),
      prefilled: new Set(),
      texts: { ...this.base.texts },
      explanations: {},
    };
    const cells: NonNullable<SaveReportRequest["cells"]> = {};
    for (const cell of this.inputs) {
      if (!this.isCellDirty(cell.key)) continue;
      const side = this.side(cell.key);
      if (side === null) continue;
      const unit = this.units.get(cell.key) ?? cell.units?.[0];
      const prefilled = this.prefilled.has(cell.key);
      cells[cell.key] = {
        value: this.getRaw(cell.key),
        ...(this.multiUnit.has(cell.key) ? { unit: unit ?? null } : {}),
        ...(prefilled ? { prefilled } : {}),
      };
      sent.cells.set(cell.key, side.value);
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

  /** What a save sent is now the base. */
  acceptSaved(sent: Snapshot): void {
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
  }
}
