import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import type { StaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { listNotifications } from "../notifications/list-notifications";
import { getReportForEditing } from "../reports/get-report-for-editing";
import { transitionReport } from "../workflow/transition-report";
import { addReviewComment } from "./add-review-comment";
import { listReportHistory } from "./list-report-history";
import { listReviewComments } from "./list-review-comments";
import { replyToReviewComment } from "./reply-to-review-comment";
import { resolveReviewComment } from "./resolve-review-comment";

afterAll(() => disconnectDb());

let agency: Awaited<ReturnType<typeof createTestAgency>>;
let clerk: StaffUser;
let supervisor: StaffUser;
let reportId: string;

beforeEach(async () => {
  agency = await createTestAgency();
  clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
  supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
  await db.user.update({ where: { id: clerk.id }, data: { name: "李填报" } });
  clerk = { ...clerk, name: "李填报" };
  const report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED" });
  reportId = report.id;
});

async function comment(target: string, body: string, author = supervisor): Promise<string> {
  const result = await addReviewComment(author, { reportId, target, body });
  if (!result.ok) throw new Error(result.message);
  return result.commentId;
}

/** Everything a reply writes, to show that a refused one wrote nothing. */
async function written() {
  return {
    replies: await db.reviewCommentReply.count({ where: { comment: { reportId } } }),
    events: await db.auditEvent.count({ where: { reportId, action: "report.comment_replied" } }),
    notifications: await db.notification.count({ where: { reportId, kind: "report.comment_reply" } }),
  };
}

describe("replyToReviewComment", () => {
  it("stores the clerk's reply under the comment, records it and notifies the reviewers, who are led to the review page", async () => {
    const commentId = await comment("applications.4.natural", "结转数与申请数不符，请核对。");
    const result = await replyToReviewComment(clerk, { reportId, commentId, body: "  已核对，改为 2。  " });
    expect(result).toMatchObject({
      ok: true,
      reply: { body: "已核对，改为 2。", authorName: "李填报", createdAt: expect.any(Date) },
    });

    const [stored] = await db.reviewCommentReply.findMany({ where: { commentId } });
    expect(stored).toMatchObject({ body: "已核对，改为 2。", authorId: clerk.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { reportId, action: "report.comment_replied" } });
    expect(event).toMatchObject({
      actorId: clerk.id,
      agencyId: agency.id,
      detail: { commentId, replyId: stored!.id, target: "applications.4.natural" },
    });

    const notified = await db.notification.findMany({ where: { reportId, kind: "report.comment_reply" } });
    expect(notified.map((notification) => notification.userId)).toEqual([supervisor.id]);
    expect(notified[0]?.message).toBe(
      `${agency.name} 2025 年度报告的填报人回复了审核意见（四、结转下年度继续办理·自然人）：已核对，改为 2。`,
    );
    expect((await listNotifications(supervisor)).items[0]?.href).toBe(`/staff/review/${reportId}`);

    const comments = await listReviewComments(supervisor, reportId);
    expect(comments?.[0]?.replies).toEqual([
      { id: stored!.id, body: "已核对，改为 2。", authorName: "李填报", createdAt: stored!.createdAt },
    ]);
    // The comment stays open: resolving it is the reviewer's decision.
    expect(comments?.[0]?.resolvedAt).toBeNull();

    // The report's history shows the reply with the comment it answers.
    const history = await listReportHistory(supervisor, reportId);
    expect(history?.events.find((event) => event.action === "report.comment_replied")).toMatchObject({
      label: "回复审核意见",
      comment: { target: "applications.4.natural", body: expect.any(String) },
      reply: "已核对，改为 2。",
    });
  });

  it("notifies an admin who wrote the comment as well as the supervisors, once each", async () => {
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: agency.id }]);
    const commentId = await comment("section:problems", "请写具体措施", admin);
    expect(await replyToReviewComment(clerk, { reportId, commentId, body: "已补充三项措施" })).toMatchObject({
      ok: true,
    });
    const notified = await db.notification.findMany({
      where: { reportId, kind: "report.comment_reply" },
      select: { userId: true },
    });
    expect(notified.map((notification) => notification.userId).sort()).toEqual([admin.id, supervisor.id].sort());
  });

  it.each([
    ["an empty reply", "   ", "回复内容不能为空"],
    ["a reply over 500 characters", "字".repeat(501), "回复内容不能超过 500 个字"],
  ])("refuses %s in Chinese and writes nothing", async (_name, body, message) => {
    const commentId = await comment("section:overview", "请补充数据");
    expect(await replyToReviewComment(clerk, { reportId, commentId, body })).toEqual({
      ok: false,
      code: "invalid",
      message,
    });
    expect(await written()).toEqual({ replies: 0, events: 0, notifications: 0 });
  });

  it("accepts exactly 500 characters (counted as characters, not UTF-16 units)", async () => {
    const commentId = await comment("section:overview", "请补充数据");
    expect(await replyToReviewComment(clerk, { reportId, commentId, body: "𠀀".repeat(500) })).toMatchObject({
      ok: true,
    });
  });

  it("refuses a reply to a comment the reviewer has resolved", async () => {
    const commentId = await comment("section:overview", "请补充数据");
    expect(await resolveReviewComment(supervisor, commentId)).toEqual({ ok: true });
    expect(await replyToReviewComment(clerk, { reportId, commentId, body: "已补充" })).toEqual({
      ok: false,
      code: "wrong_state",
      message: "审核人已将该意见标记为已解决，不能再回复",
    });
    expect(await written()).toEqual({ replies: 0, events: 0, notifications: 0 });
  });

  it("is not found for anyone but a clerk of the report's agency, and for a comment of another report", async () => {
    const commentId = await comment("section:overview", "请补充数据");
    const other = await createTestAgency();
    const strangers = [
      supervisor,
      await createStaffUser([{ role: "CLERK", agencyId: other.id }]),
      await createStaffUser([{ role: "SUPERVISOR", agencyId: other.id }]),
      await createStaffUser([{ role: "ADMIN", agencyId: agency.id }]),
    ];
    for (const user of strangers) {
      expect(await replyToReviewComment(user, { reportId, commentId, body: "已补充" })).toEqual({
        ok: false,
        code: "not_found",
        message: "意见不存在，或您无权回复此意见",
      });
    }
    // A clerk of both agencies names the other agency's report: the comment is not on it.
    const otherReport = await createTestReport({ agencyId: other.id });
    const clerkOfBoth = await createStaffUser([
      { role: "CLERK", agencyId: agency.id },
      { role: "CLERK", agencyId: other.id },
    ]);
    expect(
      await replyToReviewComment(clerkOfBoth, { reportId: otherReport.id, commentId, body: "已补充" }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await written()).toEqual({ replies: 0, events: 0, notifications: 0 });
  });
});

describe("getReportForEditing", () => {
  it("gives the wizard of a returned report its reason and the open comments of the working revision, with their replies", async () => {
    const open = await comment("applications.4.natural", "请核对结转数");
    const resolved = await comment("section:problems", "已经写得很好");
    await resolveReviewComment(supervisor, resolved);
    await replyToReviewComment(clerk, { reportId, commentId: open, body: "正在核对" });
    const { version } = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(
      await transitionReport(supervisor, { reportId, action: "return", version, reason: "请按意见修改" }),
    ).toMatchObject({ ok: true });

    const report = await getReportForEditing(clerk, reportId);
    expect(report).toMatchObject({ status: "RETURNED", readOnly: false, returnReason: "请按意见修改" });
    expect(
      report?.comments.map(({ id, target, targetLabel, body, replies }) => ({
        id,
        target,
        targetLabel,
        body,
        replies: replies.map((reply) => reply.body),
      })),
    ).toEqual([
      {
        id: open,
        target: "applications.4.natural",
        targetLabel: "四、结转下年度继续办理·自然人",
        body: "请核对结转数",
        replies: ["正在核对"],
      },
    ]);
  });
});
