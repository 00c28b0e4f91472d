// A report table as the official format prints it: a grid of merged cells (band row, column
// bands, group labels spanning their rows, the corner note, the reviews table as one line),
// derived from the declaration alone and computed once per table. The public page, the wizard,
// the Word and Excel writers and the parser's printed fixtures all draw this grid; none of them
// lays out a table itself.
import {
  countLeafColumns,
  countLeafRows,
  depthOfColumns,
  depthOfRows,
  isColumnBand,
  isRowGroup,
  listLeafColumns,
  listLeafRows,
} from "./declaration-tree";
import { formatCellValue } from "./format-cell-value";
import type {
  CellValue,
  ColumnDefinition,
  ColumnNode,
  RowDefinition,
  RowGroup,
  RowNode,
  TableDefinition,
  TableValues,
} from "./types";

/** band: a line over several columns; corner: the top-left cell; group: a label over several rows. */
export type GridRole = "band" | "corner" | "header" | "group" | "label" | "value";

export interface GridCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  role: GridRole;
  /** The printed words of a band, corner, header, group or label cell; "" for a value cell. */
  text: string;
  /** A total: a computed row's label, a computed column's header, a value either makes. */
  computed: boolean;
  /** Value cells only: `table.row.column`, and the row and column it stands at. */
  cellKey?: string;
  rowDefinition?: RowDefinition;
  columnDefinition?: ColumnDefinition;
}

export interface TableGrid {
  table: TableDefinition;
  rows: number;
  columns: number;
  /** Columns holding row labels, at the left (0 for the reviews table). */
  labelColumns: number;
  /** Rows above the first row of values. */
  headerRows: number;
  /** In reading order: by row, then by column. */
  cells: readonly GridCell[];
  /** Each grid row's cells that start on it, in column order (what a `<tr>` holds). */
  lines: readonly (readonly GridCell[])[];
  /** The value cells as a matrix, [value row][value column] (keyboard moves and pasting). */
  values: readonly (readonly GridCell[])[];
}

type Placed = Omit<GridCell, "computed"> & { computed?: boolean };

function place(
  row: number,
  column: number,
  rowSpan: number,
  colSpan: number,
  role: GridRole,
  text: string,
  computed = false,
): Placed {
  return { row, column, rowSpan, colSpan, role, text, computed };
}

function valueCell(
  table: TableDefinition,
  row: number,
  column: number,
  rowDefinition: RowDefinition,
  columnDefinition: ColumnDefinition,
): Placed {
  return {
    ...place(row, column, 1, 1, "value", "", Boolean(rowDefinition.computed || columnDefinition.computed)),
    cellKey: `${table.key}.${rowDefinition.key}.${columnDefinition.key}`,
    rowDefinition,
    columnDefinition,
  };
}

/** Header cells of a column tree from `top`: a band spans its leaves, a leaf reaches down to the last header row. */
function placeColumnHeaders(nodes: readonly ColumnNode[], top: number, left: number, depth: number): Placed[] {
  const cells: Placed[] = [];
  let column = left;
  const visit = (node: ColumnNode, level: number) => {
    if (!isColumnBand(node)) {
      cells.push(place(top + level, column++, depth - level, 1, "header", node.label, node.computed));
      return;
    }
    cells.push(place(top + level, column, 1, countLeafColumns(node), "band", node.band));
    node.columns.forEach((child) => visit(child, level + 1));
  };
  nodes.forEach((node) => visit(node, 0));
  return cells;
}

type Body = { rows: number; columns: number; labelColumns: number; headerRows: number; cells: Placed[] };

function placeGrid(table: TableDefinition, top: number): Body {
  const columns = listLeafColumns(table.columns);
  const headerDepth = depthOfColumns(table.columns);
  const labelColumns = depthOfRows(table.rows);
  const cells: Placed[] = [place(top, 0, headerDepth, labelColumns, "corner", table.corner ?? "")];
  cells.push(...placeColumnHeaders(table.columns, top, labelColumns, headerDepth));
  const firstValueRow = top + headerDepth;
  const opened = new Set<RowGroup>();
  const leaves = listLeafRows(table.rows);
  leaves.forEach(({ row, groups }, index) => {
    const line = firstValueRow + index;
    groups.forEach((group, depth) => {
      if (opened.has(group)) return;
      opened.add(group);
      cells.push(place(line, depth, countLeafRows(group), 1, "group", group.label));
    });
    cells.push(place(line, groups.length, 1, labelColumns - groups.length, "label", row.label, row.computed));
    columns.forEach((column, offset) => cells.push(valueCell(table, line, labelColumns + offset, row, column)));
  });
  return {
    rows: firstValueRow + leaves.length,
    columns: labelColumns + columns.length,
    labelColumns,
    headerRows: firstValueRow,
    cells,
  };
}

/** The stored rows side by side in one printed line: each row becomes a band over its columns. */
function placeSideBySide(table: TableDefinition, top: number): Body {
  const columns = listLeafColumns(table.columns);
  const depth = depthOfRows(table.rows);
  const cells: Placed[] = [];
  let start = 0;
  const visit = (node: RowNode, level: number) => {
    const span = countLeafRows(node) * columns.length;
    cells.push(place(top + level, start, isRowGroup(node) ? 1 : depth - level, span, "band", node.label));
    if (isRowGroup(node)) node.rows.forEach((child) => visit(child, level + 1));
    else start += span;
  };
  table.rows.forEach((node) => visit(node, 0));
  const leaves = listLeafRows(table.rows);
  leaves.forEach(({ row }, index) =>
    columns.forEach((column, offset) => {
      const at = index * columns.length + offset;
      cells.push(place(top + depth, at, 1, 1, "header", column.label, column.computed));
      cells.push(valueCell(table, top + depth + 1, at, row, column));
    }),
  );
  return {
    rows: top + depth + 2,
    columns: leaves.length * columns.length,
    labelColumns: 0,
    headerRows: top + depth + 1,
    cells,
  };
}

function buildGrid(table: TableDefinition): TableGrid {
  const top = table.band ? 1 : 0;
  const body = table.layout === "rows-side-by-side" ? placeSideBySide(table, top) : placeGrid(table, top);
  const placed = table.band ? [place(0, 0, 1, body.columns, "band", table.band), ...body.cells] : body.cells;
  const cells = placed
    .map((cell): GridCell => ({ ...cell, computed: cell.computed ?? false }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  const lines = Array.from({ length: body.rows }, (): GridCell[] => []);
  for (const cell of cells) lines[cell.row]!.push(cell);
  const values = lines.slice(body.headerRows).map((line) => line.filter((cell) => cell.role === "value"));
  return {
    table,
    rows: body.rows,
    columns: body.columns,
    labelColumns: body.labelColumns,
    headerRows: body.headerRows,
    cells,
    lines,
    values,
  };
}

const grids = new WeakMap<TableDefinition, TableGrid>();

/** The printed grid of `table`, computed once per declaration. */
export function layoutTableGrid(table: TableDefinition): TableGrid {
  let grid = grids.get(table);
  if (!grid) {
    grid = buildGrid(table);
    grids.set(table, grid);
  }
  return grid;
}

/** The stored value at a value cell of the grid (undefined for a label, a header or a blank cell). */
export function readGridValue(values: TableValues | undefined, cell: GridCell): CellValue | undefined {
  if (!cell.rowDefinition || !cell.columnDefinition) return undefined;
  return values?.[cell.rowDefinition.key]?.[cell.columnDefinition.key];
}

/** What a grid cell prints: its words, or its value through the one formatter. */
export function printGridCell(values: TableValues | undefined, cell: GridCell): string {
  return cell.role === "value" ? formatCellValue(readGridValue(values, cell)) : cell.text;
}
