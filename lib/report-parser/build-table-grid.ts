// An HTML table as rows of positioned cells: rowspan and colspan expanded into a grid, so that a
// cell knows its column and a row knows the group labels merged down into it from above.

export interface SourceCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface GridCell {
  text: string;
  /** 0-based grid column of the cell's first column. */
  column: number;
  span: number;
  /** A rowspan continuation of a cell that starts in an earlier row. */
  carried: boolean;
}

// Word and some editors write rowspan="1000" or colspan="0"; no report table is that large.
const MAX_SPAN = 200;

function clampSpan(span: number): number {
  return Number.isInteger(span) && span >= 1 ? Math.min(span, MAX_SPAN) : 1;
}

/** One list of cells per source row, in column order. */
export function buildTableGrid(rows: readonly (readonly SourceCell[])[]): GridCell[][] {
  // occupied[row][column]: the cell placed there by a rowspan from above.
  const occupied: Map<number, GridCell>[] = rows.map(() => new Map());
  const grid: GridCell[][] = rows.map(() => []);
  rows.forEach((cells, rowIndex) => {
    const placedHere = occupied[rowIndex] ?? new Map<number, GridCell>();
    let column = 0;
    for (const cell of cells) {
      while (placedHere.has(column)) column++;
      const span = clampSpan(cell.colSpan);
      const rowSpan = Math.min(clampSpan(cell.rowSpan), rows.length - rowIndex);
      const placed: GridCell = { text: cell.text, column, span, carried: false };
      grid[rowIndex]?.push(placed);
      for (let offset = 0; offset < rowSpan; offset++) {
        const target = occupied[rowIndex + offset];
        if (!target) continue;
        for (let covered = column; covered < column + span; covered++) target.set(covered, placed);
        if (offset > 0) grid[rowIndex + offset]?.push({ ...placed, carried: true });
      }
      column += span;
    }
  });
  return grid.map((cells) => cells.sort((a, b) => a.column - b.column));
}
