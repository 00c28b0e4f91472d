// Turns a format declaration into flat, index-based structures once per format, so that
// validating a report or computing its totals walks arrays of numbers, not the declaration.
import { findRowNode, listLeafColumns, listLeafRows, listRowKeysUnder } from "./declaration-tree";
import { getFormat } from "./format-registry";
import type {
  CellDefinition,
  FiguresCheck,
  FormatDefinition,
  FormatKey,
  LinearCheck,
  MentionCheck,
  RepeatedTextCheck,
  RowNode,
  ShareCheck,
  TableDefinition,
  TextKey,
} from "./types";

export interface CompiledCell extends CellDefinition {
  index: number;
  /** Place in format order among cells and texts: how violations are sorted. */
  position: number;
  /** Index among the format's money cells, -1 for the others. */
  moneySlot: number;
}

export interface CompiledRow {
  key: string;
  cells: readonly CompiledCell[];
}

export interface CompiledTable {
  definition: TableDefinition;
  rows: readonly CompiledRow[];
}

export interface CompiledTerm {
  /** Cell index in this report's format, or in last year's format when `fromPrevious`. */
  index: number;
  coef: number;
  fromPrevious: boolean;
}

export interface LinearInstance {
  check: LinearCheck;
  target: number;
  terms: readonly CompiledTerm[];
}

export interface ShareInstance {
  check: ShareCheck;
  /** "（六）其他处理·自然人" */
  label: string;
  parts: readonly number[];
  whole: number;
}

export interface FigurePhraseInstance {
  pattern: RegExp;
  /** Per row set, per column: the cells whose sum the figure may be. */
  candidates: readonly (readonly (readonly number[])[])[];
  /** The cells whose sum is reported as expected: the first row set's total column. */
  expected: readonly number[];
}

export interface FiguresInstance {
  check: FiguresCheck;
  phrases: readonly FigurePhraseInstance[];
}

export interface MentionInstance {
  check: MentionCheck;
  cell: CompiledCell;
}

export interface CompiledFormat {
  definition: FormatDefinition;
  cells: readonly CompiledCell[];
  cellKeys: readonly string[];
  cellsByKey: ReadonlyMap<string, CompiledCell>;
  tables: readonly CompiledTable[];
  moneyCells: readonly CompiledCell[];
  textPositions: Readonly<Record<TextKey, number>>;
  textHeadings: Readonly<Record<TextKey, string>>;
  linear: readonly LinearInstance[];
  shares: readonly ShareInstance[];
  mentions: readonly MentionInstance[];
  figures: readonly FiguresInstance[];
  repeatedTexts: readonly RepeatedTextCheck[];
  /** Computed cells with their formula, each after the computed cells it reads. */
  computeOrder: readonly LinearInstance[];
}

function labelRowNode(node: RowNode, groups: readonly { label: string; inCellLabel: boolean }[]): string[] {
  return [...groups.filter((group) => group.inCellLabel).map((group) => group.label), node.label];
}

function compileTables(definition: FormatDefinition) {
  const cells: CompiledCell[] = [];
  const tables: CompiledTable[] = [];
  const textPositions: Partial<Record<TextKey, number>> = {};
  const textHeadings: Partial<Record<TextKey, string>> = {};
  let position = 0;
  let moneySlot = 0;
  for (const section of definition.sections) {
    if (section.content.kind === "text") {
      const key = section.key as TextKey;
      textPositions[key] = position++;
      textHeadings[key] = section.heading;
      continue;
    }
    for (const table of section.content.tables) {
      const columns = listLeafColumns(table.columns);
      const rows = listLeafRows(table.rows).map(({ row, groups }): CompiledRow => {
        const rowLabel = labelRowNode(row, groups);
        return {
          key: row.key,
          cells: columns.map((column) => {
            const cell: CompiledCell = {
              key: `${table.key}.${row.key}.${column.key}`,
              table: table.key,
              row: row.key,
              column: column.key,
              type: column.type,
              ...(column.units ? { units: column.units } : {}),
              computed: Boolean(row.computed || column.computed),
              label: [...(table.band ? [table.band] : []), ...rowLabel, column.label].join("·"),
              index: cells.length,
              position: position++,
              moneySlot: column.type === "money" ? moneySlot++ : -1,
            };
            cells.push(cell);
            return cell;
          }),
        };
      });
      tables.push({ definition: table, rows });
    }
  }
  return {
    cells,
    tables,
    textPositions: textPositions as Record<TextKey, number>,
    textHeadings: textHeadings as Record<TextKey, string>,
  };
}

function requireCell(cellsByKey: ReadonlyMap<string, CompiledCell>, key: string): CompiledCell {
  const cell = cellsByKey.get(key);
  if (!cell) throw new Error(`Format declaration refers to an unknown cell ${key}`);
  return cell;
}

function findTable(definition: FormatDefinition, key: string): TableDefinition {
  for (const section of definition.sections) {
    if (section.content.kind !== "tables") continue;
    const table = section.content.tables.find((candidate) => candidate.key === key);
    if (table) return table;
  }
  throw new Error(`Format ${definition.key} has no table ${key}`);
}

/** The lines (rows or columns) of `table` a check runs along, and the cell key at (line, key). */
function linesOf(table: TableDefinition, per: "row" | "column") {
  const lines =
    per === "row"
      ? listLeafRows(table.rows).map((leaf) => leaf.row.key)
      : listLeafColumns(table.columns).map((column) => column.key);
  const cellKey = (line: string, key: string) =>
    per === "row" ? `${table.key}.${line}.${key}` : `${table.key}.${key}.${line}`;
  return { lines, cellKey };
}

/**
 * Instances of the linear checks: within one report, or (when `previous` is given) the
 * cross-year ones whose last-year terms resolve against `previous`.
 */
function instantiateLinear(
  compiled: Pick<CompiledFormat, "definition" | "cellsByKey">,
  previous: Pick<CompiledFormat, "definition" | "cellsByKey"> | null,
): LinearInstance[] {
  const instances: LinearInstance[] = [];
  for (const check of compiled.definition.checks) {
    if (check.kind !== "linear") continue;
    const crossYear = check.terms.some((term) => term.fromPrevious);
    if (crossYear !== (previous !== null)) continue;
    if (previous && !check.previousFormats?.includes(previous.definition.key)) continue;
    const { lines, cellKey } = linesOf(findTable(compiled.definition, check.table), check.per);
    for (const line of lines) {
      instances.push({
        check,
        target: requireCell(compiled.cellsByKey, cellKey(line, check.target)).index,
        terms: check.terms.map((term) => ({
          index: requireCell(
            term.fromPrevious && previous ? previous.cellsByKey : compiled.cellsByKey,
            cellKey(line, term.key),
          ).index,
          coef: term.coef,
          fromPrevious: Boolean(term.fromPrevious),
        })),
      });
    }
  }
  return instances;
}

function orderComputations(cells: readonly CompiledCell[], linear: readonly LinearInstance[]): LinearInstance[] {
  const formulas = new Map<number, LinearInstance>();
  for (const instance of linear) {
    if (instance.check.computes && !formulas.has(instance.target)) formulas.set(instance.target, instance);
  }
  const ordered: LinearInstance[] = [];
  const placed = new Set<number>();
  const place = (index: number) => {
    const formula = formulas.get(index);
    if (!formula || placed.has(index)) return;
    placed.add(index);
    for (const term of formula.terms) place(term.index);
    ordered.push(formula);
  };
  for (const cell of cells) {
    if (!cell.computed) continue;
    if (!formulas.has(cell.index)) throw new Error(`Computed cell ${cell.key} has no formula`);
    place(cell.index);
  }
  return ordered;
}

function compileFormat(definition: FormatDefinition): CompiledFormat {
  const { cells, tables, textPositions, textHeadings } = compileTables(definition);
  const cellsByKey = new Map(cells.map((cell) => [cell.key, cell]));
  const linear = instantiateLinear({ definition, cellsByKey }, null);

  const shares = definition.checks.flatMap((check): ShareInstance[] => {
    if (check.kind !== "share") return [];
    const table = findTable(definition, check.table);
    const partRows = listRowKeysUnder(table.rows, check.part);
    const partLabel = findRowNode(table.rows, check.part)?.label ?? check.part;
    return listLeafColumns(table.columns).map((column) => ({
      check,
      label: `${partLabel}·${column.label}`,
      parts: partRows.map((row) => requireCell(cellsByKey, `${table.key}.${row}.${column.key}`).index),
      whole: requireCell(cellsByKey, `${table.key}.${check.whole}.${column.key}`).index,
    }));
  });

  const figures = definition.checks.flatMap((check): FiguresInstance[] => {
    if (check.kind !== "figures") return [];
    const phrases = check.phrases.map((phrase): FigurePhraseInstance => {
      const columns = listLeafColumns(findTable(definition, phrase.table).columns);
      const candidates = phrase.rowSets.map((rows) =>
        columns.map((column) =>
          rows.map((row) => requireCell(cellsByKey, `${phrase.table}.${row}.${column.key}`).index),
        ),
      );
      const totalColumn = columns.findIndex((column) => column.computed);
      const expected = candidates[0]?.[totalColumn === -1 ? columns.length - 1 : totalColumn];
      if (!expected) throw new Error(`Figure phrase ${phrase.pattern} has no row set`);
      return { pattern: phrase.pattern, candidates, expected };
    });
    return [{ check, phrases }];
  });

  const mentions = definition.checks.flatMap((check): MentionInstance[] =>
    check.kind === "mention" ? [{ check, cell: requireCell(cellsByKey, check.cell) }] : [],
  );

  return {
    definition,
    cells,
    cellKeys: cells.map((cell) => cell.key),
    cellsByKey,
    tables,
    moneyCells: cells.filter((cell) => cell.moneySlot !== -1),
    textPositions,
    textHeadings,
    linear,
    shares,
    mentions,
    figures,
    repeatedTexts: definition.checks.filter((check): check is RepeatedTextCheck => check.kind === "repeated-text"),
    computeOrder: orderComputations(cells, linear),
  };
}

const compiledFormats = new Map<FormatKey, CompiledFormat>();
const crossYearInstances = new Map<string, readonly LinearInstance[]>();

export function getCompiledFormat(key: FormatKey): CompiledFormat {
  let compiled = compiledFormats.get(key);
  if (!compiled) {
    compiled = compileFormat(getFormat(key));
    compiledFormats.set(key, compiled);
  }
  return compiled;
}

/** Cross-year checks of format `key` that apply when last year's report is in `previousKey`. */
export function getCrossYearChecks(key: FormatKey, previousKey: FormatKey): readonly LinearInstance[] {
  const cacheKey = `${key}<${previousKey}`;
  let instances = crossYearInstances.get(cacheKey);
  if (!instances) {
    instances = instantiateLinear(getCompiledFormat(key), getCompiledFormat(previousKey));
    crossYearInstances.set(cacheKey, instances);
  }
  return instances;
}
