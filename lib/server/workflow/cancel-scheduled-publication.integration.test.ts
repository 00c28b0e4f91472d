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

beforeEach(async () => {
  agency = await createTestAgency();
  clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
  supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
});

const HOUR = 60 * 60 * 1000;

async function stateOf(reportId: string) {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      status: true,
      version: true,
      publishedRevisionId: true,
      currentRevision: { select: { number: true, publishedAt: true, correctionNote: true } },
    },
  });
  return { ...report, events: await db.auditEvent.count({ where: { reportId } }) };
}

/** An approved report whose publication is set for `publishAt`, as the reviewer sets it. */
async function scheduled(publishAt: Date, report?: { id: string; version: number }) {
  const approved = report ?? (await createTestReport({ agencyId: agency.id, status: "APPROVED" }));
  expect(
    await transitionReport(supervisor, {
      reportId: approved.id,
      action: "publish",
      version: approved.version,
      publishAt,
    }),
  ).toMatchObject({ ok: true });
  return { id: approved.id, version: approved.version + 1 };
}

describe("cancelling a scheduled publication (transitionReport cancel_publication)", () => {
  it("takes the report back to approved, never public, with an audit row and the clerk told; it can be published again", async () => {
    const publishAt = new Date(Date.now() + 24 * HOUR);
    const report = await scheduled(publishAt);

    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "cancel_publication",
        version: report.version,
      }),
    ).toEqual({
      ok: true,
      status: "APPROVED",
      version: report.version + 1,
    });
    expect(await stateOf(report.id)).toMatchObject({
      status: "APPROVED",
      version: report.version + 1,
      publishedRevisionId: null,
      currentRevision: { number: 1, publishedAt: null, correctionNote: null },
    });
    // Not even once the time set has passed.
    expect(await getPublishedReport(2025, agency.code, new Date(publishAt.getTime() + HOUR))).toBeNull();

    const event = await db.auditEvent.findFirstOrThrow({
      where: { reportId: report.id, action: "report.cancel_publication" },
    });
    expect(event).toMatchObject({
      actorId: supervisor.id,
      fromStatus: "PUBLISHED",
      toStatus: "APPROVED",
      detail: { cancelledPublishAt: publishAt.toISOString() },
    });
    const told = await db.notification.findFirstOrThrow({
      where: { reportId: report.id, kind: "report.cancel_publication" },
    });
    expect(told).toMatchObject({
      userId: clerk.id,
      message: `${agency.name} 2025 年度报告的定时发布已取消，报告回到“已审核”状态，尚未公开`,
    });

    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "publish", version: report.version + 1 }),
    ).toMatchObject({ ok: true, status: "PUBLISHED" });
    expect(await getPublishedReport(2025, agency.code)).not.toBeNull();
  });

  it("refuses once the time has come: the report is public and stays so", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "APPROVED" });
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "publish", version: report.version }),
    ).toMatchObject({ ok: true });
    const before = await stateOf(report.id);

    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "cancel_publication",
        version: report.version + 1,
      }),
    ).toEqual({
      ok: false,
      code: "wrong_state",
      message: "发布时间已到，报告已经公开，不能取消发布；如需修改，请使用“更正”",
    });
    expect(await stateOf(report.id)).toEqual(before);
    expect(await getPublishedReport(2025, agency.code)).not.toBeNull();
  });

  it("refuses a report that is not published, a stale version, and anyone but a reviewer of the agency", async () => {
    const approved = await createTestReport({ agencyId: agency.id, status: "APPROVED" });
    expect(
      await transitionReport(supervisor, {
        reportId: approved.id,
        action: "cancel_publication",
        version: approved.version,
      }),
    ).toMatchObject({
      ok: false,
      code: "wrong_state",
      message: "报告当前为“已审核”状态，不能取消定时发布",
    });

    const report = await scheduled(new Date(Date.now() + HOUR), approved);
    const before = await stateOf(report.id);
    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "cancel_publication",
        version: report.version - 1,
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
    const other = await createTestAgency();
    for (const user of [
      clerk,
      await createStaffUser([{ role: "SUPERVISOR", agencyId: other.id }]),
      await createStaffUser([{ role: "CLERK", agencyId: other.id }]),
    ]) {
      expect(
        await transitionReport(user, { reportId: report.id, action: "cancel_publication", version: report.version }),
      ).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await stateOf(report.id)).toEqual(before);

    // The admin above the agency reviews its reports, and may cancel.
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: agency.id }]);
    expect(
      await transitionReport(admin, { reportId: report.id, action: "cancel_publication", version: report.version }),
    ).toMatchObject({ ok: true });
  });

  it("cancels a scheduled correction: citizens keep reading the revision published before, and its note is gone", async () => {
    const report = await createTestReport({ agencyId: agency.id, status: "PUBLISHED" });
    const first = report.publishedRevisionId;
    let version = report.version;
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "reopen", version: version++ }),
    ).toMatchObject({ ok: true });
    expect(await transitionReport(clerk, { reportId: report.id, action: "submit", version: version++ })).toMatchObject({
      ok: true,
    });
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "approve", version: version++ }),
    ).toMatchObject({ ok: true });
    const publishAt = new Date(Date.now() + 2 * HOUR);
    expect(
      await transitionReport(supervisor, {
        reportId: report.id,
        action: "publish",
        version: version++,
        publishAt,
        correctionNote: "更正了第五部分的表述。",
      }),
    ).toMatchObject({ ok: true });

    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "cancel_publication", version }),
    ).toMatchObject({ ok: true, status: "APPROVED" });
    expect(await stateOf(report.id)).toMatchObject({
      status: "APPROVED",
      publishedRevisionId: first,
      currentRevision: { number: 2, publishedAt: null, correctionNote: null },
    });
    const later = await getPublishedReport(2025, agency.code, new Date(publishAt.getTime() + HOUR));
    expect(later).toMatchObject({ revisionNumber: 1, latestRevisionNumber: 1, corrections: [] });
  });
});
