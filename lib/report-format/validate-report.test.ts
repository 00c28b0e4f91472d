// The validator as a whole (the fixture, consistent reports, options, the result) and the cell rules.
import { describe, expect, it } from "vitest";
import { listCellKeys } from "./cells";
import { emptyReport } from "./empty-report";
import { FORMAT_KEYS } from "./format-registry";
import { RULES } from "./rule-catalogue";
import { validateReport } from "./validate-report";
import { loadFixture, consistent, readCell, withCells, withTexts, ofRule } from "./validate-report-test-helpers";

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
