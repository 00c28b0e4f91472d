import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency } from "@/tests/factories";
import { db, disconnectDb } from "../db";
import { transitionReport } from "../workflow/transition-report";
import { createClerkAgency, createStaff, readCell, snapshotReport } from "./report-test-support";
import { saveReport, type SaveReportInput } from "./save-report";
import { startReport } from "./start-report";

afterAll(() => disconnectDb());

async function startedReport(options: { previousSeed?: number } = {}) {
  const setup = await createClerkAgency(options);
  const started = await startReport(setup.clerk, { agencyCode: setup.agency.code, year: 2025 });
  if (!started.ok) throw new Error(started.message);
  return { ...setup, reportId: started.reportId };
}

describe("saveReport", () => {
  it("writes the changed cells and texts, recomputes the totals, bumps the version and audits each change", async () => {
    const { clerk, reportId, agency } = await startedReport();
    const result = await saveReport(clerk, {
      reportId,
      version: 1,
      cells: {
        "applications.1.natural": { value: "１,２３４" },
        "applications.1.legal": { value: " 6 " },
        "art20_8.fees.amount": { value: "0.50" },
      },
      texts: { overview: "本年度共收到政府信息公开申请。" },
    });
    expect(result).toMatchObject({ ok: true, version: 2, changed: 4 });

    expect((await readCell(reportId, "applications.1.natural")).intValue).toBe(1234);
    expect((await readCell(reportId, "applications.1.total")).intValue).toBe(1240);
    expect((await readCell(reportId, "applications.3.7.total")).intValue).toBeNull();
    expect((await readCell(reportId, "art20_8.fees.amount")).decimalValue?.toFixed()).toBe("0.5");
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, include: { currentRevision: true } });
    expect(report.version).toBe(2);
    expect(report.currentRevision?.overview).toBe("本年度共收到政府信息公开申请。");

    const event = await db.auditEvent.findFirstOrThrow({
      where: { reportId, action: "report.saved" },
      include: { cellChanges: { orderBy: { cell: "asc" } } },
    });
    expect(event).toMatchObject({ actorId: clerk.id, agencyId: agency.id });
    expect(event.cellChanges.map(({ cell, before, after }) => ({ cell, before, after }))).toEqual([
      { cell: "applications.1.legal", before: null, after: "6" },
      { cell: "applications.1.natural", before: null, after: "1234" },
      { cell: "art20_8.fees.amount", before: null, after: "0.5" },
      { cell: "texts.overview", before: null, after: "本年度共收到政府信息公开申请。" },
    ]);
  });

  it("does not bump the version or audit anything when nothing changed", async () => {
    const { clerk, reportId } = await startedReport();
    await saveReport(clerk, { reportId, version: 1, cells: { "reviews.review.upheld": { value: "2" } } });
    const before = await snapshotReport(reportId);
    expect(
      await saveReport(clerk, { reportId, version: 2, cells: { "reviews.review.upheld": { value: "２" } } }),
    ).toMatchObject({ ok: true, version: 2, changed: 0 });
    expect(await snapshotReport(reportId)).toEqual(before);
  });

  it("clears a cell with an empty value and removes an explanation with an empty text", async () => {
    const { clerk, reportId } = await startedReport();
    const key = "applications.other-share|applications.3.6.1.total";
    await saveReport(clerk, {
      reportId,
      version: 1,
      cells: { "applications.2.other": { value: "3" } },
      explanations: { [key]: "两件申请人逾期未补正" },
    });
    let revision = await db.reportRevision.findFirstOrThrow({ where: { reportId } });
    expect(revision.warningExplanations).toEqual({ [key]: "两件申请人逾期未补正" });
    const result = await saveReport(clerk, {
      reportId,
      version: 2,
      cells: { "applications.2.other": { value: "" } },
      explanations: { [key]: "" },
    });
    expect(result).toMatchObject({ ok: true, version: 3 });
    expect((await readCell(reportId, "applications.2.other")).intValue).toBeNull();
    expect((await readCell(reportId, "applications.2.total")).intValue).toBeNull();
    revision = await db.reportRevision.findFirstOrThrow({ where: { reportId } });
    expect(revision.warningExplanations).toEqual({});
  });

  describe("refuses every bad value with a Chinese message naming it, and changes nothing", () => {
    const cases: { name: string; input: Partial<SaveReportInput>; message: RegExp }[] = [
      {
        name: "letters in a count",
        input: { cells: { "applications.1.natural": { value: "abc" } } },
        message: /「一、本年新收政府信息公开申请数量·自然人」只能填写不小于 0 的整数，“abc” 不是数字/,
      },
      {
        name: "-3 in a count",
        input: { cells: { "applications.1.natural": { value: "-3" } } },
        message: /不能为负数（填写的是“-3”）/,
      },
      {
        name: "1.5 in a count",
        input: { cells: { "reviews.review.upheld": { value: "1.5" } } },
        message: /「行政复议·结果维持」须为整数（填写的是“1.5”）/,
      },
      {
        name: "7 decimals in money",
        input: { cells: { "art20_8.fees.amount": { value: "1.1234567" } } },
        message: /「第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）」.*有 7 位小数/,
      },
      {
        name: "a 100-digit number in a count",
        input: { cells: { "art20_5.licensing.decisions": { value: "9".repeat(100) } } },
        message: /超出上限 2147483647/,
      },
      {
        name: "a 100-digit number in money",
        input: { cells: { "art20_8.fees.amount": { value: "1".repeat(100) } } },
        message: /整数部分超过 14 位/,
      },
      {
        name: "<script> in a text",
        input: { texts: { overview: "情况良好<script>alert(1)</script>" } },
        message: /「一、总体情况」正文不能包含 HTML 标签/,
      },
      {
        name: "an HTML tag in an explanation",
        input: {
          explanations: { "applications.other-share|applications.3.6.1.total": "<img src=x onerror=alert(1)>" },
        },
        message: /正文不能包含 HTML 标签/,
      },
      {
        name: "a text over 20,000 characters",
        input: { texts: { problems: "问".repeat(20_001) } },
        message: /「五、存在的主要问题及改进情况」不能超过 20,000 个字符/,
      },
      {
        name: "a cell the format does not have",
        input: { cells: { "applications.9.natural": { value: "1" } } },
        message: /报告格式中没有单元格“applications.9.natural”/,
      },
      {
        name: "a computed total",
        input: { cells: { "applications.1.total": { value: "99" } } },
        message: /「一、本年新收政府信息公开申请数量·总计」由系统自动计算，不能填写/,
      },
      {
        name: "a text section the report does not have",
        input: { texts: { summary: "x" } as never },
        message: /报告没有“summary”这一部分/,
      },
      {
        name: "an explanation of no warning",
        input: { explanations: { "cell.blank|applications.1.natural": "说明" } },
        message: /说明所对应的警告不存在/,
      },
      {
        name: "one bad value among good ones (all or nothing)",
        input: {
          cells: { "applications.1.natural": { value: "5" }, "applications.1.commercial": { value: "五" } },
          texts: { other: "无" },
        },
        message: /“五” 不是数字/,
      },
    ];
    for (const { name, input, message } of cases) {
      it(name, async () => {
        const { clerk, reportId } = await startedReport();
        const before = await snapshotReport(reportId);
        const result = await saveReport(clerk, { reportId, version: 1, ...input });
        expect(result).toMatchObject({ ok: false, code: "invalid", message });
        expect(await snapshotReport(reportId)).toEqual(before);
      });
    }
  });

  it("refuses a stale version with the current values, writes nothing, and saves once the clerk has chosen against the new version", async () => {
    const { clerk, agency, reportId } = await startedReport();
    const colleague = await createStaff([{ role: "CLERK", agency }]);
    // Both opened version 1. The colleague saves first.
    expect(
      await saveReport(colleague, {
        reportId,
        version: 1,
        cells: { "applications.1.natural": { value: "5" }, "applications.2.natural": { value: "1" } },
      }),
    ).toMatchObject({ ok: true, version: 2 });
    const before = await snapshotReport(reportId);

    const stale = await saveReport(clerk, {
      reportId,
      version: 1,
      cells: { "applications.1.natural": { value: "7" }, "applications.1.commercial": { value: "2" } },
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    if (stale.ok || stale.code !== "conflict") return;
    expect(stale.message).toMatch(/已被他人保存/);
    expect(stale.current).toMatchObject({ version: 2, savedBy: "测试用户" });
    expect(stale.current.cells).toMatchObject({
      "applications.1.natural": "5",
      "applications.2.natural": "1",
      "applications.1.commercial": "",
    });
    expect(await snapshotReport(reportId)).toEqual(before);

    // The clerk keeps their own 7 for the cell both changed; the colleague's other cell stays.
    expect(
      await saveReport(clerk, {
        reportId,
        version: stale.current.version,
        cells: { "applications.1.natural": { value: "7" }, "applications.1.commercial": { value: "2" } },
      }),
    ).toMatchObject({ ok: true, version: 3 });
    expect((await readCell(reportId, "applications.1.natural")).intValue).toBe(7);
    expect((await readCell(reportId, "applications.1.commercial")).intValue).toBe(2);
    expect((await readCell(reportId, "applications.2.natural")).intValue).toBe(1);
    expect((await readCell(reportId, "applications.1.total")).intValue).toBe(9);
    const changes = await db.auditCellChange.findMany({
      where: { event: { reportId }, cell: "applications.1.natural" },
      orderBy: { id: "asc" },
    });
    expect(changes.map(({ before, after }) => [before, after])).toEqual([
      [null, "5"],
      ["5", "7"],
    ]);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const { clerk, agency, reportId } = await startedReport();
    const colleague = await createStaff([{ role: "CLERK", agency }]);
    const results = await Promise.all([
      saveReport(clerk, { reportId, version: 1, cells: { "reviews.review.upheld": { value: "1" } } }),
      saveReport(colleague, { reportId, version: 1, cells: { "reviews.review.upheld": { value: "2" } } }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.code === "conflict")).toHaveLength(1);
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.version).toBe(2);
    expect(await db.auditEvent.count({ where: { reportId, action: "report.saved" } })).toBe(1);
  });

  it("refuses a clerk of another agency and a supervisor as if the report did not exist", async () => {
    const { agency, reportId } = await startedReport();
    const before = await snapshotReport(reportId);
    const stranger = await createStaff([{ role: "CLERK", agency: await createTestAgency() }]);
    const supervisor = await createStaff([{ role: "SUPERVISOR", agency }]);
    for (const user of [stranger, supervisor]) {
      expect(
        await saveReport(user, { reportId, version: 1, cells: { "applications.1.natural": { value: "1" } } }),
      ).toEqual({
        ok: false,
        code: "not_found",
        message: "报告不存在，或您无权修改",
      });
    }
    expect(await snapshotReport(reportId)).toEqual(before);
  });

  it("refuses changes once the report is submitted", async () => {
    const { clerk, reportId } = await startedReport();
    await db.report.update({ where: { id: reportId }, data: { status: "SUBMITTED", version: 5 } });
    const before = await snapshotReport(reportId);
    expect(await saveReport(clerk, { reportId, version: 5, texts: { overview: "改" } })).toMatchObject({
      ok: false,
      code: "read_only",
      message: "报告当前为“已提交”状态，不能修改",
    });
    expect(await snapshotReport(reportId)).toEqual(before);
  });

  it("keeps a prefilled suggestion marked while it still follows last year's figures, and unmarks a cell the clerk typed", async () => {
    const { clerk, reportId, previous } = await startedReport({ previousSeed: 11 });
    const lastInForce = previous!.tables.art20_1!.regulations!.in_force as number;
    const result = await saveReport(clerk, {
      reportId,
      version: 1,
      cells: {
        "art20_1.regulations.made": { value: "3" },
        "art20_1.regulations.repealed": { value: "1" },
        "art20_1.regulations.in_force": { value: String(lastInForce + 2), prefilled: true },
        "art20_1.normative_docs.in_force": { value: "999", prefilled: true },
        "applications.2.natural": { value: String(previous!.tables.applications!["4"]!.natural) },
      },
    });
    expect(result).toMatchObject({ ok: true });
    expect(await readCell(reportId, "art20_1.regulations.in_force")).toMatchObject({
      intValue: lastInForce + 2,
      prefilled: true,
    });
    // 999 is not what last year's report gives: it is the clerk's own figure now.
    expect(await readCell(reportId, "art20_1.normative_docs.in_force")).toMatchObject({
      intValue: 999,
      prefilled: false,
    });
    expect((await readCell(reportId, "applications.2.natural")).prefilled).toBe(false);
    expect((await readCell(reportId, "applications.2.commercial")).prefilled).toBe(true);
  });

  it("saves a draft that is still incomplete, which submit then refuses (drafts save, submit checks everything)", async () => {
    const { clerk, reportId } = await startedReport();
    const saved = await saveReport(clerk, { reportId, version: 1, texts: { overview: "概况" } });
    if (!saved.ok) throw new Error(saved.message);
    const refused = await transitionReport(clerk, { reportId, action: "submit", version: saved.version });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
  });
});

// Concurrent transactions show the row lock at work.
describe("saveReport under concurrency", () => {
  it("serialises ten concurrent saves of one version into one success and nine conflicts", async () => {
    const { agency, reportId } = await startedReport();
    const clerks = await Promise.all(Array.from({ length: 10 }, () => createStaff([{ role: "CLERK", agency }])));
    const results = await Promise.all(
      clerks.map((user, index) =>
        saveReport(user, { reportId, version: 1, cells: { "reviews.review.pending": { value: String(index) } } }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.code === "conflict")).toHaveLength(9);
  });
});
