import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import type { StaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { addReviewComment } from "./add-review-comment";

afterAll(() => disconnectDb());

let agency: Awaited<ReturnType<typeof createTestAgency>>;
let clerk: StaffUser;
let supervisor: StaffUser;
let report: Awaited<ReturnType<typeof createTestReport>>;

beforeEach(async () => {
  agency = await createTestAgency();
  clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
  supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
  report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED" });
});

describe("addReviewComment", () => {
  it("pins a comment to a cell of the working revision, notifies the agency's clerks and records it in the history", async () => {
    const result = await addReviewComment(supervisor, {
      reportId: report.id,
      target: "applications.3.7.natural",
      body: "  请核对自然人总计  ",
    });
    expect(result).toMatchObject({ ok: true });
    const comment = await db.reviewComment.findFirstOrThrow({ where: { reportId: report.id } });
    expect(comment).toMatchObject({
      target: "applications.3.7.natural",
      body: "请核对自然人总计",
      authorId: supervisor.id,
      revisionId: report.currentRevisionId,
      resolvedAt: null,
    });

    const notifications = await db.notification.findMany({ where: { reportId: report.id, kind: "report.comment" } });
    expect(notifications.map((notification) => notification.userId)).toEqual([clerk.id]);
    expect(notifications[0]?.message).toContain("（七）总计·自然人");
    expect(notifications[0]?.message).toContain("请核对自然人总计");

    const event = await db.auditEvent.findFirstOrThrow({
      where: { reportId: report.id, action: "report.comment_added" },
    });
    expect(event).toMatchObject({
      actorId: supervisor.id,
      detail: { commentId: comment.id, target: "applications.3.7.natural" },
    });
  });

  it("takes a section as the target", async () => {
    expect(
      await addReviewComment(supervisor, { reportId: report.id, target: "section:problems", body: "问题写得太笼统" }),
    ).toMatchObject({ ok: true });
  });

  it.each([
    ["an empty body", "section:applications", "   ", "意见内容不能为空"],
    ["a body over 2000 characters", "section:applications", "字".repeat(2001), "意见内容不能超过 2000 个字"],
    ["an unknown section", "section:nothing", "内容", "意见所指的栏目或单元格不存在"],
    ["an unknown cell", "applications.9.natural", "内容", "意见所指的栏目或单元格不存在"],
    ["a cell of the other format", "art20_9.procurement.items", "内容", "意见所指的栏目或单元格不存在"],
  ])("refuses %s with a Chinese message", async (_name, target, body, message) => {
    expect(await addReviewComment(supervisor, { reportId: report.id, target, body })).toEqual({
      ok: false,
      code: "invalid",
      message,
    });
    expect(await db.reviewComment.count({ where: { reportId: report.id } })).toBe(0);
  });

  it("accepts exactly 2000 characters", async () => {
    expect(
      await addReviewComment(supervisor, { reportId: report.id, target: "section:other", body: "字".repeat(2000) }),
    ).toMatchObject({ ok: true });
  });

  it("is not found for a supervisor of another agency, or for the clerk", async () => {
    const other = await createStaffUser([{ role: "SUPERVISOR", agencyId: (await createTestAgency()).id }]);
    for (const user of [other, clerk]) {
      expect(
        await addReviewComment(user, { reportId: report.id, target: "section:applications", body: "意见" }),
      ).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await db.reviewComment.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.notification.count({ where: { reportId: report.id } })).toBe(0);
  });
});
