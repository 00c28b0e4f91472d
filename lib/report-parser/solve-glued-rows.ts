// Which way of cutting each glued row is the printed one, decided by the format's 勾稽关系 (the
// error-level linear rules of lib/report-format: row totals, column totals, the balance). The
// cells read with certainty elsewhere are fixed; each glued row may take any of its splits. A
// split is kept while some choice for the other glued rows satisfies every rule, and a row is
// found only when exactly one split is left. A report that breaks its own rules (no choice
// satisfies them) leaves nothing found: its rules cannot be trusted to pick a split.
import type { CellDefinition, FormatKey } from "@/lib/report-format";
import { admitsFor, buildConstraints, holds, type Constraint, type Term } from "./glued-constraints";
import { listSplits, readingNumber, type SplitCandidate } from "./split-glued-digits";
import type { CellReading, SourceRef } from "./types";

export interface GluedRow {
  /** The cells of the row, in printed column order. */
  definitions: CellDefinition[];
  /** The digits as printed, the pieces joined. */
  text: string;
  /** Offsets in `text` where the source separated pieces. */
  cuts: number[];
  source: SourceRef;
  /** Doubts from reading the row's label or header: the row is at best guessed. */
  notes: string[];
}

const MAX_COMBINATIONS = 200_000;
const MAX_SEARCH_NODES = 500_000;
const MAX_LISTED = 4;

class GluedSolver {
  readonly domains: number[][];
  private readonly values: (number | null)[][][];

  constructor(
    candidates: readonly SplitCandidate[][],
    private readonly constraints: readonly Constraint[],
  ) {
    this.domains = candidates.map((list) => list.map((_, index) => index));
    this.values = candidates.map((list) =>
      list.map((candidate) => candidate.readings.map((reading) => readingNumber(reading.value))),
    );
  }

  private valueOf(term: Term, choice: ReadonlyMap<number, number>): number | null {
    if (term.kind === "fixed") return term.value;
    const candidate = choice.get(term.row);
    return candidate === undefined ? null : (this.values[term.row]?.[candidate]?.[term.column] ?? null);
  }

  /** null: not all rows of the constraint chosen yet. */
  private satisfied(constraint: Constraint, choice: ReadonlyMap<number, number>): boolean | null {
    const actual = this.valueOf(constraint.target, choice);
    if (actual === null) return constraint.rows.every((row) => choice.has(row)) ? false : null;
    let expected = 0;
    for (const { coef, term } of constraint.terms) {
      const value = this.valueOf(term, choice);
      if (value === null) return constraint.rows.every((row) => choice.has(row)) ? false : null;
      expected += coef * value;
    }
    return holds(constraint.op, actual, expected);
  }

  /** Drops splits that no choice of the constraint's other rows supports; false when it was too big to try. */
  private revise(constraint: Constraint): boolean {
    const size = constraint.rows.reduce((product, row) => product * (this.domains[row]?.length ?? 0), 1);
    if (size > MAX_COMBINATIONS) return false;
    const supported = constraint.rows.map(() => new Set<number>());
    const choice = new Map<number, number>();
    const walk = (position: number) => {
      const row = constraint.rows[position];
      if (row === undefined) {
        if (this.satisfied(constraint, choice))
          constraint.rows.forEach((r, index) => supported[index]?.add(choice.get(r) ?? -1));
        return;
      }
      for (const candidate of this.domains[row] ?? []) {
        choice.set(row, candidate);
        walk(position + 1);
      }
      choice.delete(row);
    };
    walk(0);
    let changed = false;
    constraint.rows.forEach((row, index) => {
      const before = this.domains[row] ?? [];
      const after = before.filter((candidate) => supported[index]?.has(candidate));
      if (after.length !== before.length) changed = true;
      this.domains[row] = after;
    });
    return changed;
  }

  propagate(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const constraint of this.constraints) if (this.revise(constraint)) changed = true;
    }
  }

  /** The splits of each row that are part of some choice satisfying every rule; null when the search was too large. */
  search(): Set<number>[] | null {
    const constrained = new Set(this.constraints.flatMap((constraint) => constraint.rows));
    const order = this.domains
      .map((domain, row) => ({ row, size: domain.length }))
      .filter((entry) => constrained.has(entry.row))
      .sort((a, b) => a.size - b.size)
      .map((entry) => entry.row);
    // Rows no rule reaches keep every split.
    const seen = this.domains.map((domain, row) => new Set<number>(constrained.has(row) ? [] : domain));
    const choice = new Map<number, number>();
    let nodes = 0;
    const consistent = () => this.constraints.every((constraint) => this.satisfied(constraint, choice) !== false);
    const walk = (position: number): boolean => {
      if (++nodes > MAX_SEARCH_NODES) return false;
      const row = order[position];
      if (row === undefined) {
        choice.forEach((candidate, chosenRow) => seen[chosenRow]?.add(candidate));
        return true;
      }
      for (const candidate of this.domains[row] ?? []) {
        // A split already known to be possible need not be proven again once the rest is free.
        choice.set(row, candidate);
        if (consistent() && !walk(position + 1)) return false;
      }
      choice.delete(row);
      return true;
    };
    return walk(0) ? seen : null;
  }
}

function describeParts(candidate: SplitCandidate): string {
  return candidate.parts.join(" | ");
}

function toReadings(
  row: GluedRow,
  candidates: readonly SplitCandidate[],
  kept: readonly number[],
  inconsistent: boolean,
): Map<string, CellReading> {
  const readings = new Map<string, CellReading>();
  const [only] = kept;
  const chosen = only === undefined ? undefined : candidates[only];
  row.definitions.forEach((definition, column) => {
    const base = { source: row.source, raw: row.text };
    if (!chosen) {
      const note =
        candidates.length === 0
          ? `数字“${row.text}”连在一起，无法拆成 ${row.definitions.length} 个合格的数`
          : `数字“${row.text}”连在一起，没有一种拆法满足表格的勾稽关系`;
      readings.set(definition.key, { value: null, status: "missing", ...base, note });
      return;
    }
    const reading = chosen.readings[column];
    const unique = kept.length === 1;
    const listed = kept
      .slice(0, MAX_LISTED)
      .map((index) => candidates[index])
      .filter((candidate) => candidate !== undefined);
    const notes = [...row.notes];
    if (!unique)
      notes.push(
        `数字“${row.text}”连在一起，有 ${kept.length} 种拆法满足勾稽关系：${listed.map(describeParts).join("；")}${kept.length > MAX_LISTED ? "……" : ""}`,
      );
    else if (inconsistent) notes.push(`数字“${row.text}”连在一起；报告有不满足勾稽关系之处，拆法不能确定`);
    else notes.push(`数字“${row.text}”连在一起，按勾稽关系只有一种拆法`);
    if (reading?.note) notes.push(reading.note);
    const status =
      unique && !inconsistent && row.notes.length === 0 && reading?.status === "found" ? "found" : "guessed";
    readings.set(definition.key, { value: reading?.value ?? null, status, ...base, note: notes.join("；") });
  });
  return readings;
}

/**
 * The readings of the glued rows' cells. `fixed`: the numbers of the cells read for sure (found),
 * by cell key.
 */
export function solveGluedRows(
  format: FormatKey,
  fixed: ReadonlyMap<string, number>,
  rows: readonly GluedRow[],
  /** The document prints other rows' figures apart: a lone digit string may be one figure beside blank cells. */
  mayBeBlanks = false,
): Map<string, CellReading> {
  const all = buildConstraints(format, fixed, rows);
  const candidates = rows.map((row, index) => listSplits(row.text, row.cuts, row.definitions, admitsFor(all, index)));
  const usable = candidates.map((list) => list ?? []);
  const splittable = rows.map((row, index) => ((candidates[index]?.length ?? 0) > 0 ? row : null));
  const solver = new GluedSolver(usable, buildConstraints(format, fixed, splittable));
  solver.propagate();
  const emptied = solver.domains.some((domain, index) => domain.length === 0 && splittable[index] !== null);
  const possible = emptied ? null : solver.search();
  const kept = possible ? possible.map((set) => [...set].sort((a, b) => a - b)) : solver.domains;
  const inconsistent = kept.some((domain, index) => domain.length === 0 && (candidates[index]?.length ?? 0) > 0);
  const readings = new Map<string, CellReading>();
  rows.forEach((row, index) => {
    if (candidates[index] === null) {
      for (const definition of row.definitions) {
        readings.set(definition.key, {
          value: null,
          status: "missing",
          source: row.source,
          raw: row.text,
          note: `数字“${row.text}”连在一起，拆法太多，无法确定`,
        });
      }
      return;
    }
    for (const [key, reading] of toReadings(row, usable[index] ?? [], kept[index] ?? [], inconsistent)) {
      const doubtful = mayBeBlanks && reading.status === "found";
      readings.set(
        key,
        doubtful
          ? {
              ...reading,
              status: "guessed",
              note: `${reading.note ?? ""}；原文其他行的数字是分开的，这一行也可能只有一个数字、其余格空白`,
            }
          : reading,
      );
    }
  });
  return readings;
}
