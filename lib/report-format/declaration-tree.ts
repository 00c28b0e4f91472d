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

/** How many header rows a column tree needs (bands stacked over their columns). */
export function depthOfColumns(nodes: readonly ColumnNode[]): number {
  return Math.max(...nodes.map((node) => (isColumnBand(node) ? 1 + depthOfColumns(node.columns) : 1)));
}

/** How many label columns a row tree needs (group labels beside their rows). */
export function depthOfRows(nodes: readonly RowNode[]): number {
  return Math.max(...nodes.map((node) => (isRowGroup(node) ? 1 + depthOfRows(node.rows) : 1)));
}

export interface ColumnHeaderCell {
  key: string;
  label: string;
  colSpan: number;
  rowSpan: number;
  band: boolean;
}

/**
 * The header rows of a printed table: a band spans its leaf columns, a column spans down to the
 * last header row. Every renderer (public page, wizard, exports) lays headers out from this.
 */
export function listColumnHeaderRows(nodes: readonly ColumnNode[]): ColumnHeaderCell[][] {
  const depth = depthOfColumns(nodes);
  const rows: ColumnHeaderCell[][] = Array.from({ length: depth }, () => []);
  const visit = (node: ColumnNode, level: number) => {
    if (isColumnBand(node)) {
      rows[level]!.push({
        key: `band-${node.band}`,
        label: node.band,
        colSpan: countLeafColumns(node),
        rowSpan: 1,
        band: true,
      });
      node.columns.forEach((child) => visit(child, level + 1));
    } else {
      rows[level]!.push({ key: node.key, label: node.label, colSpan: 1, rowSpan: depth - level, band: false });
    }
  };
  nodes.forEach((node) => visit(node, 0));
  return rows;
}

/**
 * The band rows over a table printed side by side (the reviews table: its stored rows become bands
 * of `columnCount` columns each, 行政复议 | 行政诉讼 › 未经复议直接起诉, 复议后起诉).
 */
export function listSideBySideBandRows(nodes: readonly RowNode[], columnCount: number): ColumnHeaderCell[][] {
  const depth = depthOfRows(nodes);
  const rows: ColumnHeaderCell[][] = Array.from({ length: depth }, () => []);
  const visit = (node: RowNode, level: number) => {
    const colSpan = countLeafRows(node) * columnCount;
    if (isRowGroup(node)) {
      rows[level]!.push({ key: `group-${node.label}`, label: node.label, colSpan, rowSpan: 1, band: true });
      node.rows.forEach((child) => visit(child, level + 1));
    } else {
      rows[level]!.push({ key: node.key, label: node.label, colSpan, rowSpan: depth - level, band: true });
    }
  };
  nodes.forEach((node) => visit(node, 0));
  return rows;
}
