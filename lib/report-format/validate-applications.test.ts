// The rules of the applications table (section 三) and of reviews and lawsuits (section 四).
import { describe, expect, it } from "vitest";
import { listCellKeys } from "./cells";
import { FORMAT_KEYS } from "./format-registry";
import { validateReport } from "./validate-report";
import type { FormatKey } from "./types";
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
