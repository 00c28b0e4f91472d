// Which cells of a new report can be filled in from last year's report: the cross-year checks of
// the format declaration with `=` (carry-over, in force, previous items …) read as formulas.
// Pure: the server prefills a new report with it, the wizard keeps an untouched suggestion up to
// date with it while the clerk types the figures it depends on.
import { getCellDefinition } from "./cells";
import { listLeafColumns, listLeafRows } from "./declaration-tree";
import { getFormat } from "./format-registry";
import type { FormatKey, LinearCheck, Report, ReportTables, TableDefinition } from "./types";

export interface PrefillTerm {
  key: string;
  coef: number;
  fromPrevious: boolean;
}

/** `target = Σ terms`, where some terms are read from last year's report. */
export interface PrefillLink {
  target: string;
  terms: readonly PrefillTerm[];
}

const cache = new Map<string, readonly PrefillLink[]>();

function findTable(format: FormatKey, key: string): TableDefinition | undefined {
  for (const section of getFormat(format).sections) {
    if (section.content.kind !== "tables") continue;
    const table = section.content.tables.find((candidate) => candidate.key === key);
    if (table) return table;
  }
  return undefined;
}

function isCrossYearEquality(check: LinearCheck, previousFormat: FormatKey): boolean {
  return (
    check.op === "=" &&
    check.terms.some((term) => term.fromPrevious) &&
    Boolean(check.previousFormats?.includes(previousFormat))
  );
}

/** The derivable cells of a `format` report when last year's report is in `previousFormat`. */
export function listPrefillLinks(format: FormatKey, previousFormat: FormatKey): readonly PrefillLink[] {
  const cacheKey = `${format}<${previousFormat}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const links: PrefillLink[] = [];
  const seen = new Set<string>();
  for (const check of getFormat(format).checks) {
    if (check.kind !== "linear" || !isCrossYearEquality(check, previousFormat)) continue;
    const table = findTable(format, check.table);
    if (!table) continue;
    const lines =
      check.per === "row"
        ? listLeafRows(table.rows).map((leaf) => leaf.row.key)
        : listLeafColumns(table.columns).map((column) => column.key);
    const cellKey = (line: string, key: string) =>
      check.per === "row" ? `${table.key}.${line}.${key}` : `${table.key}.${key}.${line}`;
    for (const line of lines) {
      const target = cellKey(line, check.target);
      const definition = getCellDefinition(format, target);
      if (!definition || definition.computed || definition.type === "money" || seen.has(target)) continue;
      const terms = check.terms.map((term) => ({
        key: cellKey(line, term.key),
        coef: term.coef,
        fromPrevious: Boolean(term.fromPrevious),
      }));
      const resolvable = terms.every((term) =>
        getCellDefinition(term.fromPrevious ? previousFormat : format, term.key),
      );
      if (!resolvable) continue;
      seen.add(target);
      links.push({ target, terms });
    }
  }
  cache.set(cacheKey, links);
  return links;
}

function readValue(tables: ReportTables, format: FormatKey, key: string): unknown {
  const cell = getCellDefinition(format, key);
  return cell ? tables[cell.table]?.[cell.row]?.[cell.column] : undefined;
}

/**
 * The suggested value of `link.target`, or null when it cannot be derived: a figure of last year
 * is missing, a figure of this year does not fit its cell, or the result would be negative.
 * This year's blank figures count as 0 (nothing made or repealed yet).
 */
export function derivePrefillValue(
  link: PrefillLink,
  format: FormatKey,
  previous: Report,
  tables: ReportTables,
): number | null {
  let sum = 0;
  for (const term of link.terms) {
    const value = term.fromPrevious
      ? readValue(previous.tables, previous.format, term.key)
      : readValue(tables, format, term.key);
    if (typeof value === "number") sum += term.coef * value;
    else if (term.fromPrevious || (value !== null && value !== undefined)) return null;
  }
  const target = getCellDefinition(format, link.target);
  if (target?.type === "count" && sum < 0) return null;
  return sum;
}

/** Every derivable cell of a report for the year after `previous`, from `tables` (this year's figures so far). */
export function derivePrefill(format: FormatKey, previous: Report, tables: ReportTables): Map<string, number> {
  const values = new Map<string, number>();
  for (const link of listPrefillLinks(format, previous.format)) {
    const value = derivePrefillValue(link, format, previous, tables);
    if (value !== null) values.set(link.target, value);
  }
  return values;
}
