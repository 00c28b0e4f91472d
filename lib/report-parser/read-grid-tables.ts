// The cells of a section's row-by-column tables (the 第二十条 tables, the applications table):
// each row found by its label, each value placed by the header's columns. A row whose number of
// values does not fit is placed by the positions other rows of the table use, or left missing:
// a number is never put in a column the parser is not sure of without saying so.
import { listLeafColumns, type CellDefinition, type TableDefinition } from "@/lib/report-format";
import { matchLabelAtEnd, type LabelMatch } from "./match-label";
import { readColumnLayout, type ColumnLayout, type PrintedColumn } from "./read-column-layout";
import { describeSource } from "./describe-source";
import type { HeaderBlock, RowSegment, Slot } from "./segment-table-rows";
import { listRowCandidates, type RowCandidate } from "./table-vocabulary";
import { combineReadings, readSlot, type TableCells } from "./table-cells";
import type { GluedRow } from "./solve-glued-rows";
import { foldWidth } from "./normalise-label";

interface MatchedRow {
  segment: RowSegment;
  match: LabelMatch<RowCandidate>;
  /** The numbers came from the next line, which had no label of its own. */
  borrowed?: boolean;
}

interface Placement {
  printed: PrintedColumn;
  slot: Slot;
  status: "found" | "guessed";
  note?: string;
}

function describeRow(row: RowCandidate): string {
  return `“${row.label}”`;
}

/** Segments matched to rows; unmatched numbers and duplicate rows are problems. */
function matchRows(
  tables: readonly TableDefinition[],
  segments: readonly RowSegment[],
  problems: string[],
): Map<string, MatchedRow> {
  const candidates = listRowCandidates(tables);
  const rows = new Map<string, MatchedRow>();
  let previous: MatchedRow | null = null;
  for (const segment of segments) {
    const match = matchLabelAtEnd(segment.run, candidates);
    const hasNumbers = segment.slots.some((slot) => slot.kind === "number");
    if (!match) {
      // A label printed alone on a line, with its numbers on the next line (a wrapped cell).
      if (hasNumbers && segment.run === "" && previous && previous.segment.slots.length === 0) {
        previous.segment = { ...previous.segment, slots: segment.slots, source: segment.source };
        previous.borrowed = true;
      } else if (hasNumbers) {
        const label = segment.label || "（无标签）";
        problems.push(`${describeSource(segment.source)}“${label}”的数字无法对应到表格的任何一行，未采用`);
      }
      previous = null;
      continue;
    }
    const id = `${match.key.table.key}|${match.key.rowKey}`;
    const existing = rows.get(id);
    const entry = { segment, match };
    const existingHasNumbers = existing?.segment.slots.some((slot) => slot.kind === "number") ?? false;
    if (existing && !existingHasNumbers && hasNumbers) {
      // The label printed alone first (a heading over the row's own little table), then with its numbers.
      rows.set(id, entry);
      previous = entry;
      continue;
    }
    if (existing) {
      const replace = existing.match.quality === "partial" && match.quality !== "partial";
      const [kept, dropped] = replace ? [entry, existing] : [existing, entry];
      problems.push(
        `${describeRow(match.key)}出现了两次（${describeSource(kept.segment.source)}、${describeSource(dropped.segment.source)}），采用${describeSource(kept.segment.source)}`,
      );
      if (replace) rows.set(id, entry);
    } else {
      rows.set(id, entry);
    }
    previous = entry;
  }
  return rows;
}

function slotColumns(segment: RowSegment): number[] {
  return segment.slots.map((slot) => slot.column);
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((column, index) => column === b[index]);
}

function hasDistinctColumns(segment: RowSegment): boolean {
  return segment.positional && new Set(slotColumns(segment)).size === segment.slots.length;
}

/** Positions of the printed columns for a row with blanks, and whether they come from the header. */
function findPositions(
  segment: RowSegment,
  layout: ColumnLayout,
  allComplete: readonly RowSegment[],
): { positions: number[]; byHeader: boolean } | null {
  if (!hasDistinctColumns(segment)) return null;
  const complete = allComplete.filter(hasDistinctColumns);
  const { positions } = layout;
  if (positions && complete.every((other) => sameColumns(slotColumns(other), positions)))
    return { positions, byHeader: true };
  const siblings = complete.filter((other) => other.labelEnd === segment.labelEnd).map(slotColumns);
  const [first] = siblings;
  if (first && siblings.every((columns) => sameColumns(columns, first))) return { positions: first, byHeader: false };
  return null;
}

function placeSlots(
  segment: RowSegment,
  layout: ColumnLayout,
  complete: readonly RowSegment[],
  problems: string[],
): Placement[] {
  const status = layout.guessed ? "guessed" : "found";
  const base = layout.note ? { note: layout.note } : {};
  const ignore = (slot: Slot) => {
    if (slot.kind === "number")
      problems.push(`${describeSource(slot.source)}的“${slot.text}”不在本格式的任何一列下，未采用`);
  };
  if (segment.slots.length === layout.printed.length) {
    return segment.slots.flatMap((slot, index): Placement[] => {
      const printed = layout.printed[index];
      if (printed) return [{ printed, slot, status, ...base }];
      ignore(slot);
      return [];
    });
  }
  const found = findPositions(segment, layout, complete);
  if (!found) {
    const count = segment.slots.filter((slot) => slot.kind === "number").length;
    problems.push(
      `${describeSource(segment.source)}“${segment.label || "（无标签）"}”一行有 ${count} 个数字，表格有 ${layout.printed.length} 列，无法确定各数字属于哪一列，这一行按缺失处理`,
    );
    return [];
  }
  return segment.slots.flatMap((slot): Placement[] => {
    const printed = layout.printed[found.positions.indexOf(slot.column)];
    if (!printed) {
      ignore(slot);
      return [];
    }
    if (found.byHeader) return [{ printed, slot, status, ...base }];
    return [{ printed, slot, status: "guessed", note: "这一行有空白单元格，按同表其他行的列位置对应" }];
  });
}

const GLUED_PIECE = /^-?\d[\d.-]*$/u;

/**
 * A row printing one digit string where it has several columns, long enough to hold them all.
 * Several pieces are not taken as glued: a row whose blank cells were dropped looks the same.
 */
function readGluedRow(
  table: TableDefinition,
  row: MatchedRow,
  layout: ColumnLayout,
  definitions: ReadonlyMap<string, CellDefinition>,
  labelNote: string | undefined,
): GluedRow | null {
  const { slots } = row.segment;
  if (slots.length !== 1 || layout.printed.length < 2) return null;
  const pieces = slots.map((slot) => foldWidth(slot.text).replace(/\s+/gu, ""));
  if (!pieces.every((piece) => GLUED_PIECE.test(piece))) return null;
  const text = pieces.join("");
  if (text.replace(/[.-]/gu, "").length < layout.printed.length) return null;
  const rowDefinitions = layout.printed.map((printed) =>
    printed ? definitions.get(`${table.key}.${row.match.key.rowKey}.${printed.column.key}`) : undefined,
  );
  if (!rowDefinitions.every((definition): definition is CellDefinition => definition !== undefined)) return null;
  const cuts: number[] = [];
  let at = 0;
  for (const piece of pieces.slice(0, -1)) cuts.push((at += piece.length));
  const notes = [labelNote, layout.guessed ? layout.note : undefined].filter((note): note is string => Boolean(note));
  return { definitions: rowDefinitions, text, cuts, source: row.segment.source, notes };
}

function readRow(
  table: TableDefinition,
  row: MatchedRow,
  layout: ColumnLayout,
  complete: readonly RowSegment[],
  definitions: ReadonlyMap<string, CellDefinition>,
  cells: TableCells,
  problems: string[],
  glued: GluedRow[],
): void {
  const labelNote =
    row.match.quality === "partial"
      ? `行标签“${row.segment.label}”只部分符合“${row.match.key.label}”`
      : row.borrowed
        ? `数字在行标签“${row.match.key.label}”的下一行，按这一行对应`
        : undefined;
  const gluedRow = readGluedRow(table, row, layout, definitions, labelNote);
  if (gluedRow) {
    glued.push(gluedRow);
    return;
  }
  const placements = placeSlots(row.segment, layout, complete, problems);
  for (const column of listLeafColumns(table.columns)) {
    const key = `${table.key}.${row.match.key.rowKey}.${column.key}`;
    const definition = definitions.get(key);
    if (!definition) continue;
    const placement = placements.find((candidate) => candidate.printed.column === column);
    if (!placement) {
      const why = layout.unmatched.includes(column)
        ? "表头中没有这一列"
        : row.segment.slots.length === 0
          ? "这一行没有数字"
          : "这一格没有数字";
      cells.set(key, { value: null, status: "missing", source: row.segment.source, raw: null, note: why });
      continue;
    }
    const reading = readSlot(placement.slot, definition, placement.printed.unit);
    cells.set(key, combineReadings(reading, labelNote ? "guessed" : placement.status, [labelNote, placement.note]));
  }
}

/**
 * Reads `tables` (all of one section, e.g. the four or five 第二十条 tables) from `segments`
 * into `cells`; rows not printed are left for the caller to mark missing, rows whose digits run
 * together are added to `glued` for the caller to split once every table is read.
 */
export function readGridTables(
  tables: readonly TableDefinition[],
  segments: readonly RowSegment[],
  definitions: ReadonlyMap<string, CellDefinition>,
  cells: TableCells,
  problems: string[],
  glued: GluedRow[],
): void {
  const rows = matchRows(tables, segments, problems);
  for (const table of tables) {
    const tableRows = [...rows.values()].filter((row) => row.match.key.table === table);
    const layouts = new Map<HeaderBlock | null, ColumnLayout>();
    const layoutOf = (header: HeaderBlock | null) => {
      let layout = layouts.get(header);
      if (!layout) {
        layout = readColumnLayout(table, header);
        layouts.set(header, layout);
      }
      return layout;
    };
    for (const row of tableRows) {
      const layout = layoutOf(row.segment.header);
      const complete = tableRows
        .filter(
          (other) =>
            other.segment.header === row.segment.header && other.segment.slots.length === layout.printed.length,
        )
        .map((other) => other.segment);
      readRow(table, row, layout, complete, definitions, cells, problems, glued);
    }
  }
}
