import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getFormat, listLeafColumns, listLeafRows, type Report, type TableDefinition } from "@/lib/report-format";
import { renderReportXlsx, TEXT_SHEET_NAME } from "./report-xlsx";
import {
  FEES_AMOUNT,
  buildDistinctReport2021,
  buildHostileReport2019,
  readFixtureReport,
  readZipEntries,
} from "./test-support";

async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function listTables(format: Report["format"]): TableDefinition[] {
  return getFormat(format).sections.flatMap((section) =>
    section.content.kind === "tables" ? [...section.content.tables] : [],
  );
}

/** A cell back as the report stores it: counts as numbers, money as the decimal its number format shows. */
function readCell(cell: ExcelJS.Cell): number | string | { value: string; unit: string } | null {
  if (cell.value === null) return null;
  if (typeof cell.value !== "number") return String(cell.value);
  const format = /^0(?:\.(0+))?(?:"(.+)")?$/.exec(cell.numFmt ?? "");
  if (!format) return cell.value;
  const digits = cell.value.toFixed(format[1]?.length ?? 0);
  return format[2] ? { value: digits, unit: format[2] } : digits;
}

/** Values by position alone, independently of the writer's layout: the last rows and columns of the sheet. */
function readValues(sheet: ExcelJS.Worksheet, table: TableDefinition) {
  const columns = listLeafColumns(table.columns);
  const leaves = listLeafRows(table.rows);
  const width = sheet.columnCount;
  return Object.fromEntries(
    leaves.map(({ row }, index) => [
      row.key,
      Object.fromEntries(
        columns.map((column, offset) => {
          const at =
            table.layout === "rows-side-by-side"
              ? sheet.getCell(sheet.rowCount, index * columns.length + offset + 1)
              : sheet.getCell(sheet.rowCount - leaves.length + index + 1, width - columns.length + offset + 1);
          return [column.key, readCell(at)];
        }),
      ),
    ]),
  );
}

function expectNoFormula(workbook: ExcelJS.Workbook) {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula))),
  );
}

describe("renderReportXlsx", () => {
  it("round-trips every cell of a 2021 report whose cells all differ, counts as integers, money exact", async () => {
    const report = buildDistinctReport2021();
    const buffer = await renderReportXlsx(report, { agencyName: "本溪市测试局" });
    const workbook = await readXlsx(buffer);
    const tables = listTables("2021");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      TEXT_SHEET_NAME,
      "第二十条第（一）项",
      "第二十条第（五）项",
      "第二十条第（六）项",
      "第二十条第（八）项",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]);
    tables.forEach((table, index) => {
      const sheet = workbook.worksheets[index + 1]!;
      expect(readValues(sheet, table), table.key).toEqual(report.tables[table.key]);
    });
    const fees = workbook.getWorksheet("第二十条第（八）项")!.getCell("B4");
    expect([fees.value, fees.numFmt]).toEqual([Number(FEES_AMOUNT), "0.000000"]);
    const count = workbook.getWorksheet("第二十条第（一）项")!.getCell("B4");
    expect(typeof count.value === "number" && Number.isInteger(count.value)).toBe(true);
    expectNoFormula(workbook);
  });

  it("lays out the official header with merged cells, the fixture's figures in their cells", async () => {
    const report = readFixtureReport();
    const workbook = await readXlsx(await renderReportXlsx(report, { agencyName: "本溪市科学技术局" }));
    listTables("2019").forEach((table, index) =>
      expect(readValues(workbook.worksheets[index + 1]!, table), table.key).toEqual(report.tables[table.key]),
    );
    const applications = workbook.getWorksheet("三、收到和处理政府信息公开申请情况")!;
    expect(applications.getCell("A1").value).toBe("三、收到和处理政府信息公开申请情况");
    expect(applications.getCell("A2").value).toBe(
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    );
    expect(applications.getCell("C4").master.address).toBe("A2");
    expect(applications.getCell("D2").value).toBe("申请人情况");
    expect(applications.getCell("J2").master.address).toBe("D2");
    expect(applications.getCell("D3").value).toBe("自然人");
    expect(applications.getCell("D4").master.address).toBe("D3");
    expect(applications.getCell("A7").value).toBe("三、本年度办理结果");
    expect(applications.getCell("A26").master.address).toBe("A7");
    expect(applications.getCell("B9").value).toBe("（三）不予公开");
    expect(applications.getCell("B16").master.address).toBe("B9");
    expect(applications.getCell("C9").value).toBe("1.属于国家秘密");
    const reviews = workbook.getWorksheet("四、政府信息公开行政复议、行政诉讼情况")!;
    expect([reviews.getCell("A2").value, reviews.getCell("E3").master.address]).toEqual(["行政复议", "A2"]);
    expect([reviews.getCell("F2").value, reviews.getCell("O2").master.address]).toEqual(["行政诉讼", "F2"]);
    expect([reviews.getCell("K3").value, reviews.getCell("O3").master.address]).toEqual(["复议后起诉", "K3"]);
    expect(reviews.getRow(4).values).toHaveLength(16);
    expect(reviews.getRow(5).cellCount).toBe(15);
    const art20_1 = workbook.getWorksheet("第二十条第（一）项")!;
    expect(art20_1.getRow(5).values).toEqual([undefined, "规范性文件", 3, 2, 298]);
  });

  it("keeps formula-like texts as plain strings, a negative 本年增/减 a number and an amount with its unit", async () => {
    const report = buildHostileReport2019();
    const buffer = await renderReportXlsx(report, {
      agencyName: report.agency.name,
      publishedAt: new Date("2021-01-29T02:00:00Z"),
    });
    const workbook = await readXlsx(buffer);
    const texts = workbook.getWorksheet(TEXT_SHEET_NAME)!;
    const column = (index: number) => texts.getColumn(index).values.filter((value) => value !== undefined);
    expect(column(2)).toContain('=HYPERLINK("http://example.com/steal","点此查看")');
    expect(column(2)).toContain("@SUM(1+1)*cmd|' /C calc'!A0");
    expect(column(2)).toContain("-2+3");
    expect(column(2)).toContain("2021年1月29日");
    expect(texts.getCell("A1").value).toBe("+本溪市科学技术局2020年度政府信息公开工作年度报告");
    expectNoFormula(workbook);
    // No formula at all in the package, whatever a reader library makes of it.
    for (const [name, xml] of readZipEntries(buffer))
      if (name.startsWith("xl/worksheets/")) expect(xml).not.toMatch(/<f[ >]/);

    expect(readValues(workbook.getWorksheet("第二十条第（五）项")!, listTables("2019")[1]!).licensing).toEqual({
      prev_items: 1,
      change: -3,
      decisions: 6,
    });
    const amount = workbook.getWorksheet("第二十条第（九）项")!.getCell("C4");
    expect([amount.value, amount.numFmt]).toEqual([73802895.9, '0.0"元"']);
  });

  it("writes the texts sheet: title, format, then each section's paragraphs under its heading", async () => {
    const report = buildDistinctReport2021();
    const workbook = await readXlsx(await renderReportXlsx(report, { agencyName: "本溪市测试局" }));
    const sheet = workbook.getWorksheet(TEXT_SHEET_NAME)!;
    expect([sheet.getCell("A1").value, sheet.getCell("B1").master.address]).toEqual([
      "本溪市测试局2023年度政府信息公开工作年度报告",
      "A1",
    ]);
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      ["报告格式", getFormat("2021").document],
      ["一、总体情况", "2023 年，本局依法公开政府信息。"],
      [undefined, "（一）主动公开情况。\n全年公开信息 412 条。"],
      [
        "二、主动公开政府信息情况",
        "见工作表“第二十条第（一）项”、“第二十条第（五）项”、“第二十条第（六）项”、“第二十条第（八）项”",
      ],
      ["三、收到和处理政府信息公开申请情况", "见工作表“三、收到和处理政府信息公开申请情况”"],
      ["四、政府信息公开行政复议、行政诉讼情况", "见工作表“四、政府信息公开行政复议、行政诉讼情况”"],
      ["五、存在的主要问题及改进情况", "一是公开不够及时。"],
      [undefined, "二是渠道单一。"],
      ["六、其他需要报告的事项", "本年度收取信息处理费 0 元。"],
    ]);
  });

  it("writes an amount a float cannot hold digit for digit as its exact text", async () => {
    const report = buildDistinctReport2021();
    const fees = report.tables.art20_8?.fees;
    if (fees) fees.amount = "12345678901234.123456";
    const workbook = await readXlsx(await renderReportXlsx(report, { agencyName: "本溪市测试局" }));
    expect(workbook.getWorksheet("第二十条第（八）项")!.getCell("B4").value).toBe("12345678901234.123456");
  });
});
