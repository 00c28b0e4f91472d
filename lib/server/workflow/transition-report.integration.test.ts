import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import type { StaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { getPublishedReport } from "../public/get-published-report";
import { transitionReport } from "./transition-report";

afterAll(() => disconnectDb());

let agency: Awaited<ReturnType<typeof createTestAgency>>;
let clerk: StaffUser;
let supervisor: StaffUser;
let otherSupervisor: StaffUser;
let otherClerk: StaffUser;

beforeEach(async () => {
  agency = await createTestAgency();
  const other = await createTestAgency();
  clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
  supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
  otherSupervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: other.id }]);
  otherClerk = await createStaffUser([{ role: "CLERK", agencyId: other.id }]);
});

async function statusOf(reportId: string) {
  return db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, version: true } });
}

describe("transitionReport", () => {
  it("takes a report from submission to publication, one audit row per step", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "DRAFT" });
    expect(
      await transitionReport(clerk, { reportId: report.id, action: "submit", version: report.version }),
    ).toMatchObject({ ok: true, status: "SUBMITTED" });
    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "return",
        version: report.version + 1,
        reason: "请核对（七）总计",
      }),
    ).toMatchObject({ ok: true, status: "RETURNED" });
    expect(
      await transitionReport(clerk, { reportId: report.id, action: "submit", version: report.version + 2 }),
    ).toMatchObject({ ok: true });
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "approve", version: report.version + 3 }),
    ).toMatchObject({ ok: true, status: "APPROVED" });
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "publish", version: report.version + 4 }),
    ).toMatchObject({ ok: true, status: "PUBLISHED" });

    const events = await db.auditEvent.findMany({
      where: { reportId: report.id, action: { startsWith: "report." } },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => [event.action, event.fromStatus, event.toStatus])).toEqual([
      ["report.imported", null, "DRAFT"],
      ["report.submit", "DRAFT", "SUBMITTED"],
      ["report.return", "SUBMITTED", "RETURNED"],
      ["report.submit", "RETURNED", "SUBMITTED"],
      ["report.approve", "SUBMITTED", "APPROVED"],
      ["report.publish", "APPROVED", "PUBLISHED"],
    ]);
    expect(events[2]?.detail).toEqual({ reason: "请核对（七）总计" });
    const returned = await db.notification.findFirst({ where: { reportId: report.id, kind: "report.return" } });
    expect(returned?.userId).toBe(clerk.id);
    expect(returned?.message).toContain("请核对（七）总计");
    expect(await getPublishedReport(2025, agency.code)).not.toBeNull();
  });

  it.each([
    ["a clerk approving", "SUBMITTED", "approve", () => clerk],
    ["a supervisor of another agency approving", "SUBMITTED", "approve", () => otherSupervisor],
    ["a clerk of another agency submitting", "DRAFT", "submit", () => otherClerk],
    ["a supervisor submitting for the clerk", "DRAFT", "submit", () => supervisor],
  ] as const)("refuses %s, leaving the state unchanged", async (_name, status, action, who) => {
    const report = await createTestReport({ agencyId: agency.id, status });
    const result = await transitionReport(who(), { reportId: report.id, action, version: report.version });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await statusOf(report.id)).toEqual({ status, version: report.version });
  });

  it.each([
    ["approve", "DRAFT"],
    ["publish", "SUBMITTED"],
    ["submit", "APPROVED"],
    ["return", "PUBLISHED"],
    ["reopen", "APPROVED"],
  ] as const)("refuses to %s a report that is %s", async (action, status) => {
    const report = await createTestReport({ agencyId: agency.id, status });
    const actor = action === "submit" ? clerk : supervisor;
    const result = await transitionReport(actor, {
      reportId: report.id,
      action,
      version: report.version,
      reason: "理由",
    });
    expect(result).toMatchObject({ ok: false, code: "wrong_state" });
    expect(await statusOf(report.id)).toEqual({ status, version: report.version });
  });

  it("never approves or accepts a report with errors, and lists them", async () => {
    const draft = await createTestReport({ agencyId: agency.id, status: "DRAFT", withError: true });
    const submit = await transitionReport(clerk, { reportId: draft.id, action: "submit", version: draft.version });
    expect(submit).toMatchObject({ ok: false, code: "invalid" });
    expect(!submit.ok && submit.violations?.map((violation) => violation.rule)).toContain("applications.balance");

    const submitted = await createTestReport({
      agencyId: (await createTestAgency()).id,
      status: "SUBMITTED",
      withError: true,
    });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: submitted.agencyId }]);
    expect(
      await transitionReport(admin, { reportId: submitted.id, action: "approve", version: submitted.version }),
    ).toMatchObject({ ok: false, code: "invalid" });
    expect((await statusOf(submitted.id)).status).toBe("SUBMITTED");
  });

  it("requires a reason to return, and refuses a stale version", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED" });
    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "return",
        version: report.version,
        reason: "  ",
      }),
    ).toMatchObject({ ok: false, code: "invalid" });
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "approve", version: report.version - 1 }),
    ).toMatchObject({ ok: false, code: "conflict" });
    expect(await statusOf(report.id)).toEqual({ status: "SUBMITTED", version: report.version });
  });

  it("lets exactly one of two supervisors approving at the same moment win (real concurrent transactions)", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED" });
    const second = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const results = await Promise.all([
      transitionReport(supervisor, { reportId: report.id, action: "approve", version: report.version }),
      transitionReport(second, { reportId: report.id, action: "approve", version: report.version }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("请刷新"),
    });
    expect(await db.auditEvent.count({ where: { reportId: report.id, action: "report.approve" } })).toBe(1);

    const publishes = await Promise.all([
      transitionReport(supervisor, { reportId: report.id, action: "publish", version: report.version + 1 }),
      transitionReport(second, { reportId: report.id, action: "publish", version: report.version + 1 }),
    ]);
    expect(publishes.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { reportId: report.id, action: "report.publish" } })).toBe(1);
  });

  it("publishes at a set time: invisible to the public before, visible after", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "APPROVED" });
    const publishAt = new Date(Date.now() + 60 * 60 * 1000);
    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "publish",
        version: report.version,
        publishAt,
      }),
    ).toMatchObject({ ok: true });
    expect(await getPublishedReport(2025, agency.code)).toBeNull();
    expect(await getPublishedReport(2025, agency.code, new Date(publishAt.getTime() + 1000))).not.toBeNull();
  });

  it("corrects a published report on a new revision; the published one stays public until the correction is published", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "PUBLISHED" });
    const before = await getPublishedReport(2025, agency.code);
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "reopen", version: report.version }),
    ).toMatchObject({ ok: true, status: "DRAFT" });
    const reopened = await db.report.findUniqueOrThrow({
      where: { id: report.id },
      include: { currentRevision: true },
    });
    expect(reopened.currentRevision?.number).toBe(2);
    expect(reopened.publishedRevisionId).toBe(report.publishedRevisionId);

    await db.reportRevision.update({
      where: { id: reopened.currentRevisionId! },
      data: { other: "更正后的其他事项。" },
    });
    expect((await getPublishedReport(2025, agency.code))?.report).toEqual(before?.report);

    let version = reopened.version;
    for (const [action, actor] of [
      ["submit", clerk],
      ["approve", supervisor],
    ] as const) {
      expect(await transitionReport(actor, { reportId: report.id, action, version })).toMatchObject({ ok: true });
      version++;
    }
    expect(await transitionReport(supervisor, { reportId: report.id, action: "publish", version })).toMatchObject({
      ok: false,
      message: "发布更正时必须填写更正说明",
    });
    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "publish",
        version,
        correctionNote: "更正了其他需要报告的事项。",
      }),
    ).toMatchObject({ ok: true });

    const after = await getPublishedReport(2025, agency.code);
    expect(after?.report.texts.other).toBe("更正后的其他事项。");
    expect(after?.corrections).toEqual([
      { number: 2, publishedAt: expect.any(Date), correctionNote: "更正了其他需要报告的事项。" },
    ]);
    expect(await db.reportRevision.count({ where: { reportId: report.id, publishedAt: { not: null } } })).toBe(2);
  });
});
