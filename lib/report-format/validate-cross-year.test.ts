// The rules that compare with last year's report, and the summary's sum of its members.
import { describe, expect, it } from "vitest";
import { FORMAT_KEYS } from "./format-registry";
import { validateReport } from "./validate-report";
import { buildConsistentReport, buildSummaryReport } from "./testing";
import { consistent, readCell, withCells, withApplications, withTexts, ofRule } from "./validate-report-test-helpers";

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
