// The 勾稽关系 a glued row's split must satisfy, as constraints over the glued rows: the
// error-level linear rules of lib/report-format (row totals, column totals, the balance) whose
// every cell is either read for sure elsewhere (fixed) or in a glued row. Rules that read a cell
// the parser does not know are left out: they cannot decide anything.
import { RULES, type FormatKey } from "@/lib/report-format";
import { getCompiledFormat, type LinearInstance } from "@/lib/report-format/compile-format";
import type { GluedRow } from "./solve-glued-rows";

// Integers are compared exactly; money in 元/万元 figures to the micro-unit.
const EPSILON = 1e-6;

export type Term = { kind: "fixed"; value: number } | { kind: "row"; row: number; column: number };

export interface Constraint {
  op: LinearInstance["check"]["op"];
  target: Term;
  terms: { coef: number; term: Term }[];
  rows: number[];
}

export function holds(op: Constraint["op"], actual: number, expected: number): boolean {
  if (op === "=") return Math.abs(actual - expected) < EPSILON;
  return op === "<=" ? actual <= expected + EPSILON : actual >= expected - EPSILON;
}

/** `rows[i]` null: a row with no split at all, whose cells are unknown. */
export function buildConstraints(
  format: FormatKey,
  fixed: ReadonlyMap<string, number>,
  rows: readonly (GluedRow | null)[],
): Constraint[] {
  const compiled = getCompiledFormat(format);
  const places = new Map<string, { row: number; column: number }>();
  rows.forEach((row, index) =>
    row?.definitions.forEach((definition, column) => places.set(definition.key, { row: index, column })),
  );
  const termOf = (cellIndex: number): Term | null => {
    const key = compiled.cells[cellIndex]?.key ?? "";
    const place = places.get(key);
    if (place) return { kind: "row", ...place };
    const value = fixed.get(key);
    return value === undefined ? null : { kind: "fixed", value };
  };
  return compiled.linear.flatMap((instance): Constraint[] => {
    if (RULES[instance.check.rule].level !== "error" || instance.terms.some((term) => term.fromPrevious)) return [];
    const target = termOf(instance.target);
    const terms = instance.terms.map((term) => ({ coef: term.coef, term: termOf(term.index) }));
    if (!target || terms.some((entry) => entry.term === null)) return [];
    const all = [target, ...terms.map((entry) => entry.term as Term)];
    const involved = [...new Set(all.flatMap((term) => (term.kind === "row" ? [term.row] : [])))];
    if (involved.length === 0) return [];
    return [{ op: instance.check.op, target, terms: terms as { coef: number; term: Term }[], rows: involved }];
  });
}

/** The rules on row `row` alone, checked as soon as the parts they read are placed. */
export function admitsFor(
  constraints: readonly Constraint[],
  row: number,
): (numbers: readonly (number | null)[], placed: number) => boolean {
  const own = constraints
    .filter((constraint) => constraint.rows.length === 1 && constraint.rows[0] === row)
    .map((constraint) => {
      const columns = [constraint.target, ...constraint.terms.map((entry) => entry.term)].flatMap((term) =>
        term.kind === "row" ? [term.column] : [],
      );
      return { constraint, last: Math.max(...columns) };
    });
  return (numbers, placed) =>
    own.every(({ constraint, last }) => {
      if (last !== placed - 1) return true;
      const value = (term: Term) => (term.kind === "fixed" ? term.value : (numbers[term.column] ?? null));
      const actual = value(constraint.target);
      if (actual === null) return true;
      let expected = 0;
      for (const { coef, term } of constraint.terms) {
        const number = value(term);
        if (number === null) return true;
        expected += coef * number;
      }
      return holds(constraint.op, actual, expected);
    });
}
