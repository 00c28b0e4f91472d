import { load, type CheerioAPI } from "cheerio";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import {
  getFormat,
  listLeafColumns,
  listLeafRows,
  type CellValue,
  type Report,
  type TableDefinition,
} from "@/lib/report-format";
import { renderReportDocx } from "./report-docx";
import { FEES_AMOUNT, buildDistinctReport2021, readFixtureReport, readZipEntries } from "./test-support";

async function readDocx(buffer: Buffer): Promise<CheerioAPI> {
  const { value } = await mammoth.convertToHtml({ buffer });
  return load(value);
}

function listTables(format: Report["format"]): TableDefinition[] {
  return getFormat(format).sections.flatMap((section) =>
    section.content.kind === "tables" ? [...section.content.tables] : [],
  );
}

function printed(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? `${value.value}${value.unit}` : String(value);
}

/**
 * Reads the values back by position alone, independently of the writer's layout code: the values
 * are the last cells of the last rows (one per stored row), or the last printed row side by side.
 */
function readValues($: CheerioAPI, element: Parameters<CheerioAPI>[0], table: TableDefinition): string[][] {
  const columns = listLeafColumns(table.columns).length;
  const leaves = listLeafRows(table.rows).length;
  const rows = $(element)
    .find("tr")
    .toArray()
    .map((row) =>
      $(row)
        .children("td, th")
        .toArray()
        .map((cell) => $(cell).text().trim()),
    );
  if (table.layout === "rows-side-by-side") {
    const line = rows.at(-1) ?? [];
    expect(line).toHaveLength(leaves * columns);
    return Array.from({ length: leaves }, (_, index) => line.slice(index * columns, (index + 1) * columns));
  }
  return rows.slice(-leaves).map((cells) => cells.slice(-columns));
}

function expectTablesMatch($: CheerioAPI, report: Report) {
  const tables = listTables(report.format);
  const elements = $("table").toArray();
  expect(elements).toHaveLength(tables.length);
  tables.forEach((table, index) => {
    const expected = listLeafRows(table.rows).map(({ row }) =>
      listLeafColumns(table.columns).map((column) => printed(report.tables[table.key]?.[row.key]?.[column.key])),
    );
    expect(readValues($, elements[index], table), table.key).toEqual(expected);
  });
}

describe("renderReportDocx", () => {
  it("prints the fixture with its title, the six section headings and every figure in its cell", async () => {
    const report = readFixtureReport();
    const $ = await readDocx(
      await renderReportDocx(report, { agencyName: "本溪市科学技术局", publishedAt: new Date("2021-01-29T02:00:00Z") }),
    );
    expect($("p").first().text()).toBe("本溪市科学技术局2020年度政府信息公开工作年度报告");
    expect($("p").eq(1).text()).toBe("发布日期：2021年1月29日");
    expect(
      $("h1")
        .toArray()
        .map((heading) => $(heading).text()),
    ).toEqual(getFormat("2019").sections.map((section) => section.heading));
    expectTablesMatch($, report);

    const [art20_1, , , , , applications, reviews] = $("table").toArray();
    const normativeDocs = $(art20_1)
      .find("tr")
      .filter((_, row) => $(row).text().startsWith("规范性文件"));
    expect(
      normativeDocs
        .find("td, th")
        .toArray()
        .map((cell) => $(cell).text()),
    ).toEqual(["规范性文件", "3", "2", "298"]);
    // 23 rows of figures, as in the official table of the fixture (the group labels have none).
    expect(
      readValues($, applications, listTables("2019")[5]!)
        .flat()
        .filter((text) => /^\d+$/.test(text)),
    ).toHaveLength(23 * 7);
    expect($(reviews).find("tr").last().find("td")).toHaveLength(15);
  });

  it("gives the tables the official header: bands, the corner note, group labels over their rows", async () => {
    const $ = await readDocx(await renderReportDocx(readFixtureReport(), { agencyName: "本溪市科学技术局" }));
    const [art20_1, , , , , applications, reviews] = $("table").toArray();
    const header = (element: typeof art20_1, text: string) =>
      $(element)
        .find("td, th")
        .filter((_, cell) => $(cell).text() === text);

    expect(header(art20_1, "第二十条第（一）项").attr("colspan")).toBe("4");
    const corner = $(applications).find("th").first();
    expect(corner.text()).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect([corner.attr("colspan"), corner.attr("rowspan")]).toEqual(["3", "3"]);
    expect(header(applications, "申请人情况").attr("colspan")).toBe("7");
    expect(header(applications, "法人或其他组织").attr("colspan")).toBe("5");
    expect(header(applications, "三、本年度办理结果").attr("rowspan")).toBe("20");
    expect(header(applications, "（三）不予公开").attr("rowspan")).toBe("8");
    expect(header(reviews, "行政复议").attr("colspan")).toBe("5");
    expect(header(reviews, "行政诉讼").attr("colspan")).toBe("10");
    expect(header(reviews, "未经复议直接起诉").attr("colspan")).toBe("5");
    expect(header(reviews, "结果维持")).toHaveLength(3);
  });

  it("round-trips a 2021 report whose cells all differ, money with all its decimals", async () => {
    const report = buildDistinctReport2021();
    const $ = await readDocx(await renderReportDocx(report, { agencyName: "本溪市测试局" }));
    expectTablesMatch($, report);
    expect($("td").filter((_, cell) => $(cell).text() === FEES_AMOUNT)).toHaveLength(1);
    const applications = $("table").toArray()[4];
    expect(
      $(applications)
        .find("td, th")
        .filter((_, cell) => $(cell).text() === "三、本年度办理结果")
        .attr("rowspan"),
    ).toBe("22");
    expect(
      $(applications)
        .find("td, th")
        .filter((_, cell) => $(cell).text() === "（六）其他处理")
        .attr("rowspan"),
    ).toBe("3");
  });

  it("writes the texts as paragraphs split on blank lines, and marks an empty section", async () => {
    const report = buildDistinctReport2021();
    report.texts.other = "";
    const $ = await readDocx(await renderReportDocx(report, { agencyName: "本溪市测试局" }));
    const after = (heading: string) =>
      $("h1")
        .filter((_, element) => $(element).text() === heading)
        .nextUntil("h1", "p")
        .toArray()
        .map((p) => $(p).text());
    expect(after("一、总体情况")).toEqual([
      "2023 年，本局依法公开政府信息。",
      "（一）主动公开情况。全年公开信息 412 条。",
    ]);
    expect(after("六、其他需要报告的事项")).toEqual(["（未填写）"]);
  });

  it("names Chinese fonts for East Asian text and embeds none", async () => {
    const entries = readZipEntries(await renderReportDocx(readFixtureReport(), { agencyName: "本溪市科学技术局" }));
    const document = entries.get("word/document.xml") ?? "";
    expect(document).toContain('w:eastAsia="仿宋"');
    expect(document).toContain('w:eastAsia="黑体"');
    expect(document).toContain('w:eastAsia="宋体"');
    expect([...entries.keys()].filter((name) => name.startsWith("word/fonts/"))).toEqual([]);
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });
});
