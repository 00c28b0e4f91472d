// A report table as a grid of merged cells, the way the official format prints it, derived from
// the declaration alone. The Word and Excel writers both place these cells; neither knows a table.
import {
  countLeafColumns,
  countLeafRows,
  depthOfColumns,
  depthOfRows,
  isColumnBand,
  isRowGroup,
  listLeafColumns,
  listLeafRows,
  type CellValue,
  type ColumnDefinition,
  type ColumnNode,
  type RowGroup,
  type RowNode,
  type TableDefinition,
  type TableValues,
} from "@/lib/report-format";
import { formatCellText } from "./report-text";

/** band: a line over several columns; corner: the top-left cell; group: a label over several rows. */
export type LayoutRole = "band" | "corner" | "header" | "group" | "label" | "value";

export interface LayoutCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  role: LayoutRole;
  text: string;
  /** Value cells only: the column it belongs to and the stored value (null when blank). */
  value?: { definition: ColumnDefinition; stored: CellValue };
}

export interface TableLayout {
  rows: number;
  columns: number;
  /** Columns holding row labels, at the left (0 for the reviews table). */
  labelColumns: number;
  /** Rows above the first row of values. */
  headerRows: number;
  /** In reading order: by row, then by column. */
  cells: LayoutCell[];
}

type TableBody = Omit<TableLayout, "cells"> & { body: LayoutCell[] };

function cell(row: number, column: number, rowSpan: number, colSpan: number, role: LayoutRole, text: string): LayoutCell {
  return { row, column, rowSpan, colSpan, role, text };
}

function valueCell(row: number, column: number, definition: ColumnDefinition, stored: CellValue | undefined): LayoutCell {
  return { ...cell(row, column, 1, 1, "value", formatCellText(stored)), value: { definition, stored: stored ?? null } };
}

/** Header cells of a column tree from `top`: a band spans its leaves, a leaf reaches down to the last header row. */
function layoutColumnHeaders(nodes: readonly ColumnNode[], top: number, left: number, depth: number): LayoutCell[] {
  const cells: LayoutCell[] = [];
  let column = left;
  const visit = (node: ColumnNode, level: number) => {
    if (!isColumnBand(node)) {
      cells.push(cell(top + level, column++, depth - level, 1, "header", node.label));
      return;
    }
    cells.push(cell(top + level, column, 1, countLeafColumns(node), "band", node.band));
    node.columns.forEach((child) => visit(child, level + 1));
  };
  nodes.forEach((node) => visit(node, 0));
  return cells;
}

function layoutGrid(table: TableDefinition, values: TableValues | undefined, top: number): TableBody {
  const columns = listLeafColumns(table.columns);
  const headerDepth = depthOfColumns(table.columns);
  const labelColumns = depthOfRows(table.rows);
  const body: LayoutCell[] = [cell(top, 0, headerDepth, labelColumns, "corner", table.corner ?? "")];
  body.push(...layoutColumnHeaders(table.columns, top, labelColumns, headerDepth));
  const firstValueRow = top + headerDepth;
  const opened = new Set<RowGroup>();
  listLeafRows(table.rows).forEach(({ row, groups }, index) => {
    const line = firstValueRow + index;
    groups.forEach((group, depth) => {
      if (opened.has(group)) return;
      opened.add(group);
      body.push(cell(line, depth, countLeafRows(group), 1, "group", group.label));
    });
    body.push(cell(line, groups.length, 1, labelColumns - groups.length, "label", row.label));
    columns.forEach((column, offset) => body.push(valueCell(line, labelColumns + offset, column, values?.[row.key]?.[column.key])));
  });
  const rows = firstValueRow + listLeafRows(table.rows).length;
  return { rows, columns: labelColumns + columns.length, labelColumns, headerRows: firstValueRow, body };
}

/** The stored rows side by side in one printed line: each row becomes a band over its columns. */
function layoutSideBySide(table: TableDefinition, values: TableValues | undefined, top: number): TableBody {
  const columns = listLeafColumns(table.columns);
  const depth = depthOfRows(table.rows);
  const body: LayoutCell[] = [];
  let start = 0;
  const visit = (node: RowNode, level: number) => {
    const span = countLeafRows(node) * columns.length;
    if (!isRowGroup(node)) {
      body.push(cell(top + level, start, depth - level, span, "band", node.label));
      start += span;
      return;
    }
    body.push(cell(top + level, start, 1, span, "band", node.label));
    node.rows.forEach((child) => visit(child, level + 1));
  };
  table.rows.forEach((node) => visit(node, 0));
  const leaves = listLeafRows(table.rows);
  leaves.forEach(({ row }, index) =>
    columns.forEach((column, offset) => {
      const at = index * columns.length + offset;
      body.push(cell(top + depth, at, 1, 1, "header", column.label));
      body.push(valueCell(top + depth + 1, at, column, values?.[row.key]?.[column.key]));
    }),
  );
  return { rows: top + depth + 2, columns: leaves.length * columns.length, labelColumns: 0, headerRows: top + depth + 1, body };
}

export function layoutTable(table: TableDefinition, values: TableValues | undefined): TableLayout {
  const top = table.band ? 1 : 0;
  const { body, ...size } = table.layout === "rows-side-by-side" ? layoutSideBySide(table, values, top) : layoutGrid(table, values, top);
  const cells = table.band ? [cell(0, 0, 1, size.columns, "band", table.band), ...body] : body;
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { ...size, cells };
}
