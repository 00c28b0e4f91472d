import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import type { StaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { transitionReport } from "../workflow/transition-report";
import { addReviewComment } from "./add-review-comment";
import { listCellHistory } from "./list-cell-history";
import { listReportHistory } from "./list-report-history";
import { resolveReviewComment } from "./resolve-review-comment";

afterAll(() => disconnectDb());

let agency: Awaited<ReturnType<typeof createTestAgency>>;
let clerk: StaffUser;
let supervisor: StaffUser;

beforeEach(async () => {
  agency = await createTestAgency();
  clerk = { ...(await createStaffUser([{ role: "CLERK", agencyId: agency.id }])) };
  supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
  await db.user.update({ where: { id: clerk.id }, data: { name: "李填报" } });
  await db.user.update({ where: { id: supervisor.id }, data: { name: "王审核" } });
});

async function recordSave(
  reportId: string,
  actorId: string,
  changes: [cell: string, before: string | null, after: string | null][],
) {
  await db.auditEvent.create({
    data: {
      action: "report.saved",
      actorId,
      reportId,
      agencyId: agency.id,
      cellChanges: { create: changes.map(([cell, before, after]) => ({ cell, before, after })) },
    },
  });
}

async function act(
  user: StaffUser,
  reportId: string,
  action: "submit" | "return" | "approve" | "publish" | "reopen",
  extra: { reason?: string; publishAt?: Date; correctionNote?: string } = {},
) {
  const { version } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } });
  const result = await transitionReport(user, { reportId, action, version, ...extra });
  expect(result).toMatchObject({ ok: true });
}

describe("listReportHistory and listCellHistory", () => {
  it("lists every event of a report in order, with who did it and the reason, comment or schedule", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "DRAFT" });
    await recordSave(report.id, clerk.id, [
      ["applications.1.natural", "1", "2"],
      ["texts.overview", "旧", "新"],
    ]);
    await act(clerk, report.id, "submit");
    const commented = await addReviewComment(supervisor, {
      reportId: report.id,
      target: "applications.1.natural",
      body: "数字偏小",
    });
    await act(supervisor, report.id, "return", { reason: "请核对申请数" });
    await recordSave(report.id, clerk.id, [["applications.1.natural", "2", "5"]]);
    await act(clerk, report.id, "submit");
    if (commented.ok) await resolveReviewComment(supervisor, commented.commentId);
    await act(supervisor, report.id, "approve");
    const later = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await act(supervisor, report.id, "publish", { publishAt: later });

    const history = await listReportHistory(clerk, report.id);
    expect(history?.report).toMatchObject({
      id: report.id,
      year: 2025,
      status: "PUBLISHED",
      agency: { name: agency.name },
    });
    expect(history?.events.map((event) => [event.label, event.actorName])).toEqual([
      ["导入报告", null],
      ["保存", "李填报"],
      ["提交审核", "李填报"],
      ["审核意见", "王审核"],
      ["退回修改", "王审核"],
      ["保存", "李填报"],
      ["提交审核", "李填报"],
      ["意见已解决", "王审核"],
      ["审核通过", "王审核"],
      ["发布", "王审核"],
    ]);
    const events = history!.events;
    expect(events[1]?.cellChanges).toBe(2);
    expect(events[3]?.comment).toEqual({
      target: "applications.1.natural",
      targetLabel: "一、本年新收政府信息公开申请数量·自然人",
      body: "数字偏小",
    });
    expect(events[4]).toMatchObject({ reason: "请核对申请数", fromStatus: "SUBMITTED", toStatus: "RETURNED" });
    expect(events[9]?.scheduledFor?.toISOString()).toBe(later.toISOString());
    expect(events[2]?.scheduledFor).toBeUndefined();
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime());

    expect(await listReportHistory(supervisor, report.id)).toEqual(history);
  });

  it("gives each changed cell its values with who and when, in report order", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "DRAFT" });
    await recordSave(report.id, clerk.id, [
      ["texts.problems", "", "第一稿"],
      ["applications.1.natural", null, "3"],
    ]);
    await recordSave(report.id, clerk.id, [
      ["applications.1.natural", "3", "4"],
      ["texts.overview", "", "总体"],
    ]);
    const cells = await listCellHistory(clerk, report.id);
    expect(
      cells?.map((cell) => [
        cell.cell,
        cell.label,
        cell.entries.map((entry) => [entry.before, entry.after, entry.actorName]),
      ]),
    ).toEqual([
      ["texts.overview", "一、总体情况", [["", "总体", "李填报"]]],
      [
        "applications.1.natural",
        "一、本年新收政府信息公开申请数量·自然人",
        [
          [null, "3", "李填报"],
          ["3", "4", "李填报"],
        ],
      ],
      ["texts.problems", "五、存在的主要问题及改进情况", [["", "第一稿", "李填报"]]],
    ]);
  });

  it("is not found for staff of another agency", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "DRAFT" });
    const stranger = await createStaffUser([{ role: "CLERK", agencyId: (await createTestAgency()).id }]);
    const otherSupervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: (await createTestAgency()).id }]);
    for (const user of [stranger, otherSupervisor]) {
      expect(await listReportHistory(user, report.id)).toBeNull();
      expect(await listCellHistory(user, report.id)).toBeNull();
    }
  });
});
