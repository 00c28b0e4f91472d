import { describe, expect, it } from "vitest";
import fixtureJson from "@/prisma/fixtures/benxi-science-bureau-2020.json";
import { listCellKeys } from "./cells";
import { computeTotals } from "./compute-totals";
import { emptyReport } from "./empty-report";
import { FORMAT_KEYS } from "./format-registry";
import { parseReport } from "./report-schema";
import { RULES } from "./rule-catalogue";
import { buildConsistentReport, buildSummaryReport } from "./testing";
import type { CellValue, FormatKey, Report, RuleId, ValidationResult, Violation } from "./types";
import { validateReport } from "./validate-report";

const APPLICANT_COLUMNS = ["natural", "commercial", "research", "social", "legal", "other"] as const;

function loadFixture(): Report {
  const parsed = parseReport(fixtureJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

function consistent(format: FormatKey, seed = 1, previous?: Report): Report {
  return buildConsistentReport({ format, seed, previous });
}

function readCell(report: Report, key: string): CellValue | undefined {
  const [table = "", ...rest] = key.split(".");
  const column = rest.pop() ?? "";
  return report.tables[table]?.[rest.join(".")]?.[column];
}

/** A copy of `report` with the cells set as given (`undefined` removes the cell). */
function withCells(report: Report, cells: Record<string, CellValue | undefined>): Report {
  const copy = structuredClone(report);
  for (const [key, value] of Object.entries(cells)) {
    const [table = "", ...rest] = key.split(".");
    const column = rest.pop() ?? "";
    const row = copy.tables[table]?.[rest.join(".")];
    if (!row) throw new Error(`no row for ${key}`);
    if (value === undefined) delete row[column];
    else row[column] = value;
  }
  return copy;
}

/** Sets applications inputs, recomputes the totals and keeps 一 + 二 = 三（七） + 四 by adjusting row 1. */
function withApplications(report: Report, cells: Record<string, number>): Report {
  const changed = withCells(report, cells);
  const computed = { ...changed, tables: computeTotals(changed.format, changed.tables) };
  const balance: Record<string, number> = {};
  for (const column of APPLICANT_COLUMNS) {
    const handled = readCell(computed, `applications.3.7.${column}`) as number;
    const carriedIn = readCell(computed, `applications.2.${column}`) as number;
    const carriedOut = Math.max(readCell(computed, `applications.4.${column}`) as number, carriedIn - handled);
    balance[`applications.4.${column}`] = carriedOut;
    balance[`applications.1.${column}`] = handled + carriedOut - carriedIn;
  }
  const balanced = withCells(computed, balance);
  // The generated overview states figures of the original tables.
  return {
    ...balanced,
    tables: computeTotals(balanced.format, balanced.tables),
    texts: { ...balanced.texts, overview: "本年度政府信息公开工作稳步推进。" },
  };
}

function withTexts(report: Report, texts: Report["texts"]): Report {
  return { ...report, texts: { ...report.texts, ...texts } };
}

function ofRule(result: ValidationResult, rule: RuleId): Violation[] {
  return result.violations.filter((violation) => violation.rule === rule);
}

function rulesOf(result: ValidationResult): RuleId[] {
  return [...new Set(result.violations.map((violation) => violation.rule))].sort();
}

describe("the fixture (本溪市科学技术局 2020, format 2019)", () => {
  it("validates with no error and no warning", () => {
    const result = validateReport(loadFixture());
    expect(result).toEqual({ ok: true, errors: 0, warnings: 0, violations: [] });
  });
});

describe("consistent reports", () => {
  it.each(FORMAT_KEYS)("format %s: a generated report has no violation, alone and against last year", (format) => {
    const previous = consistent(format, 7);
    const report = consistent(format, 8, previous);
    expect(validateReport(previous).violations).toEqual([]);
    expect(validateReport(report, { previous }).violations).toEqual([]);
  });
});

describe("cell.blank", () => {
  it.each(FORMAT_KEYS)("format %s: reports a blank cell once and evaluates no rule that reads it", (format) => {
    const result = validateReport(withCells(consistent(format), { "applications.3.1.natural": null }));
    expect(result.violations).toEqual([
      {
        rule: "cell.blank",
        level: "error",
        cells: ["applications.3.1.natural"],
        expected: null,
        actual: null,
        message: "（一）予以公开·自然人 未填写（没有发生的填 0）",
      },
    ]);
    expect(result.ok).toBe(false);
  });

  it("treats a missing cell, row or table as blank", () => {
    const report = consistent("2021");
    const missingCell = validateReport(withCells(report, { "reviews.review.total": undefined }));
    expect(missingCell.violations.map((violation) => violation.cells[0])).toEqual(["reviews.review.total"]);
    const missingTable = structuredClone(report);
    delete missingTable.tables.art20_1;
    const result = validateReport(missingTable);
    expect(ofRule(result, "cell.blank")).toHaveLength(6);
    expect(result.violations).toHaveLength(6);
  });

  it("reports every cell of a blank report", () => {
    for (const format of FORMAT_KEYS) {
      const result = validateReport(emptyReport(format, format === "2019" ? 2020 : 2022, "某局"));
      expect(ofRule(result, "cell.blank")).toHaveLength(listCellKeys(format).length);
    }
  });
});

describe("cell.invalid", () => {
  it.each([
    ["applications.3.1.natural", -3, "不能为负数"],
    ["applications.3.1.natural", 1.5, "须为整数"],
    ["applications.3.1.natural", 2147483648, "超出上限"],
    ["applications.3.1.natural", "3", "不是数字"],
    ["reviews.review.pending", Number.NaN, "不是数字"],
    ["art20_8.fees.amount", "1.1234567", "有 7 位小数"],
    ["art20_8.fees.amount", "-1", "不能为负数"],
    ["art20_8.fees.amount", "1e3", "不是数字"],
    ["art20_8.fees.amount", "100000000000000", "整数部分超过 14 位"],
    ["art20_8.fees.amount", 12, "不是数字"],
  ] as const)("format 2021: %s = %j is refused (%s)", (key, value, reason) => {
    const result = validateReport(withCells(consistent("2021"), { [key]: value }));
    const invalid = ofRule(result, "cell.invalid");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.cells).toEqual([key]);
    expect(invalid[0]?.message).toContain(reason);
    expect(invalid[0]?.level).toBe("error");
    // The rules reading the cell are not evaluated.
    expect(result.violations).toHaveLength(1);
  });

  it("format 2019: checks signed cells and amounts with a unit", () => {
    const report = consistent("2019");
    expect(
      validateReport(withCells(report, { "art20_5.licensing.change": -1, "art20_5.licensing.prev_items": 5 }))
        .violations,
    ).toEqual([]);
    const wrongUnit = validateReport(
      withCells(report, { "art20_9.procurement.amount": { value: "5", unit: "美元" as "元" } }),
    );
    expect(ofRule(wrongUnit, "cell.invalid")[0]?.message).toBe(
      "第二十条第（九）项·政府集中采购·采购总金额 的单位只能是“元”或“万元”，“美元” 不是其中之一",
    );
    const bare = validateReport(withCells(report, { "art20_9.procurement.amount": "5" }));
    expect(ofRule(bare, "cell.invalid")[0]?.cells).toEqual(["art20_9.procurement.amount"]);
    const signedTooLow = validateReport(withCells(report, { "art20_6.penalty.change": -2147483648 }));
    expect(ofRule(signedTooLow, "cell.invalid")).toHaveLength(1);
  });
});

describe("applications.row-total", () => {
  it.each(FORMAT_KEYS)("format %s: every row's total is the sum of its applicant columns", (format) => {
    const report = consistent(format);
    const total = readCell(report, "applications.3.2.total") as number;
    const result = validateReport(withCells(report, { "applications.3.2.total": total + 1 }));
    const violations = ofRule(result, "applications.row-total");
    expect(violations).toEqual([
      {
        rule: "applications.row-total",
        level: "error",
        cells: ["applications.3.2.total", ...APPLICANT_COLUMNS.map((column) => `applications.3.2.${column}`)],
        expected: total,
        actual: total + 1,
        message: `（二）部分公开（区分处理的，只计这一情形，不计其他情形）·总计 应等于本行各类申请人之和 ${total}，实填 ${total + 1}`,
      },
    ]);
    expect(result.errors).toBeGreaterThanOrEqual(1);
  });
});

describe("applications.result-total", () => {
  it.each(FORMAT_KEYS)("format %s: （七）总计 is the sum of the results, per column", (format) => {
    const report = consistent(format);
    const handled = readCell(report, "applications.3.7.natural") as number;
    const result = validateReport(withCells(report, { "applications.3.7.natural": handled + 6 }));
    const [violation] = ofRule(result, "applications.result-total");
    const resultRows = listCellKeys(format)
      .filter((key) => /^applications\.3\.[1-6]/.test(key) && key.endsWith(".natural"))
      .map((key) => key);
    expect(violation).toEqual({
      rule: "applications.result-total",
      level: "error",
      cells: ["applications.3.7.natural", ...resultRows],
      expected: handled,
      actual: handled + 6,
      message: `（七）总计·自然人 应等于各项办理结果之和 ${handled}，实填 ${handled + 6}`,
    });
    expect(resultRows).toHaveLength(format === "2019" ? 19 : 21);
  });
});

describe("applications.balance", () => {
  it.each(FORMAT_KEYS)("format %s: 一 + 二 = 三（七） + 四, checked on row 4", (format) => {
    const report = consistent(format);
    const carriedOut = readCell(report, "applications.4.legal") as number;
    const result = validateReport(
      withCells(report, {
        "applications.4.legal": carriedOut + 2,
        "applications.4.total": (readCell(report, "applications.4.total") as number) + 2,
      }),
    );
    expect(rulesOf(result)).toEqual(["applications.balance"]);
    expect(result.violations).toHaveLength(2);
    expect(result.violations[0]).toMatchObject({
      cells: ["applications.4.legal", "applications.1.legal", "applications.2.legal", "applications.3.7.legal"],
      expected: carriedOut,
      actual: carriedOut + 2,
    });
    expect(result.violations[1]?.cells[0]).toBe("applications.4.total");
  });
});

describe("reviews.total", () => {
  it.each(FORMAT_KEYS)("format %s: each row's total is the sum of its results", (format) => {
    const report = consistent(format);
    const total = readCell(report, "reviews.suit_direct.total") as number;
    const result = validateReport(withCells(report, { "reviews.suit_direct.total": total + 1 }));
    expect(result.violations).toEqual([
      {
        rule: "reviews.total",
        level: "error",
        cells: [
          "reviews.suit_direct.total",
          "reviews.suit_direct.upheld",
          "reviews.suit_direct.corrected",
          "reviews.suit_direct.other",
          "reviews.suit_direct.pending",
        ],
        expected: total,
        actual: total + 1,
        message: `行政诉讼·未经复议直接起诉·总计 应等于结果维持、结果纠正、其他结果、尚未审结之和 ${total}，实填 ${total + 1}`,
      },
    ]);
  });
});

describe("applications.other-share", () => {
  const zeroResults = (format: FormatKey) =>
    Object.fromEntries(
      listCellKeys(format)
        .filter((key) => /^applications\.(3\.[1-6]|2|4)/.test(key) && !key.endsWith(".total"))
        .map((key) => [key, 0]),
    );

  it("format 2019: （六）其他处理 above 10% of （七）总计 ≥ 10 is a warning, per column", () => {
    const report = withApplications(consistent("2019"), {
      ...zeroResults("2019"),
      "applications.3.1.natural": 8,
      "applications.3.6.natural": 2,
    });
    const result = validateReport(report);
    expect(result.ok).toBe(true);
    expect(result.violations).toEqual([
      {
        rule: "applications.other-share",
        level: "warning",
        cells: ["applications.3.6.natural", "applications.3.7.natural"],
        expected: "≤ 1",
        actual: 2,
        message: "（六）其他处理·自然人 为 2，超过（七）总计·自然人 10 的 10%，请说明原因",
      },
      expect.objectContaining({
        rule: "applications.other-share",
        cells: ["applications.3.6.total", "applications.3.7.total"],
      }),
    ]);
  });

  it("format 2019: exactly 10%, or a （七）总计 under 10, passes", () => {
    const atLimit = withApplications(consistent("2019"), {
      ...zeroResults("2019"),
      "applications.3.1.natural": 9,
      "applications.3.6.natural": 1,
    });
    expect(validateReport(atLimit).violations).toEqual([]);
    const small = withApplications(consistent("2019"), {
      ...zeroResults("2019"),
      "applications.3.1.natural": 1,
      "applications.3.6.natural": 8,
    });
    expect(validateReport(small).violations).toEqual([]);
  });

  it("format 2021: sums the three 其他处理 rows", () => {
    const report = withApplications(consistent("2021"), {
      ...zeroResults("2021"),
      "applications.3.1.commercial": 17,
      "applications.3.6.1.commercial": 1,
      "applications.3.6.3.commercial": 2,
    });
    const result = validateReport(report);
    const [violation] = ofRule(result, "applications.other-share");
    expect(violation).toMatchObject({
      cells: [
        "applications.3.6.1.commercial",
        "applications.3.6.2.commercial",
        "applications.3.6.3.commercial",
        "applications.3.7.commercial",
      ],
      expected: "≤ 2",
      actual: 3,
    });
    expect(violation?.message).toBe("（六）其他处理·商业企业 为 3，超过（七）总计·商业企业 20 的 10%，请说明原因");
    const fine = withApplications(consistent("2021"), {
      ...zeroResults("2021"),
      "applications.3.1.commercial": 18,
      "applications.3.6.2.commercial": 2,
    });
    expect(
      ofRule(validateReport(withTexts(fine, { other: "收取信息处理费0元。" })), "applications.other-share"),
    ).toEqual([]);
  });
});

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

describe("cross-year.carry-over", () => {
  it.each([
    ["2019", 2019, "2019"],
    ["2019", 2020, "2021"],
    ["2021", 2021, "2021"],
  ] as const)(
    "last year in %s (%i), this year in %s: row 2 equals last year's row 4, per column",
    (previousFormat, previousYear, format) => {
      const previous = buildConsistentReport({ format: previousFormat, seed: 11, year: previousYear });
      const report = buildConsistentReport({ format, seed: 12, previous });
      expect(validateReport(report, { previous }).violations).toEqual([]);
      const lastOut = readCell(previous, "applications.4.research") as number;
      const changed = withCells(previous, {
        "applications.4.research": lastOut + 1,
        "applications.4.total": (readCell(previous, "applications.4.total") as number) + 1,
      });
      const violations = ofRule(validateReport(report, { previous: changed }), "cross-year.carry-over");
      expect(violations.map((violation) => violation.cells)).toEqual([
        ["applications.2.research", `applications.4.research@${previous.year}`],
        ["applications.2.total", `applications.4.total@${previous.year}`],
      ]);
      expect(violations[0]).toMatchObject({ level: "warning", expected: lastOut + 1, actual: lastOut });
      expect(violations[0]?.message).toBe(
        `二、上年结转政府信息公开申请数量·科研机构 应等于 ${previous.year} 年度报告的“四、结转下年度继续办理” ${lastOut + 1}，实填 ${lastOut}`,
      );
    },
  );

  it("is not evaluated against a blank cell of last year", () => {
    const previous = consistent("2021", 11);
    const report = consistent("2021", 12, previous);
    const blankLastYear = withCells(previous, { "applications.4.natural": null });
    expect(
      validateReport(withCells(report, { "applications.2.natural": 0 }), { previous: blankLastYear }).violations.map(
        (violation) => violation.rule,
      ),
    ).not.toContain("cross-year.carry-over");
  });
});

describe("cross-year.in-force (2021 after 2021)", () => {
  it("in_force = last year's in_force + made − repealed", () => {
    const previous = consistent("2021", 21);
    const report = consistent("2021", 22, previous);
    const inForce = readCell(report, "art20_1.regulations.in_force") as number;
    const result = validateReport(withCells(report, { "art20_1.regulations.in_force": inForce + 1 }), { previous });
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: "cross-year.in-force",
        cells: [
          "art20_1.regulations.in_force",
          `art20_1.regulations.in_force@${previous.year}`,
          "art20_1.regulations.made",
          "art20_1.regulations.repealed",
        ],
        expected: inForce,
        actual: inForce + 1,
      }),
    ]);
  });

  it("does not apply after a 2019-format year", () => {
    const previous = buildConsistentReport({ format: "2019", seed: 21, year: 2020 });
    const report = buildConsistentReport({ format: "2021", seed: 22, previous });
    const changed = withCells(report, { "art20_1.regulations.in_force": 100000 });
    expect(validateReport(changed, { previous }).violations).toEqual([]);
  });
});

describe("cross-year.prev-items (2019 after 2019)", () => {
  it("prev_items = last year's prev_items + change", () => {
    const previous = consistent("2019", 31);
    const report = consistent("2019", 32, previous);
    const items = readCell(report, "art20_6.penalty.prev_items") as number;
    const result = validateReport(withCells(report, { "art20_6.penalty.prev_items": items + 3 }), { previous });
    expect(result.violations).toEqual([
      {
        rule: "cross-year.prev-items",
        level: "warning",
        cells: ["art20_6.penalty.prev_items", "art20_6.penalty.prev_items@2019", "art20_6.penalty.change@2019"],
        expected: items,
        actual: items + 3,
        message: `第二十条第（六）项·行政处罚·上一年项目数量 应等于 2019 年度报告的上一年项目数量加本年增/减，即 ${items}，实填 ${items + 3}`,
      },
    ]);
  });
});

describe("cross-year.total-published (2019 after 2019)", () => {
  it("total_published = last year's total_published + new_published", () => {
    const previous = consistent("2019", 41);
    const report = consistent("2019", 42, previous);
    const total = readCell(report, "art20_1.normative_docs.total_published") as number;
    const result = validateReport(withCells(report, { "art20_1.normative_docs.total_published": total + 1 }), {
      previous,
    });
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: "cross-year.total-published",
        level: "warning",
        cells: [
          "art20_1.normative_docs.total_published",
          "art20_1.normative_docs.total_published@2019",
          "art20_1.normative_docs.new_published",
        ],
        expected: total,
        actual: total + 1,
      }),
    ]);
  });
});

describe("text.repeated", () => {
  const previous = consistent("2021", 51);
  const report = consistent("2021", 52, previous);

  it("warns when problems is (nearly) last year's text", () => {
    const copied = `${previous.texts.problems}\n`.replace(/；/g, "，");
    const result = validateReport(withTexts(report, { problems: copied }), { previous });
    expect(result.violations).toEqual([
      {
        rule: "text.repeated",
        level: "warning",
        cells: ["texts.problems", `texts.problems@${previous.year}`],
        expected: "< 0.9",
        actual: 1,
        message: `“五、存在的主要问题及改进情况”与 ${previous.year} 年度报告几乎相同（相似度 100%），不得年年雷同`,
      },
    ]);
  });

  it("accepts a rewritten text, and needs last year's report", () => {
    expect(validateReport(report, { previous }).violations).toEqual([]);
    expect(validateReport(withTexts(report, { problems: previous.texts.problems })).violations).toEqual([]);
  });
});

describe("summary.sum-of-members", () => {
  it.each(FORMAT_KEYS)("format %s: each cell equals the sum over the members", (format) => {
    const year = format === "2019" ? 2020 : 2022;
    const members = [1, 2, 3].map((seed) => buildConsistentReport({ format, seed, year }));
    const summary = buildSummaryReport(members, "某市人民政府");
    expect(validateReport(summary, { members }).violations).toEqual([]);
    const natural = readCell(summary, "applications.3.1.natural") as number;
    const changed = withApplications(summary, { "applications.3.1.natural": natural + 1 });
    const violations = ofRule(validateReport(changed, { members }), "summary.sum-of-members");
    expect(violations.map((violation) => violation.cells[0])).toContain("applications.3.1.natural");
    expect(violations.find((violation) => violation.cells[0] === "applications.3.1.natural")).toEqual({
      rule: "summary.sum-of-members",
      level: "warning",
      cells: ["applications.3.1.natural", ...members.map((member) => `applications.3.1.natural@${member.agency.name}`)],
      expected: natural,
      actual: natural + 1,
      message: `（一）予以公开·自然人 应等于 3 份下级报告之和 ${natural}，实填 ${natural + 1}`,
    });
  });

  it("sums amounts exactly, converting 元 and 万元", () => {
    const members = [1, 2].map((seed) => buildConsistentReport({ format: "2019", seed, year: 2020 }));
    const [first, second] = [
      withCells(members[0]!, { "art20_9.procurement.amount": { value: "73802895.9", unit: "元" } }),
      withCells(members[1]!, { "art20_9.procurement.amount": { value: "0.000001", unit: "万元" } }),
    ] as const;
    const summary = buildSummaryReport([first, second], "某市人民政府", "元");
    expect(readCell(summary, "art20_9.procurement.amount")).toEqual({ value: "73802895.91", unit: "元" });
    expect(validateReport(summary, { members: [first, second] }).violations).toEqual([]);
    const inWan = withCells(summary, { "art20_9.procurement.amount": { value: "7380.289591", unit: "万元" } });
    expect(validateReport(inWan, { members: [first, second] }).violations).toEqual([]);
    const off = withCells(summary, { "art20_9.procurement.amount": { value: "7380.28959", unit: "万元" } });
    expect(validateReport(off, { members: [first, second] }).violations).toEqual([
      expect.objectContaining({
        rule: "summary.sum-of-members",
        cells: [
          "art20_9.procurement.amount",
          `art20_9.procurement.amount@${first.agency.name}`,
          `art20_9.procurement.amount@${second.agency.name}`,
        ],
        expected: "7380.289591",
        actual: "7380.28959",
        message:
          "第二十条第（九）项·政府集中采购·采购总金额 应等于 2 份下级报告之和 7380.289591万元，实填 7380.28959万元",
      }),
    ]);
  });

  it("sums 2021 fees in 万元 without floating-point error", () => {
    const members = [1, 2, 3].map((seed, index) =>
      withCells(buildConsistentReport({ format: "2021", seed, year: 2022 }), {
        "art20_8.fees.amount": ["0.1", "0.2", "24252.311082"][index],
      }),
    );
    const summary = withCells(buildSummaryReport(members, "某市人民政府"), { "art20_8.fees.amount": "24252.611082" });
    expect(validateReport(summary, { members }).violations).toEqual([]);
  });

  it("applies to summary reports only, and skips cells a member left blank", () => {
    const members = [1, 2].map((seed) => buildConsistentReport({ format: "2021", seed, year: 2022 }));
    const summary = buildSummaryReport(members, "某市人民政府");
    const wrong = withCells(summary, { "art20_5.licensing.decisions": 100000 });
    expect(validateReport({ ...wrong, kind: "agency" }, { members }).violations).toEqual([]);
    const blankMember = withCells(members[0]!, { "art20_5.licensing.decisions": null });
    expect(validateReport(wrong, { members: [blankMember, members[1]!] }).violations).toEqual([]);
  });
});

describe("options", () => {
  it("refuses a previous report that is not for the year before, and members of another year", () => {
    const report = consistent("2021");
    expect(() => validateReport(report, { previous: { ...report, year: report.year - 2 } })).toThrow(RangeError);
    expect(() =>
      validateReport({ ...report, kind: "summary" }, { members: [{ ...report, year: report.year + 1 }] }),
    ).toThrow(RangeError);
  });
});

describe("the result", () => {
  it("orders violations by format position of the checked cell, texts at their section's place, then rule id", () => {
    const report = withTexts(
      withCells(consistent("2021", 61), {
        "reviews.review.total": 999,
        "applications.3.7.natural": 999,
        "art20_1.regulations.made": null,
        "art20_1.regulations.in_force": -1,
      }),
      { overview: "", problems: "", other: "" },
    );
    expect(readCell(report, "applications.3.6.2.total")).toBeGreaterThan(0);
    const result = validateReport(report);
    const order = result.violations.map((violation) => `${violation.cells[0]} ${violation.rule}`);
    expect(order).toEqual([
      "texts.overview text.required",
      "art20_1.regulations.made cell.blank",
      "art20_1.regulations.in_force cell.invalid",
      "applications.3.7.natural applications.result-total",
      "applications.3.7.total applications.row-total",
      "applications.4.natural applications.balance",
      "reviews.review.total reviews.total",
      "texts.problems text.required",
      "texts.other text.fees-statement",
      "texts.other text.required",
    ]);
    expect(result).toMatchObject({ ok: false, errors: 9, warnings: 1 });
  });

  it("counts warnings apart from errors; ok holds with warnings only", () => {
    const report = withCells(consistent("2019"), {
      "art20_1.regulations.new_published": 4,
      "art20_1.regulations.total_published": 3,
    });
    expect(validateReport(report)).toMatchObject({ ok: true, errors: 0, warnings: 1 });
  });

  it("gives every violation the level of its rule", () => {
    const report = withCells(consistent("2021"), {
      "applications.3.1.natural": 5000,
      "art20_1.regulations.made": 100000,
    });
    for (const violation of validateReport(report).violations)
      expect(violation.level).toBe(RULES[violation.rule].level);
  });
});
