import { describe, expect, it } from "vitest";
import { FORMAT_KEYS, listCellKeys, listTables, layoutTableGrid, type TableDefinition } from "@/lib/report-format";

function table(format: "2019" | "2021", key: string): TableDefinition {
  return listTables(format).find((candidate) => candidate.key === key)!;
}

describe("the printed grid of a table", () => {
  it.each(FORMAT_KEYS)(
    "covers every position of every %s table exactly once and holds each cell of the format once",
    (format) => {
      const seen: string[] = [];
      for (const definition of listTables(format)) {
        const grid = layoutTableGrid(definition);
        const covered = Array.from({ length: grid.rows }, () => new Array<number>(grid.columns).fill(0));
        for (const cell of grid.cells) {
          for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
            for (let c = cell.column; c < cell.column + cell.colSpan; c++) covered[r]![c]! += 1;
          if (cell.role === "value") seen.push(cell.cellKey!);
        }
        expect(
          covered.flat().every((count) => count === 1),
          definition.key,
        ).toBe(true);
        expect(grid.lines.flat()).toHaveLength(grid.cells.length);
        expect(grid.values.flat().every((cell) => cell.row >= grid.headerRows)).toBe(true);
      }
      expect(new Set(seen)).toEqual(new Set(listCellKeys(format)));
      expect(seen).toHaveLength(listCellKeys(format).length);
    },
  );

  it("lays out the 2021 applications table as printed: the note in the corner, 申请人情况 over 7 columns, 25 rows of values", () => {
    const grid = layoutTableGrid(table("2021", "applications"));
    expect(grid.labelColumns).toBe(3);
    expect(grid.values).toHaveLength(25);
    expect(grid.values[0]!.map((cell) => cell.computed)).toEqual([false, false, false, false, false, false, true]);
    expect(grid.values[23]!.every((cell) => cell.computed && cell.cellKey!.startsWith("applications.3.7."))).toBe(true);
    const corner = grid.cells.find((cell) => cell.role === "corner")!;
    expect({ rowSpan: corner.rowSpan, colSpan: corner.colSpan }).toEqual({ rowSpan: grid.headerRows, colSpan: 3 });
    expect(grid.cells.find((cell) => cell.role === "band" && cell.text === "申请人情况")?.colSpan).toBe(7);
    const group = grid.cells.find((cell) => cell.role === "group" && cell.text === "三、本年度办理结果")!;
    expect(group.rowSpan).toBe(
      grid.values.findIndex((line) => line[0]!.cellKey!.startsWith("applications.4.")) -
        grid.values.findIndex((line) => line[0]!.cellKey!.startsWith("applications.3.")),
    );
  });

  it("lays out the reviews table as its one printed line of 15 cells under the 行政复议 and 行政诉讼 bands", () => {
    const grid = layoutTableGrid(table("2021", "reviews"));
    expect(grid.labelColumns).toBe(0);
    expect(grid.values).toHaveLength(1);
    expect(grid.values[0]!).toHaveLength(15);
    expect(grid.values[0]!.map((cell) => cell.cellKey).slice(4, 6)).toEqual([
      "reviews.review.total",
      "reviews.suit_direct.upheld",
    ]);
    expect(grid.cells.filter((cell) => cell.role === "band").map((cell) => [cell.text, cell.colSpan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
      ["未经复议直接起诉", 5],
      ["复议后起诉", 5],
    ]);
  });

  it("puts the 第二十条 band over the whole table and computes each grid once", () => {
    const definition = table("2019", "art20_1");
    const grid = layoutTableGrid(definition);
    expect(grid.cells[0]).toMatchObject({
      row: 0,
      column: 0,
      colSpan: grid.columns,
      role: "band",
      text: definition.band,
    });
    expect(layoutTableGrid(definition)).toBe(grid);
  });
});
