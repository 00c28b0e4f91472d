import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMicroYuan, moneyToMicroYuan } from "@/lib/report-format/decimal";
import { toCells, type MoneyUnit } from "@/lib/report-format";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { exportReport } from "../report-cells/read-report";
import { transitionReport } from "../workflow/transition-report";
import { computeSummaryReport } from "./compute-summary-report";
import { getSummaryOverview } from "./get-summary-overview";

afterAll(() => disconnectDb());

// A year of its own, open, so that no other test file's years interfere.
const YEAR = 2022;
beforeAll(async () => {
  await db.reportingYear.upsert({
    where: { year: YEAR },
    update: { closedAt: null },
    create: { year: YEAR, format: "2021", deadline: new Date("2023-01-31T23:59:59+08:00") },
  });
});

/** Sum of every cell over the members, in JS from the exported reports: what SQL must give. */
async function expectedSums(reportIds: string[]): Promise<Map<string, string>> {
  const sums = new Map<string, bigint>();
  const units = new Map<string, MoneyUnit | null>();
  for (const id of reportIds) {
    const report = await exportReport(id, "published");
    for (const cell of toCells(report!)) {
      const key = `${cell.table}.${cell.row}.${cell.column}`;
      const value = cell.type === "money" ? moneyToMicroYuan(String(cell.value), "元") : BigInt(Number(cell.value));
      sums.set(key, (sums.get(key) ?? 0n) + value);
      units.set(key, cell.type === "money" ? (cell.unit ?? null) : null);
    }
  }
  // Money amounts of the members share one unit (2021 art20_8: 万元), read and written as if 元.
  return new Map(
    [...sums].map(([key, value]) => [key, units.get(key) === null ? String(value) : formatMicroYuan(value, "元")]),
  );
}

async function storedCells(reportId: string): Promise<Map<string, string | null>> {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    include: { currentRevision: { include: { cells: true } } },
  });
  return new Map(
    report.currentRevision!.cells.map((cell) => [
      `${cell.tableKey}.${cell.rowKey}.${cell.columnKey}`,
      cell.decimalValue ? cell.decimalValue.toFixed() : cell.intValue === null ? null : String(cell.intValue),
    ]),
  );
}

describe("computeSummaryReport", () => {
  it("sums the published members cell by cell, lists the missing member, and is flagged out of date after a member's correction", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    await db.agency.update({ where: { id: government.id }, data: { level: "COUNTY" } });
    const members = [
      await createTestAgency({ parentId: government.id }),
      await createTestAgency({ parentId: government.id }),
      await createTestAgency({ kind: "TOWNSHIP", parentId: government.id }),
    ];
    const late = await createTestAgency({ parentId: government.id });
    const reports = await Promise.all(
      members.map((member, index) =>
        createTestReport({ agencyId: member.id, year: YEAR, status: "PUBLISHED", seed: 11 + index }),
      ),
    );
    await createTestReport({ agencyId: late.id, year: YEAR, status: "DRAFT", seed: 20 });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);

    const computed = await computeSummaryReport(admin, { governmentId: government.id, year: YEAR });
    expect(computed).toMatchObject({ ok: true, included: 3, missing: [{ agencyId: late.id, name: late.name }] });
    if (!computed.ok) return;

    const expected = await expectedSums(reports.map((report) => report.id));
    const stored = await storedCells(computed.reportId);
    expect(stored.size).toBe(expected.size);
    for (const [key, value] of expected) expect([key, stored.get(key)]).toEqual([key, value]);

    const summary = await db.report.findUniqueOrThrow({ where: { id: computed.reportId } });
    expect(summary).toMatchObject({
      kind: "SUMMARY",
      status: "DRAFT",
      agencyId: government.id,
      checkedVersion: summary.version,
    });
    expect(summary.membersSummedAt).toBeInstanceOf(Date);
    // The texts are still empty: the admin writes them, so the stored checks show errors.
    expect(summary.errorCount).toBeGreaterThan(0);

    const fresh = await getSummaryOverview(admin, { governmentId: government.id, year: YEAR });
    expect(fresh?.missing.map((member) => member.name)).toEqual([late.name]);
    expect(fresh?.included.map((member) => member.agencyId).sort()).toEqual(members.map((member) => member.id).sort());
    expect(fresh?.outOfDate).toEqual({ changedMembers: [], differingCells: [] });

    // A member corrects its published report: reopen → change a cell → submit → approve → publish with a 更正说明.
    const corrected = reports[0]!;
    const clerk = await createStaffUser([{ role: "CLERK", agencyId: corrected.agencyId }]);
    const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: corrected.agencyId }]);
    let version = corrected.version;
    expect(await transitionReport(supervisor, { reportId: corrected.id, action: "reopen", version })).toMatchObject({
      ok: true,
    });
    version++;
    const { currentRevisionId } = await db.report.findUniqueOrThrow({ where: { id: corrected.id } });
    for (const column of ["upheld", "total"]) {
      await db.reportCell.update({
        where: {
          revisionId_tableKey_rowKey_columnKey: {
            revisionId: currentRevisionId!,
            tableKey: "reviews",
            rowKey: "review",
            columnKey: column,
          },
        },
        data: { intValue: { increment: 1 } },
      });
    }
    for (const [action, actor] of [
      ["submit", clerk],
      ["approve", supervisor],
    ] as const) {
      expect(await transitionReport(actor, { reportId: corrected.id, action, version })).toMatchObject({ ok: true });
      version++;
    }
    expect(
      await transitionReport(supervisor, {
        reportId: corrected.id,
        action: "publish",
        version,
        correctionNote: "更正了行政复议数据。",
      }),
    ).toMatchObject({ ok: true });

    const stale = await getSummaryOverview(admin, { governmentId: government.id, year: YEAR });
    expect(stale?.outOfDate.changedMembers.map((member) => member.agencyId)).toEqual([corrected.agencyId]);
    expect(stale?.outOfDate.differingCells.sort()).toEqual(["reviews.review.total", "reviews.review.upheld"]);

    const recomputed = await computeSummaryReport(admin, { governmentId: government.id, year: YEAR });
    expect(recomputed).toMatchObject({ ok: true, reportId: computed.reportId, changedCells: 2 });
    const after = await storedCells(computed.reportId);
    expect(after.get("reviews.review.upheld")).toBe(String(Number(expected.get("reviews.review.upheld")) + 1));
    expect((await getSummaryOverview(admin, { governmentId: government.id, year: YEAR }))?.outOfDate).toEqual({
      changedMembers: [],
      differingCells: [],
    });
    const audit = await db.auditEvent.findFirst({
      where: { reportId: computed.reportId, action: "summary.recomputed" },
      include: { cellChanges: true },
    });
    expect(audit?.cellChanges.map((change) => change.cell).sort()).toEqual([
      "reviews.review.total",
      "reviews.review.upheld",
    ]);
  });

  it("refuses a government outside the admin's tree, and a summary already submitted", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const elsewhere = await createTestAgency({ kind: "GOVERNMENT" });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
    expect(await computeSummaryReport(admin, { governmentId: elsewhere.id, year: YEAR })).toMatchObject({ ok: false });
    expect(await getSummaryOverview(admin, { governmentId: elsewhere.id, year: YEAR })).toBeNull();

    const first = await computeSummaryReport(admin, { governmentId: government.id, year: YEAR });
    if (!first.ok) throw new Error(first.message);
    await db.report.update({ where: { id: first.reportId }, data: { status: "SUBMITTED" } });
    expect(await computeSummaryReport(admin, { governmentId: government.id, year: YEAR })).toMatchObject({
      ok: false,
      message: expect.stringContaining("不能重新计算"),
    });
  });

  it("lets the admin submit the summary through the same state machine", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const member = await createTestAgency({ parentId: government.id });
    await createTestReport({ agencyId: member.id, year: YEAR, status: "PUBLISHED", seed: 5 });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
    const computed = await computeSummaryReport(admin, { governmentId: government.id, year: YEAR });
    if (!computed.ok) throw new Error(computed.message);
    const report = await db.report.findUniqueOrThrow({ where: { id: computed.reportId } });
    await db.reportRevision.update({
      where: { id: report.currentRevisionId! },
      data: {
        overview: `${YEAR}年，本级政府汇总各部门年度报告。`,
        problems: "一是公开深度不够；二是解读形式单一。",
        other: "本年度未收取信息处理费。",
      },
    });
    const submitted = await transitionReport(admin, { reportId: report.id, action: "submit", version: report.version });
    expect(submitted).toMatchObject({ ok: true, status: "SUBMITTED" });
  });
});
