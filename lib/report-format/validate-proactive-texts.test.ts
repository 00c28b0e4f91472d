// The rules of proactive disclosure (section 二) and of the texts.
import { describe, expect, it } from "vitest";
import { FORMAT_KEYS } from "./format-registry";
import { validateReport } from "./validate-report";
import {
  APPLICANT_COLUMNS,
  consistent,
  readCell,
  withCells,
  withApplications,
  withTexts,
  ofRule,
  rulesOf,
} from "./validate-report-test-helpers";

describe("proactive.made-vs-in-force (2021)", () => {
  it("warns when more were made than are in force or repealed", () => {
    const report = withCells(consistent("2021"), {
      "art20_1.normative_docs.made": 5,
      "art20_1.normative_docs.repealed": 1,
      "art20_1.normative_docs.in_force": 3,
    });
    expect(validateReport(report).violations).toEqual([
      {
        rule: "proactive.made-vs-in-force",
        level: "warning",
        cells: ["art20_1.normative_docs.made", "art20_1.normative_docs.in_force", "art20_1.normative_docs.repealed"],
        expected: "≤ 4",
        actual: 5,
        message: "第二十条第（一）项·行政规范性文件·本年制发件数 5 大于现行有效件数与本年废止件数之和 4",
      },
    ]);
    const fine = withCells(report, { "art20_1.normative_docs.repealed": 2 });
    expect(validateReport(fine).violations).toEqual([]);
  });
});

describe("proactive.prev-plus-change (2019)", () => {
  it.each(["art20_5.other_services", "art20_6.coercion", "art20_8.fees"])(
    "warns when %s would fall below 0 items",
    (row) => {
      const report = withCells(consistent("2019"), { [`${row}.prev_items`]: 2, [`${row}.change`]: -3 });
      const result = validateReport(report);
      expect(result.violations).toHaveLength(1);
      expect(result.violations[0]).toMatchObject({
        rule: "proactive.prev-plus-change",
        level: "warning",
        cells: [`${row}.change`, `${row}.prev_items`],
        expected: "≥ -2",
        actual: -3,
      });
      expect(result.violations[0]?.message).toContain("上一年项目数量 2 加本年增/减得 -1");
      expect(validateReport(withCells(report, { [`${row}.change`]: -2 })).violations).toEqual([]);
    },
  );
});

describe("proactive.published-vs-total (2019)", () => {
  it("warns when more were published this year than in total", () => {
    const report = withCells(consistent("2019"), {
      "art20_1.regulations.new_published": 4,
      "art20_1.regulations.total_published": 3,
    });
    expect(validateReport(report).violations).toEqual([
      {
        rule: "proactive.published-vs-total",
        level: "warning",
        cells: ["art20_1.regulations.new_published", "art20_1.regulations.total_published"],
        expected: "≤ 3",
        actual: 4,
        message: "第二十条第（一）项·规章·本年新公开数量 4 大于对外公开总数量 3",
      },
    ]);
    expect(validateReport(withCells(report, { "art20_1.regulations.total_published": 4 })).violations).toEqual([]);
  });
});

describe("text.required", () => {
  it.each(FORMAT_KEYS)("format %s: overview and problems must not be empty", (format) => {
    const result = validateReport(withTexts(consistent(format), { overview: " \n\u3000", problems: undefined }));
    expect(result.violations).toEqual([
      {
        rule: "text.required",
        level: "error",
        cells: ["texts.overview"],
        expected: null,
        actual: null,
        message: "“一、总体情况”不能为空",
      },
      {
        rule: "text.required",
        level: "error",
        cells: ["texts.problems"],
        expected: null,
        actual: null,
        message: "“五、存在的主要问题及改进情况”不能为空",
      },
    ]);
  });

  it("requires 其他需要报告的事项 in 2021 only", () => {
    expect(ofRule(validateReport(withTexts(consistent("2021"), { other: "" })), "text.required")[0]?.message).toBe(
      "“六、其他需要报告的事项”不能为空（没有需要报告的事项请写“无”）",
    );
    expect(ofRule(validateReport(withTexts(consistent("2021"), { other: "无" })), "text.required")).toEqual([]);
    expect(validateReport(withTexts(consistent("2019"), { other: "" })).violations).toEqual([]);
  });
});

describe("text.overview-length (2021)", () => {
  it("warns above 1000 characters, whitespace not counted", () => {
    const long = "字".repeat(1001);
    expect(validateReport(withTexts(consistent("2021"), { overview: long })).violations).toEqual([
      {
        rule: "text.overview-length",
        level: "warning",
        cells: ["texts.overview"],
        expected: "≤ 1000",
        actual: 1001,
        message: "“一、总体情况”有 1001 字，篇幅原则上不超过 1000 字",
      },
    ]);
    expect(
      validateReport(withTexts(consistent("2021"), { overview: `${"字".repeat(500)}\n\n ${"字".repeat(500)}` }))
        .violations,
    ).toEqual([]);
    expect(validateReport(withTexts(consistent("2019"), { overview: long })).violations).toEqual([]);
  });
});

describe("text.fees-statement (2021)", () => {
  const withUnpaidFees = (other: string) =>
    withTexts(
      withApplications(consistent("2021", 4), { "applications.3.6.2.natural": 1, "applications.3.1.natural": 30 }),
      { other },
    );

  it("warns when a fee notice went unpaid and 其他需要报告的事项 says nothing about 信息处理费", () => {
    const report = withUnpaidFees("无。");
    const total = readCell(report, "applications.3.6.2.total");
    expect(ofRule(validateReport(report), "text.fees-statement")).toEqual([
      {
        rule: "text.fees-statement",
        level: "warning",
        cells: ["texts.other", "applications.3.6.2.total"],
        expected: "信息处理费",
        actual: null,
        message: `“六、其他需要报告的事项”没有说明信息处理费的收取情况，而（六）其他处理·2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计 为 ${total}`,
      },
    ]);
  });

  it("is satisfied by a mention, or by no fee-related row above 0", () => {
    expect(ofRule(validateReport(withUnpaidFees("本年度收取信息处理费 200 元。")), "text.fees-statement")).toEqual([]);
    const noFees = withTexts(
      withApplications(
        consistent("2021", 4),
        Object.fromEntries(APPLICANT_COLUMNS.map((column) => [`applications.3.6.2.${column}`, 0])),
      ),
      { other: "无。" },
    );
    expect(readCell(noFees, "applications.3.6.2.total")).toBe(0);
    expect(validateReport(noFees).violations).toEqual([]);
  });
});

describe("text.figures", () => {
  const report = withApplications(consistent("2021", 5), {
    "applications.3.1.natural": 5,
    "applications.3.1.legal": 2,
  });
  const disclosed = readCell(report, "applications.3.1.total") as number;
  const received = readCell(report, "applications.1.total") as number;
  const carried = readCell(report, "applications.2.total") as number;

  it("warns when the overview states a figure that is not in the table", () => {
    const result = validateReport(withTexts(report, { overview: `本年度予以公开${disclosed + 1}件。` }));
    expect(result.violations).toEqual([
      {
        rule: "text.figures",
        level: "warning",
        cells: ["texts.overview", "applications.3.1.total"],
        expected: disclosed,
        actual: disclosed + 1,
        message: `“一、总体情况”写“予以公开${disclosed + 1}件”，而表中（一）予以公开·总计 为 ${disclosed}`,
      },
    ]);
  });

  it("accepts the total, one applicant type, full-width digits and spaces; ignores 不予公开", () => {
    const texts = [
      `予以公开 ${disclosed} 件`,
      "其中自然人申请予以公开5件",
      `予以公开${String(disclosed).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))}件`,
      "不予公开999件",
      `本年新收政府信息公开申请${received}件`,
      `共收到政府信息公开申请${received + carried}件（含上年结转）`,
      "公开信息共计 298 条",
      "收到行政复议申请9999件",
      `新收到政府信息公开申请${received}件`,
    ];
    for (const overview of texts) expect(validateReport(withTexts(report, { overview })).violations).toEqual([]);
    for (const overview of [
      `本年新收政府信息公开申请${received + 1000}件`,
      `共收到申请${received + carried + 1}件`,
      `部分公开 ${9999} 件`,
      "结转下年度继续办理9999件",
    ]) {
      expect(ofRule(validateReport(withTexts(report, { overview })), "text.figures")).toHaveLength(1);
    }
  });

  it("is not evaluated when the table cells it reads are blank", () => {
    const blank = withCells(report, { "applications.3.1.social": null });
    expect(rulesOf(validateReport(withTexts(blank, { overview: "予以公开12345件" })))).toEqual(["cell.blank"]);
  });
});
