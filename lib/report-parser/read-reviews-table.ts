// The reviews table (section 四): printed as one line of 15 numbers under a three-level header
// (行政复议 | 行政诉讼 › 未经复议直接起诉, 复议后起诉 › 结果维持 … 总计), which we store as three
// rows of five. Some reports print it as three labelled rows instead; both are read.
import {
  listLeafColumns,
  listLeafRows,
  type CellDefinition,
  type ColumnDefinition,
  type RowDefinition,
  type TableDefinition,
} from "@/lib/report-format";
import { describeSource } from "./describe-source";
import { equalsLabel, matchLabelAtEnd, type LabelCandidate } from "./match-label";
import { prepareLabel } from "./normalise-label";
import type { HeaderBlock, RowSegment, Slot } from "./segment-table-rows";
import { combineReadings, readSlot, type TableCells } from "./table-cells";
import { foldWidth } from "./normalise-label";
import type { GluedRow } from "./solve-glued-rows";

interface PrintedCell {
  row: RowDefinition;
  column: ColumnDefinition;
}

interface PrintedOrder {
  cells: PrintedCell[];
  guessed: boolean;
  note?: string;
}

/** Whether a header is the reviews table's (its rows are 行政复议, 行政诉讼). */
export function isReviewsHeader(header: HeaderBlock | null): boolean {
  return header !== null && /复议|诉讼/u.test(header.stream);
}

function toCandidates<K extends { label: string }>(items: readonly K[]): LabelCandidate<K>[] {
  return items.map((key) => ({ key, forms: prepareLabel(key.label) }));
}

/** The five result columns in the order the header prints them, once per band. */
function scanColumnLabels(stream: string, columns: readonly ColumnDefinition[]): ColumnDefinition[] {
  const forms = columns.flatMap((column) => {
    const { full, cores } = prepareLabel(column.label);
    return [full, ...cores].map((form) => ({ column, form }));
  });
  const found: ColumnDefinition[] = [];
  for (let at = 0; at < stream.length;) {
    const hit = forms.find(({ form }) => stream.startsWith(form, at));
    if (!hit) {
      at++;
      continue;
    }
    found.push(hit.column);
    at += hit.form.length;
  }
  return found;
}

function isPermutation(chunk: readonly ColumnDefinition[], columns: readonly ColumnDefinition[]): boolean {
  return chunk.length === columns.length && columns.every((column) => chunk.includes(column));
}

function readPrintedOrder(
  rows: readonly RowDefinition[],
  columns: readonly ColumnDefinition[],
  header: HeaderBlock | null,
): PrintedOrder {
  const official = rows.flatMap((row) => columns.map((column) => ({ row, column })));
  if (!header) return { cells: official, guessed: true, note: "没有找到表头，按官方列顺序对应" };
  const sequence = scanColumnLabels(header.stream, columns);
  const chunks = rows.map((_, index) => sequence.slice(index * columns.length, (index + 1) * columns.length));
  if (sequence.length === official.length && chunks.every((chunk) => isPermutation(chunk, columns))) {
    return {
      cells: rows.flatMap((row, index) => (chunks[index] ?? []).map((column) => ({ row, column }))),
      guessed: false,
    };
  }
  const [first = []] = chunks;
  if (isPermutation(first, columns))
    return { cells: rows.flatMap((row) => first.map((column) => ({ row, column }))), guessed: false };
  return { cells: official, guessed: true, note: "表头无法识别，按官方列顺序对应" };
}

/** Grid columns of the 15 printed result columns, when the header gives each its own cell. */
function readPositions(
  header: HeaderBlock | null,
  columns: readonly ColumnDefinition[],
  count: number,
): number[] | null {
  if (!header) return null;
  const candidates = toCandidates(columns);
  const positions = header.cells
    .filter((cell) => equalsLabel(cell.normalised, candidates) !== null)
    .map((cell) => cell.column);
  return positions.length === count ? positions.sort((a, b) => a - b) : null;
}

function placeLine(
  order: PrintedOrder,
  slots: readonly Slot[],
  positions: number[] | null,
): (Slot | undefined)[] | null {
  if (slots.length === order.cells.length) return [...slots];
  if (!positions) return null;
  if (!slots.every((slot) => slot.kind !== "number" || positions.includes(slot.column))) return null;
  return positions.map((position) => slots.find((slot) => slot.column === position));
}

export function readReviewsTable(
  table: TableDefinition,
  segments: readonly RowSegment[],
  definitions: ReadonlyMap<string, CellDefinition>,
  cells: TableCells,
  problems: string[],
  glued: GluedRow[],
): void {
  const rows = listLeafRows(table.rows).map((leaf) => leaf.row);
  const columns = listLeafColumns(table.columns);
  const numbered = segments.filter((segment) => segment.slots.some((slot) => slot.kind === "number"));
  // Under a header naming 复议 or 诉讼, when there is one: the span read may hold other tables.
  const underHeader = numbered.filter((segment) => isReviewsHeader(segment.header));
  const withNumbers = underHeader.length > 0 ? underHeader : numbered;
  const setCell = (
    row: RowDefinition,
    column: ColumnDefinition,
    slot: Slot | undefined,
    status: "found" | "guessed",
    note?: string,
  ) => {
    const key = `${table.key}.${row.key}.${column.key}`;
    const definition = definitions.get(key);
    if (!definition || !slot) return;
    cells.set(key, combineReadings(readSlot(slot, definition, null), status, [note]));
  };

  const rowCandidates = toCandidates(rows);
  const labelled = withNumbers.flatMap((segment) => {
    const match = matchLabelAtEnd(segment.run, rowCandidates);
    return match && segment.slots.length === columns.length ? [{ segment, row: match.key }] : [];
  });
  if (labelled.length > 0 && labelled.length === withNumbers.length) {
    for (const { segment, row: printedRow } of labelled) {
      const order = readPrintedOrder([printedRow], columns, segment.header);
      order.cells.forEach(({ row, column }, index) =>
        setCell(row, column, segment.slots[index], order.guessed ? "guessed" : "found", order.note),
      );
    }
    return;
  }

  const [first] = withNumbers;
  if (!first) return;
  const order = readPrintedOrder(rows, columns, first.header);
  const slots = withNumbers.flatMap((segment) => segment.slots);
  const placed = placeLine(order, slots, readPositions(first.header, columns, order.cells.length));
  const [only] = slots;
  const digits = only && slots.length === 1 ? foldWidth(only.text).replace(/\s+/gu, "") : "";
  if (!placed && /^\d+$/u.test(digits) && digits.length >= order.cells.length) {
    const rowDefinitions = order.cells.map(({ row, column }) =>
      definitions.get(`${table.key}.${row.key}.${column.key}`),
    );
    if (rowDefinitions.every((definition): definition is CellDefinition => definition !== undefined)) {
      glued.push({
        definitions: rowDefinitions,
        text: digits,
        cuts: [],
        source: first.source,
        notes: order.guessed && order.note ? [order.note] : [],
      });
      return;
    }
  }
  if (!placed) {
    const count = slots.filter((slot) => slot.kind === "number").length;
    problems.push(
      `${describeSource(first.source)}起的行政复议、行政诉讼数字有 ${count} 个，应为 ${order.cells.length} 个，无法确定各数字属于哪一列，按缺失处理`,
    );
    return;
  }
  order.cells.forEach(({ row, column }, index) =>
    setCell(row, column, placed[index], order.guessed ? "guessed" : "found", order.note),
  );
}
