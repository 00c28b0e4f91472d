import { describe, expect, it } from "vitest";
import { buildTableGrid } from "./build-table-grid";
import { inferRegion } from "./infer-region";
import { readHtmlBlocks } from "./read-html-blocks";
import { readTextBlocks } from "./read-text-blocks";

describe("buildTableGrid", () => {
  it("places cells under rowspans and marks the copies", () => {
    const grid = buildTableGrid([
      [
        { text: "A", rowSpan: 2, colSpan: 1 },
        { text: "B", rowSpan: 1, colSpan: 2 },
      ],
      [
        { text: "C", rowSpan: 1, colSpan: 1 },
        { text: "D", rowSpan: 1, colSpan: 1 },
      ],
    ]);
    expect(grid[1]).toEqual([
      { text: "A", column: 0, span: 1, carried: true },
      { text: "C", column: 1, span: 1, carried: false },
      { text: "D", column: 2, span: 1, carried: false },
    ]);
  });

  it("survives absurd spans", () => {
    const grid = buildTableGrid([[{ text: "A", rowSpan: 1000, colSpan: 0 }], [{ text: "B", rowSpan: 1, colSpan: 1 }]]);
    expect(grid[1]?.map((cell) => cell.text)).toEqual(["A", "B"]);
  });
});

describe("readTextBlocks", () => {
  it("reads tab lines as rows, prose as paragraphs, and numbers after a short label as a row", () => {
    const blocks = readTextBlocks(
      "规章\t0\t0\t0\n\n　　2020 年，市科学技术局公开信息共计 298 条。\n规范性文件 3 2 298\n第二十条第（一）项\t\t\t",
    );
    expect(blocks.map((block) => block.kind)).toEqual(["row", "paragraph", "row", "paragraph"]);
    expect(blocks[1]).toMatchObject({
      text: "2020 年，市科学技术局公开信息共计 298 条。",
      source: { kind: "line", line: 3 },
      mayBeTableText: false,
    });
    expect(blocks[2]).toMatchObject({ looseText: "规范性文件 3 2 298" });
    expect(blocks[3]).toMatchObject({ text: "第二十条第（一）项", mayBeTableText: true });
  });

  it("drops page numbers left by a paginated original", () => {
    expect(
      readTextBlocks("公开信息的数\n\n- 3 -\n\n第 4 页 共 12 页\n量、质量").map(
        (block) => block.kind === "paragraph" && block.text,
      ),
    ).toEqual(["公开信息的数", "量、质量"]);
  });

  it("splits a cell of numbers separated by spaces, keeping their column", () => {
    const [row] = readTextBlocks("0 0 0\t1");
    expect(row?.kind === "row" && row.cells.map((cell) => [cell.text, cell.column])).toEqual([
      ["0", 0],
      ["0", 0],
      ["0", 0],
      ["1", 1],
    ]);
  });
});

describe("readHtmlBlocks", () => {
  it("reads a layout table's cells as content and a data table as rows", () => {
    const { blocks, title } = readHtmlBlocks(
      "<html><head><title>年报</title><style>p{}</style></head><body><table><tr><td><p>一、总体情况</p><p>本年度\n公开信息<br>共 3 条。</p>" +
        "<table><tr><td rowspan=2>规章</td><td>1</td></tr><tr><td>2</td></tr></table></td></tr></table><script>x()</script></body></html>",
    );
    expect(title).toBe("年报");
    expect(
      blocks.map((block) => (block.kind === "paragraph" ? block.text : block.cells.map((cell) => cell.text).join("|"))),
    ).toEqual(["一、总体情况", "本年度公开信息", "共 3 条。", "规章|1", "规章|2"]);
    expect(blocks[4]).toMatchObject({ source: { kind: "table-cell", table: 1, row: 2, column: 1 } });
  });
});

describe("inferRegion", () => {
  it.each([
    ["本溪市科学技术局", { region: "辽宁省本溪市", stated: false }],
    ["辽宁省本溪市科学技术局", { region: "辽宁省本溪市", stated: true }],
    ["吉林市人民政府", { region: "吉林省吉林市", stated: false }],
    ["吉林省教育厅", { region: "吉林省", stated: true }],
    ["北京市朝阳区人民政府", { region: "北京市", stated: true }],
    ["延边朝鲜族自治州民政局", { region: "吉林省延边朝鲜族自治州", stated: false }],
    ["瓦房店市人民政府", null],
  ])("places %s", (name, expected) => {
    expect(inferRegion(name)).toEqual(expected);
  });
});
