// Which printed column is which column of the format, read from a table's header. A header in
// one line ("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数") gives each column's label and
// position; labels split over cells or lines are found in the header's text stream (order only).
// Headers of several levels (申请人情况 › 法人或其他组织 › 商业企业 …) cannot be put back in order
// from flattened text, so their columns are taken in the official order once their labels are
// all seen. Columns a header shows under another format's labels are not ours: left unmatched.
import {
  isColumnBand,
  listLeafColumns,
  type ColumnDefinition,
  type MoneyUnit,
  type TableDefinition,
} from "@/lib/report-format";
import { equalsLabel, matchLabelAtEnd, type LabelCandidate } from "./match-label";
import { prepareLabel } from "./normalise-label";
import { readHeaderUnit } from "./read-cell-value";
import type { HeaderBlock, HeaderCell } from "./segment-table-rows";
import { isHeaderWord } from "./table-vocabulary";

export interface PrintedColumn {
  column: ColumnDefinition;
  /** The unit the header states for this column ("采购总金额（万元）"). */
  unit: MoneyUnit | null;
}

export interface ColumnLayout {
  /** Printed columns in order; null for a printed column that is none of the format's. */
  printed: (PrintedColumn | null)[];
  /** Grid column of each printed column, when the header gives one cell per column. */
  positions: number[] | null;
  /** The order was assumed (official order), not read from the header. */
  guessed: boolean;
  /** Format columns the header does not show. */
  unmatched: ColumnDefinition[];
  note?: string;
}

const MIN_STREAM_FORM = 3;

function toCandidates(columns: readonly ColumnDefinition[]): LabelCandidate<ColumnDefinition>[] {
  return columns.map((column) => ({ key: column, forms: prepareLabel(column.label) }));
}

function matchHeaderCell(
  cell: HeaderCell,
  candidates: readonly LabelCandidate<ColumnDefinition>[],
): ColumnDefinition | null {
  const equal = equalsLabel(cell.normalised, candidates);
  if (equal) return equal;
  const match = matchLabelAtEnd(cell.normalised, candidates);
  // A cell that merely contains a label may be a band over it; only a whole label counts here.
  return match && match.quality !== "partial" && prepareLabel(match.key.label).full.length * 2 > cell.normalised.length
    ? match.key
    : null;
}

function findInStream(stream: string, column: ColumnDefinition): number {
  const { full, cores } = prepareLabel(column.label);
  const found = [full, ...cores.filter((core) => core.length >= MIN_STREAM_FORM)]
    .map((form) => stream.indexOf(form))
    .filter((at) => at !== -1);
  return found.length > 0 ? Math.min(...found) : -1;
}

function officialOrder(columns: readonly ColumnDefinition[], note: string): ColumnLayout {
  return {
    printed: columns.map((column) => ({ column, unit: null })),
    positions: null,
    guessed: true,
    unmatched: [],
    note,
  };
}

/** The header line with the most cells naming our columns, and what each of its cells names. */
function readBestHeaderLine(header: HeaderBlock, candidates: readonly LabelCandidate<ColumnDefinition>[]) {
  const lines = new Map<number, { cell: HeaderCell; column: ColumnDefinition | null }[]>();
  for (const cell of header.cells) {
    if (cell.normalised === "" || cell.normalised === "信息内容") continue;
    const entries = lines.get(cell.line) ?? [];
    entries.push({ cell, column: matchHeaderCell(cell, candidates) });
    lines.set(cell.line, entries);
  }
  // Most cells naming our columns first; among lines naming none, the one with the most cells
  // (it may name another format's columns, which must then stay unmatched).
  const rank = (entries: readonly { column: ColumnDefinition | null }[]) => [
    entries.filter((entry) => entry.column).length,
    entries.length,
  ];
  let best: { cell: HeaderCell; column: ColumnDefinition | null }[] = [];
  for (const entries of lines.values()) {
    const [named = 0, size = 0] = rank(entries);
    const [bestNamed = 0, bestSize = 0] = rank(best);
    if (named > bestNamed || (named === bestNamed && size > bestSize)) best = entries;
  }
  return best.sort((a, b) => a.cell.column - b.cell.column);
}

function readSingleLevel(columns: readonly ColumnDefinition[], header: HeaderBlock): ColumnLayout {
  const candidates = toCandidates(columns);
  const line = readBestHeaderLine(header, candidates);
  const named = new Set(line.flatMap((entry) => (entry.column ? [entry.column] : [])));
  const distinct = named.size === line.filter((entry) => entry.column).length;
  if (distinct && named.size === columns.length) {
    return {
      printed: line.map((entry) =>
        entry.column ? { column: entry.column, unit: readHeaderUnit(entry.cell.text) } : null,
      ),
      positions: line.map((entry) => entry.cell.column),
      guessed: false,
      unmatched: [],
    };
  }
  const inStream = columns.map((column) => ({ column, at: findInStream(header.stream, column) }));
  if (inStream.every((entry) => entry.at !== -1)) {
    const ordered = [...inStream].sort((a, b) => a.at - b.at);
    return {
      printed: ordered.map(({ column }) => ({ column, unit: null })),
      positions: null,
      guessed: false,
      unmatched: [],
    };
  }
  if (!distinct || line.length === 0) return officialOrder(columns, "表头无法识别，按官方列顺序对应");
  // Header cells that name nothing we know are damaged labels of the remaining columns, in order;
  // cells naming another format's columns are not ours and stay unmatched.
  const remaining = columns.filter((column) => !named.has(column));
  const damaged = line.filter((entry) => !entry.column && !isHeaderWord(entry.cell.normalised));
  const assignDamaged = damaged.length === remaining.length;
  let next = 0;
  const printed = line.map((entry): PrintedColumn | null => {
    if (entry.column) return { column: entry.column, unit: readHeaderUnit(entry.cell.text) };
    if (!assignDamaged || isHeaderWord(entry.cell.normalised)) return null;
    const column = remaining[next++];
    return column ? { column, unit: readHeaderUnit(entry.cell.text) } : null;
  });
  return {
    printed,
    positions: line.map((entry) => entry.cell.column),
    guessed: assignDamaged && remaining.length > 0,
    unmatched: assignDamaged ? [] : remaining,
    ...(assignDamaged && remaining.length > 0 ? { note: "表头有列名与官方列名不符，按位置对应" } : {}),
  };
}

function readMultiLevel(columns: readonly ColumnDefinition[], header: HeaderBlock): ColumnLayout {
  const unseen = columns.filter((column) => findInStream(header.stream, column) === -1);
  const candidates = toCandidates(columns);
  const cells = columns.map((column) =>
    header.cells.filter((cell) => equalsLabel(cell.normalised, candidates) === column),
  );
  const positions = cells.every((found) => found.length === 1) ? cells.map((found) => found[0]?.column ?? -1) : null;
  return {
    printed: columns.map((column) => ({ column, unit: null })),
    positions,
    guessed: unseen.length > 0,
    unmatched: [],
    ...(unseen.length > 0
      ? { note: `表头中没有找到“${unseen.map((column) => column.label).join("”“")}”，按官方列顺序对应` }
      : {}),
  };
}

/** How `table`'s columns are printed under `header` (null: the table was printed without one). */
export function readColumnLayout(table: TableDefinition, header: HeaderBlock | null): ColumnLayout {
  const columns = listLeafColumns(table.columns);
  if (!header) return officialOrder(columns, "没有找到表头，按官方列顺序对应");
  return table.columns.some(isColumnBand) ? readMultiLevel(columns, header) : readSingleLevel(columns, header);
}
