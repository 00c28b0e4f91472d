// Real copies are damaged in known ways. Each damage gives the right cells, or cells marked
// guessed or missing — never a wrong number presented as found.
import { describe, expect, it } from "vitest";
import type { Report } from "@/lib/report-format";
import { parsePublishedReport } from "./parse-published-report";
import { buildDistinctReport } from "./testdata/distinct-report";
import { listBrokenPromises, listByStatus, listWrongGuesses } from "./testdata/expect-cells";
import { renderReportHtml } from "./testdata/render-html";
import { renderReportText } from "./testdata/render-text";
import type { ParseResult } from "./types";

const report2019 = buildDistinctReport("2019");
const report2021 = buildDistinctReport("2021");
const grid2021 = renderReportText(report2021, "grid");
const browser2021 = renderReportText(report2021, "browser");
const grid2019 = renderReportText(report2019, "grid");

function parseText(content: string): ParseResult {
  return parsePublishedReport({ kind: "text", content });
}

/** The promise holds, and nothing but `expected` is guessed or missing. */
function expectOnly(result: ParseResult, truth: Report, expected: { guessed?: string[]; missing?: string[] }): void {
  expect(listBrokenPromises(result, truth)).toEqual([]);
  expect(listWrongGuesses(result, truth)).toEqual([]);
  expect(listByStatus(result, "guessed")).toEqual(expected.guessed ?? []);
  expect(listByStatus(result, "missing")).toEqual(expected.missing ?? []);
}

function rowKeys(table: string, row: string, columns: readonly string[]): string[] {
  return columns.map((column) => `${table}.${row}.${column}`);
}

const APPLICANTS = ["natural", "commercial", "research", "social", "legal", "other", "total"];

describe("labels split by spaces and line breaks", () => {
  const wrapped = "（二）部分公开（区分处理的，只计这一情形，";

  it.each([
    ["merged cells padded", grid2021],
    ["one cell per printed cell", browser2021],
  ])("reads a label wrapped over two lines (%s)", (_, text) => {
    const result = parseText(text.replace(wrapped, `${wrapped}\n`));
    expect(result.report).toEqual(report2021);
  });

  it("reads labels with spaces anywhere and brackets of either width", () => {
    const damaged = grid2021
      .replace("（三）不予公开", "(三) 不予公 开")
      .replace("1.属于国家秘密", "1. 属于 国家 秘密")
      .replace("行政规范性文件", "行政规范 性文件")
      .replace("本年制发件数", "本年制发 件数");
    expect(parseText(damaged).report).toEqual(report2021);
  });

  it("takes a label broken after its numbers (PDF style) as a partial match, and says so", () => {
    const pdf = browser2021
      .replaceAll("\t", " ")
      .replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，")
      .replace(/(\n（二）部分公开（区分处理的， [^\n]*)/u, "$1\n只计这一情形，不计其他情形）");
    const result = parseText(pdf);
    expect(result.report).toEqual(report2021);
    expectOnly(result, report2021, { guessed: rowKeys("applications", "3.2", APPLICANTS) });
    expect(result.cells["applications.3.2.natural"]?.note).toContain("只部分符合");
  });
});

describe("missing and blank cells", () => {
  it("leaves a missing row missing, and lists it", () => {
    const result = parseText(
      grid2021
        .split("\n")
        .filter((line) => !line.includes("4.保护第三方合法权益"))
        .join("\n"),
    );
    expectOnly(result, report2021, { missing: rowKeys("applications", "3.3.4", APPLICANTS) });
    expect(result.problems).toEqual(["没有找到“（三）不予公开·4.保护第三方合法权益”这一行的数字"]);
  });

  it("keeps a blank cell blank, and places the row's other numbers by the header", () => {
    const result = parseText(
      grid2021
        .replace("规章\t11\t14\t17", "规章\t11\t\t17")
        .replace("行政规范性文件\t20\t23\t26", "行政规范性文件\t20\t23\t"),
    );
    expectOnly(result, report2021, { missing: ["art20_1.regulations.repealed", "art20_1.normative_docs.in_force"] });
  });

  it("places a row with a blank first or last cell by the other rows' positions, marked guessed", () => {
    const text = browser2021
      .replace("\t41\t44", "\t\t44")
      .replace("\t461\t464\t467\t470\t473\t476\t479", "\t461\t464\t467\t470\t473\t476\t");
    const result = parseText(text);
    const guessed = [
      ...rowKeys("applications", "1", APPLICANTS.slice(1)),
      ...rowKeys("applications", "3.6.1", APPLICANTS.slice(0, -1)),
    ];
    expectOnly(result, report2021, { guessed, missing: ["applications.1.natural", "applications.3.6.1.total"] });
  });

  it("leaves a row missing when its numbers cannot be placed", () => {
    const result = parseText(browser2021.replaceAll("\t", " ").replace("规章 11 14 17", "规章 11 17"));
    expectOnly(result, report2021, { missing: rowKeys("art20_1", "regulations", ["made", "repealed", "in_force"]) });
    expect(result.problems[0]).toContain("无法确定各数字属于哪一列");
  });

  it("does not read a dash as a number", () => {
    const result = parseText(grid2021.replace("行政处罚\t32", "行政处罚\t—"));
    expectOnly(result, report2021, { missing: ["art20_6.penalty.decisions"] });
    expect(result.cells["art20_6.penalty.decisions"]).toMatchObject({ raw: "—", note: "原文为“—”，不是数字" });
  });
});

describe("numbers as clerks type them", () => {
  it("reads units, thousands separators and full-width digits", () => {
    const text = grid2021
      .replace("24261.311082", "24261.311082万元")
      .replace("规章\t11\t14\t17", "规章\t１１件\t１４\t１７");
    expectOnly(parseText(text), report2021, {});
    const big = parseText(grid2021.replace("\t545\t548", "\t1,545\t548").replace("\t548\t551", "\t548\t2，551"));
    expect(big.cells["applications.4.natural"]).toMatchObject({ value: 1545, status: "found", raw: "1,545" });
    expect(big.cells["applications.4.research"]).toMatchObject({ value: 2551, status: "found" });
  });

  it("converts an amount in 元 to the 万元 column exactly, marked guessed", () => {
    const result = parseText(grid2021.replace("24261.311082", "73802895.90元"));
    expect(result.cells["art20_8.fees.amount"]).toMatchObject({
      value: "7380.28959",
      status: "guessed",
      raw: "73802895.90元",
    });
  });

  it("takes the procurement unit from the cell, the header, or else assumes 元 and says so", () => {
    const inCell = parseText(grid2019.replace("73802895.9元", "24252.311082万元"));
    expect(inCell.cells["art20_9.procurement.amount"]).toMatchObject({
      value: { value: "24252.311082", unit: "万元" },
      status: "found",
    });
    const inHeader = parseText(
      grid2019.replace("73802895.9元", "24252.311082").replace("采购总金额", "采购总金额（万元）"),
    );
    expect(inHeader.cells["art20_9.procurement.amount"]).toMatchObject({
      value: { value: "24252.311082", unit: "万元" },
      status: "found",
    });
    const nowhere = parseText(grid2019.replace("73802895.9元", "73802895.90"));
    expect(nowhere.cells["art20_9.procurement.amount"]).toMatchObject({
      value: { value: "73802895.9", unit: "元" },
      status: "guessed",
    });
  });

  it("refuses a number that does not fit its cell", () => {
    const result = parseText(grid2021.replace("规章\t11\t14\t17", "规章\t1.5\t14\t17"));
    expect(result.cells["art20_1.regulations.made"]).toMatchObject({ value: null, status: "missing", raw: "1.5" });
    expect(result.cells["art20_1.regulations.made"]?.note).toContain("须为整数");
  });
});

describe("tables printed differently", () => {
  it("reads rows in another order", () => {
    const lines = grid2021.split("\n");
    const first = lines.findIndex((line) => line.startsWith("行政处罚"));
    const moved = [...lines.slice(0, first), lines[first + 1] ?? "", lines[first] ?? "", ...lines.slice(first + 2)];
    expect(parseText(moved.join("\n")).report).toEqual(report2021);
  });

  it("reads the 15 reviews numbers on one line separated by spaces, under a header split over lines", () => {
    const lines = browser2021
      .replace(/结果维持/gu, "结果\n维持")
      .replace(/尚未审结/gu, "尚未\n审结")
      .split("\n");
    const values = lines.findIndex((line) => line.startsWith("566"));
    lines[values] = (lines[values] ?? "").replaceAll("\t", " ");
    expect(parseText(lines.join("\n")).report).toEqual(report2021);
  });

  it("reads the reviews table printed as three labelled rows", () => {
    const transposed = grid2021.replace(
      /行政复议\t[^\n]*\n[^\n]*\n[^\n]*\n566[^\n]*/u,
      [
        "信息内容\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
        "行政复议\t566\t569\t572\t575\t578",
        "未经复议直接起诉\t581\t584\t587\t590\t593",
        "复议后起诉\t596\t599\t602\t605\t608",
      ].join("\n"),
    );
    expect(parseText(transposed).report).toEqual(report2021);
  });

  it("reads a header printed as one line of spaces", () => {
    const text = browser2021.replace(
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
      "信息内容 本年制发件数 本年废止件数 现行有效件数",
    );
    expect(parseText(text).report).toEqual(report2021);
  });

  it("places columns by position when a header label is damaged, marked guessed", () => {
    const result = parseText(grid2021.replace("本年废止件数", "本年废止数"));
    expectOnly(result, report2021, {
      guessed: [
        ...rowKeys("art20_1", "regulations", ["made", "repealed", "in_force"]),
        ...rowKeys("art20_1", "normative_docs", ["made", "repealed", "in_force"]),
      ],
    });
  });

  it("reads a page with a breadcrumb, the article in a layout table and a footer", () => {
    const html = renderReportHtml(report2021)
      .replace("政府信息公开年报</div>", "政府信息公开工作年度报告</div>")
      .replace(
        "</td></tr></table></body>",
        "<p>大连市财政局</p><p>2023年1月20日</p></td></tr></table><div><p>版权所有：大连市财政局</p><p>辽ICP备12345678号</p></div></body>",
      );
    const result = parsePublishedReport({ kind: "html", content: html });
    expect(result.report).toEqual(report2021);
    expect(result.texts.other.note).toContain("落款");
  });
});

describe("year and table shape", () => {
  it("reads a 2021-shaped report titled 2020 with the 2019 format, says so, and invents nothing", () => {
    const result = parseText(grid2021.replace("2022年政府信息公开", "2020年政府信息公开"));
    expect(result.format).toBe("2019");
    expect(result.problems[0]).toMatch(/^报告年度为 2020 年，应使用 2019 年格式，但表格是 2021 年格式/u);
    expect(listByStatus(result, "guessed")).toEqual([]);
    // Only cells whose official labels are the same in both formats are taken.
    const found = listByStatus(result, "found");
    expect(
      found.every((key) =>
        /^(applications\.(1|2|3\.[1-5](\.\d)?|3\.7|4)|reviews|art20_[56]\.\w+\.decisions)/u.test(key),
      ),
    ).toBe(true);
    expect(result.cells["applications.3.6.natural"]?.status).toBe("missing");
    expect(result.cells["art20_1.regulations.new_made"]).toMatchObject({ status: "missing", note: "表头中没有这一列" });
  });

  it("says when a 2019-shaped table has （六）其他处理 as one row in a 2021 report", () => {
    const result = parseText(grid2019.replace("2020年政府信息公开", "2021年政府信息公开"));
    expect(result.problems[0]).toContain("（六）其他处理（一行）");
    expect(listByStatus(result, "guessed")).toEqual([]);
    expect(result.cells["applications.3.6.1.natural"]?.status).toBe("missing");
  });
});

describe("titles and headings", () => {
  it.each([
    ["大连市财政局\n2022年度政府信息公开工作年度报告", "title split over two lines"],
    ["大连市财政局关于二〇二二年度政府信息公开工作的报告", "year in Chinese numerals"],
    ["2022年大连市财政局政府信息公开工作年度报告", "year first"],
    ["大连市财政局 ２０２２ 年度 政府信息公开工作报告", "full-width year and spaces"],
  ])("reads %s (%s)", (title) => {
    const result = parseText(grid2021.replace("大连市财政局2022年政府信息公开工作年度报告", title));
    expect(result.report).toEqual(report2021);
  });

  it("reads a county government's report as a summary, and says that is a guess", () => {
    const result = parseText(grid2021.replace("大连市财政局2022年", "瓦房店市人民政府2022年"));
    expect(result.report?.kind).toBe("summary");
    expect(result.fields.kind.status).toBe("guessed");
    expect(result.fields.region.status).toBe("missing");
  });

  it.each([
    ["（一）总体情况概述", "（二）行政机关主动公开政府信息情况", "（五）存在的主要问题及改进措施"],
    ["一.总体情况", "二. 主动公开政府信息情况", "五．存在的主要问题及改进情况"],
  ])("finds sections headed %s …", (overview, proactive, problems) => {
    const text = grid2021
      .replace("一、总体情况", overview)
      .replace("二、主动公开政府信息情况", proactive)
      .replace("五、存在的主要问题及改进情况", problems);
    expect(parseText(text).report).toEqual(report2021);
  });

  it("does not take the overview's sub-headings for sections", () => {
    const text = grid2021
      .replace("（一）主动公开。", "（一）主动公开政府信息情况\n\n")
      .replace("（二）依申请公开。", "（二）收到和处理政府信息公开申请情况\n\n")
      .replace(
        "均在法定期限内答复。",
        "均在法定期限内答复。\n\n（三）行政复议、行政诉讼情况\n\n未发生行政复议和行政诉讼。",
      );
    const result = parseText(text);
    expect(result.problems).toEqual([]);
    expect(result.report?.texts.overview?.split("\n\n")).toHaveLength(7);
  });

  it.each([
    [["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]],
    [["三、收到和处理政府信息公开申请情况"]],
    [["一、总体情况", "二、主动公开政府信息情况"]],
  ])("reads the tables when section headings %j are missing, and lists only those", (dropped) => {
    const result = parseText(dropped.reduce((text, heading) => text.replace(heading, ""), grid2021));
    expect(result.report?.tables).toEqual(report2021.tables);
    expect(result.problems).toEqual(dropped.map((heading) => `没有找到“${heading}”这一部分的标题`));
    if (!dropped.includes("一、总体情况")) expect(result.report?.texts.overview).toBe(report2021.texts.overview);
  });

  it("reads a heading that runs on into its first sentence", () => {
    const text = grid2021
      .replace("一、总体情况\n\n2022年，", "一、总体情况。2022年，")
      .replace("六、其他需要报告的事项\n\n", "六、其他需要报告的事项：");
    expect(parseText(text).report).toEqual(report2021);
  });

  it("reads a copy without blank lines and with Windows line ends", () => {
    expect(parseText(grid2021.replace(/\n\n+/gu, "\n").replace(/\n/gu, "\r\n")).report).toEqual(report2021);
  });
});
