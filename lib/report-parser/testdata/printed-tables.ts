// A report's tables as printed on a real report page: the official header structure with merged
// cells (rowspan/colspan), group labels down the side, the reviews table as one line of 15.
import {
  countLeafRows,
  getFormat,
  isColumnBand,
  isRowGroup,
  listLeafColumns,
  listLeafRows,
  type CellValue,
  type ColumnNode,
  type Report,
  type RowGroup,
  type TableDefinition,
} from "@/lib/report-format";

export interface PrintedCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface PrintedTable {
  key: string;
  rows: PrintedCell[][];
}

export function cell(text: string, colSpan = 1, rowSpan = 1): PrintedCell {
  return { text, rowSpan, colSpan };
}

export function formatValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return `${value.value}${value.unit}`;
  return String(value);
}

interface HeaderNode {
  label: string;
  children?: HeaderNode[];
}

function headerDepth(nodes: readonly HeaderNode[]): number {
  return Math.max(...nodes.map((node) => 1 + (node.children ? headerDepth(node.children) : 0)));
}

function countLeaves(node: HeaderNode): number {
  return node.children ? node.children.reduce((sum, child) => sum + countLeaves(child), 0) : 1;
}

/** Header lines of a column tree: bands span their leaves, leaves reach down to the last line. */
function printHeader(nodes: readonly HeaderNode[], depth: number): PrintedCell[][] {
  const lines: PrintedCell[][] = Array.from({ length: depth }, () => []);
  const visit = (node: HeaderNode, level: number) => {
    if (node.children) {
      lines[level]?.push(cell(node.label, countLeaves(node)));
      node.children.forEach((child) => visit(child, level + 1));
    } else {
      lines[level]?.push(cell(node.label, 1, depth - level));
    }
  };
  nodes.forEach((node) => visit(node, 0));
  return lines;
}

function toHeaderNodes(columns: readonly ColumnNode[]): HeaderNode[] {
  return columns.map((node) =>
    isColumnBand(node) ? { label: node.band, children: toHeaderNodes(node.columns) } : { label: node.label },
  );
}

function printProactive(table: TableDefinition, report: Report): PrintedTable {
  const columns = listLeafColumns(table.columns);
  const values = report.tables[table.key];
  return {
    key: table.key,
    rows: [
      [cell(table.band ?? "", columns.length + 1)],
      [cell(table.corner ?? ""), ...columns.map((column) => cell(column.label))],
      ...listLeafRows(table.rows).map(({ row }) => [
        cell(row.label),
        ...columns.map((column) => cell(formatValue(values?.[row.key]?.[column.key]))),
      ]),
    ],
  };
}

function printApplications(table: TableDefinition, report: Report): PrintedTable {
  const columns = listLeafColumns(table.columns);
  const headerNodes = toHeaderNodes(table.columns);
  const depth = headerDepth(headerNodes);
  const labelColumns = Math.max(...listLeafRows(table.rows).map((leaf) => leaf.groups.length + 1));
  const header = printHeader(headerNodes, depth);
  header[0]?.unshift(cell(table.corner ?? "", labelColumns, depth));
  const started = new Set<RowGroup>();
  const body = listLeafRows(table.rows).map(({ row, groups }) => {
    const labels = groups.flatMap((group) => {
      if (started.has(group)) return [];
      started.add(group);
      return [cell(group.label, 1, countLeafRows(group))];
    });
    const values = columns.map((column) => cell(formatValue(report.tables[table.key]?.[row.key]?.[column.key])));
    return [...labels, cell(row.label, labelColumns - groups.length), ...values];
  });
  return { key: table.key, rows: [...header, ...body] };
}

function printReviews(table: TableDefinition, report: Report): PrintedTable {
  const columns = listLeafColumns(table.columns);
  const toNode = (node: TableDefinition["rows"][number]): HeaderNode =>
    isRowGroup(node)
      ? { label: node.label, children: node.rows.map(toNode) }
      : { label: node.label, children: columns.map((column) => ({ label: column.label })) };
  const nodes = table.rows.map(toNode);
  const values = listLeafRows(table.rows).flatMap(({ row }) =>
    columns.map((column) => cell(formatValue(report.tables[table.key]?.[row.key]?.[column.key]))),
  );
  return { key: table.key, rows: [...printHeader(nodes, headerDepth(nodes)), values] };
}

/** The printed tables of one section of `report`, in format order. */
export function printSectionTables(report: Report, section: string): PrintedTable[] {
  const definition = getFormat(report.format).sections.find((candidate) => candidate.key === section);
  if (definition?.content.kind !== "tables") return [];
  return definition.content.tables.map((table) => {
    if (table.key === "applications") return printApplications(table, report);
    if (table.layout === "rows-side-by-side") return printReviews(table, report);
    return printProactive(table, report);
  });
}

/** Width in grid columns of a printed table. */
export function countGridColumns(table: PrintedTable): number {
  return Math.max(...table.rows.map((row) => row.reduce((sum, printed) => sum + printed.colSpan, 0)));
}
