import type { ColumnBand, ColumnDefinition, ColumnNode, RowDefinition, RowGroup, RowNode } from "./types";

export function isRowGroup(node: RowNode): node is RowGroup {
  return "rows" in node;
}

export function isColumnBand(node: ColumnNode): node is ColumnBand {
  return "band" in node;
}

export interface LeafRow {
  row: RowDefinition;
  /** Enclosing groups, outermost first. */
  groups: readonly RowGroup[];
}

export function listLeafRows(nodes: readonly RowNode[], groups: readonly RowGroup[] = []): LeafRow[] {
  return nodes.flatMap((node) =>
    isRowGroup(node) ? listLeafRows(node.rows, [...groups, node]) : [{ row: node, groups }],
  );
}

export function listLeafColumns(nodes: readonly ColumnNode[]): ColumnDefinition[] {
  return nodes.flatMap((node) => (isColumnBand(node) ? listLeafColumns(node.columns) : [node]));
}

export function findRowNode(nodes: readonly RowNode[], key: string): RowNode | undefined {
  for (const node of nodes) {
    if (node.key === key) return node;
    const found = isRowGroup(node) ? findRowNode(node.rows, key) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Keys of the rows that carry cells under the row or group `key` (the row itself when it is a leaf). */
export function listRowKeysUnder(nodes: readonly RowNode[], key: string): string[] {
  const node = findRowNode(nodes, key);
  return node ? listLeafRows([node]).map((leaf) => leaf.row.key) : [];
}

/** Number of printed rows a group spans (for the renderer's rowspan). */
export function countLeafRows(node: RowNode): number {
  return isRowGroup(node) ? node.rows.reduce((sum, child) => sum + countLeafRows(child), 0) : 1;
}

/** Number of printed columns a band spans (for the renderer's colspan). */
export function countLeafColumns(node: ColumnNode): number {
  return isColumnBand(node) ? node.columns.reduce((sum, child) => sum + countLeafColumns(child), 0) : 1;
}
