import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import type { StaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { daysUntil } from "./days-until";
import { listReviewQueue } from "./list-review-queue";

afterAll(() => disconnectDb());

const DAY = 24 * 60 * 60 * 1000;
let agencies: Awaited<ReturnType<typeof createTestAgency>>[];
let supervisor: StaffUser;

beforeEach(async () => {
  agencies = await Promise.all(Array.from({ length: 6 }, () => createTestAgency()));
  supervisor = await createStaffUser(agencies.map((agency) => ({ role: "SUPERVISOR" as const, agencyId: agency.id })));
});

/** Makes the report's overview too long (a warning) and records the clerk's explanation of it. */
async function addExplainedWarning(reportId: string, explanation: string) {
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { currentRevisionId: true } });
  await db.reportRevision.update({
    where: { id: report.currentRevisionId! },
    data: {
      overview: "本年度政务公开工作稳步推进。".repeat(80),
      warningExplanations: { "text.overview-length|texts.overview": explanation },
    },
  });
}

describe("listReviewQueue", () => {
  it("lists submitted, approved and scheduled reports of the supervised agencies, in that order, and nothing else", async () => {
    const [a, b, c, d, e, f] = agencies.map((agency) => agency.id) as [string, string, string, string, string, string];
    const approved = await createTestReport({ agencyId: a, status: "APPROVED" });
    const submitted = await createTestReport({ agencyId: b, status: "SUBMITTED" });
    await createTestReport({ agencyId: c, status: "DRAFT" });
    await createTestReport({ agencyId: d, status: "PUBLISHED" });
    const scheduled = await createTestReport({ agencyId: e, status: "PUBLISHED" });
    await db.reportRevision.update({
      where: { id: scheduled.currentRevisionId! },
      data: { publishedAt: new Date(Date.now() + 3 * DAY) },
    });
    await createTestReport({ agencyId: f, status: "RETURNED" });
    const elsewhere = await createTestReport({ agencyId: (await createTestAgency()).id, status: "SUBMITTED" });

    const queue = await listReviewQueue(supervisor);
    expect(queue.map((item) => [item.id, item.status])).toEqual([
      [submitted.id, "SUBMITTED"],
      [approved.id, "APPROVED"],
      [scheduled.id, "PUBLISHED"],
    ]);
    expect(queue.map((item) => item.id)).not.toContain(elsewhere.id);
    expect(queue[2]?.scheduledAt).toBeInstanceOf(Date);
    expect(queue[0]?.scheduledAt).toBeNull();
  });

  it("counts errors and warnings on the server and shows the clerk's explanations", async () => {
    const broken = await createTestReport({ agencyId: agencies[0]!.id, status: "SUBMITTED", withError: true });
    const explained = await createTestReport({ agencyId: agencies[1]!.id, status: "SUBMITTED" });
    await addExplainedWarning(explained.id, "本年度工作内容较多，篇幅超出。");

    const now = new Date();
    const queue = await listReviewQueue(supervisor, now);
    const brokenItem = queue.find((item) => item.id === broken.id);
    const explainedItem = queue.find((item) => item.id === explained.id);
    expect(brokenItem?.errors).toBeGreaterThan(0);
    expect(explainedItem).toMatchObject({ errors: 0, warnings: 1 });
    expect(explainedItem?.explanations).toEqual([
      {
        label: "一、总体情况",
        message: expect.stringContaining("1000"),
        explanation: "本年度工作内容较多，篇幅超出。",
      },
    ]);
    const year = await db.reportingYear.findUniqueOrThrow({ where: { year: 2025 } });
    expect(explainedItem?.deadline).toEqual(year.deadline);
    expect(explainedItem?.daysLeft).toBe(daysUntil(year.deadline, now));
  });

  it("shows nothing to a clerk or to a supervisor of another agency", async () => {
    await createTestReport({ agencyId: agencies[0]!.id, status: "SUBMITTED" });
    const clerk = await createStaffUser([{ role: "CLERK", agencyId: agencies[0]!.id }]);
    const other = await createStaffUser([{ role: "SUPERVISOR", agencyId: (await createTestAgency()).id }]);
    expect(await listReviewQueue(clerk)).toEqual([]);
    expect(await listReviewQueue(other)).toEqual([]);
  });
});
