import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import type { StaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { transitionReport } from "../workflow/transition-report";
import { listChangesSinceSubmission } from "./list-changes-since-submission";

afterAll(() => disconnectDb());

let agency: Awaited<ReturnType<typeof createTestAgency>>;
let clerk: StaffUser;
let supervisor: StaffUser;

beforeEach(async () => {
  agency = await createTestAgency();
  clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
  supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
});

/** What a save of the wizard writes to the audit log: one `report.saved` event with its cell changes. */
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

async function act(user: StaffUser, reportId: string, action: "submit" | "return", reason?: string) {
  const { version } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } });
  const result = await transitionReport(user, { reportId, action, version, reason });
  expect(result).toMatchObject({ ok: true });
}

describe("listChangesSinceSubmission", () => {
  it("folds the saves between the previous and the current submission into before → after, in format order", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "DRAFT" });
    await recordSave(report.id, clerk.id, [["applications.1.natural", null, "3"]]);
    await act(clerk, report.id, "submit");
    await act(supervisor, report.id, "return", "请核对");
    await recordSave(report.id, clerk.id, [
      ["texts.problems", "旧的问题", "新的问题"],
      ["applications.1.natural", "3", "5"],
      ["art20_1.regulations.made", "2", "4"],
    ]);
    await recordSave(report.id, clerk.id, [
      ["applications.1.natural", "5", "7"],
      ["art20_1.regulations.made", "4", "2"],
      ["applications.2.legal", null, ""],
      ["explanations.text.overview-length|texts.overview", null, "篇幅较长，已说明"],
    ]);
    await act(clerk, report.id, "submit");

    const result = await listChangesSinceSubmission(supervisor, report.id);
    expect(result?.baseline?.actorName).toBe("测试用户");
    expect(
      result?.changes.map(({ cell, label, kind, before, after, changedBy }) => ({
        cell,
        label,
        kind,
        before,
        after,
        changedBy,
      })),
    ).toEqual([
      {
        cell: "applications.1.natural",
        label: "一、本年新收政府信息公开申请数量·自然人",
        kind: "cell",
        before: "3",
        after: "7",
        changedBy: ["测试用户"],
      },
      {
        cell: "texts.problems",
        label: "五、存在的主要问题及改进情况",
        kind: "text",
        before: "旧的问题",
        after: "新的问题",
        changedBy: ["测试用户"],
      },
      {
        cell: "explanations.text.overview-length|texts.overview",
        label: "警告说明：总体情况篇幅原则上不超过一千字（一、总体情况）",
        kind: "explanation",
        before: null,
        after: "篇幅较长，已说明",
        changedBy: ["测试用户"],
      },
    ]);
  });

  it("has no baseline on a first submission, and shows the clerk's changes since the last one while the report is back with them", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "DRAFT" });
    await recordSave(report.id, clerk.id, [["applications.1.natural", "1", "2"]]);
    await act(clerk, report.id, "submit");
    expect(await listChangesSinceSubmission(supervisor, report.id)).toEqual({ baseline: null, changes: [] });

    await act(supervisor, report.id, "return", "请核对");
    await recordSave(report.id, clerk.id, [["applications.1.natural", "2", "9"]]);
    const whileReturned = await listChangesSinceSubmission(supervisor, report.id);
    expect(whileReturned?.baseline).not.toBeNull();
    expect(whileReturned?.changes.map((change) => [change.cell, change.before, change.after])).toEqual([
      ["applications.1.natural", "2", "9"],
    ]);
  });

  it("is not found for a supervisor of another agency or for a clerk", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED" });
    const other = await createStaffUser([{ role: "SUPERVISOR", agencyId: (await createTestAgency()).id }]);
    expect(await listChangesSinceSubmission(other, report.id)).toBeNull();
    expect(await listChangesSinceSubmission(clerk, report.id)).toBeNull();
  });
});
