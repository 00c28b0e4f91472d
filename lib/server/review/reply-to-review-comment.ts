import "server-only";
import { parseFormatKey } from "@/lib/report-format";
import { editableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { previewText } from "../notifications/preview-text";
import { commentReplyBodySchema } from "./comment-reply-schema";
import { labelCommentTarget } from "./comment-targets";
import type { CommentReplyView } from "./list-review-comments";

export type ReplyToReviewCommentInput = { reportId: string; commentId: string; body: string };
export type ReplyToReviewCommentResult =
  { ok: true; reply: CommentReplyView } | { ok: false; code: "not_found" | "invalid" | "wrong_state"; message: string };

/**
 * The clerk answers a reviewer's comment ("已按意见修改"). Only whoever may edit the report (a clerk
 * of its agency) may answer, and only while the comment is open: resolving it stays the reviewer's
 * decision. The reply, its audit row and the reviewers' notifications are written in one transaction.
 */
export async function replyToReviewComment(
  user: StaffUser,
  input: ReplyToReviewCommentInput,
): Promise<ReplyToReviewCommentResult> {
  const parsed = commentReplyBodySchema.safeParse(input.body);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]!.message };
  const body = parsed.data;

  const comment = await db.reviewComment.findFirst({
    where: { id: input.commentId, reportId: input.reportId, report: editableReportWhere(user) },
    select: {
      id: true,
      target: true,
      resolvedAt: true,
      authorId: true,
      report: { select: { id: true, year: true, format: true, agencyId: true, agency: { select: { name: true } } } },
    },
  });
  if (!comment) return { ok: false, code: "not_found", message: "意见不存在，或您无权回复此意见" };
  if (comment.resolvedAt)
    return { ok: false, code: "wrong_state", message: "审核人已将该意见标记为已解决，不能再回复" };
  const { report } = comment;
  const targetLabel = labelCommentTarget(parseFormatKey(report.format), comment.target) ?? comment.target;

  return db.$transaction(async (tx) => {
    const reply = await tx.reviewCommentReply.create({ data: { commentId: comment.id, body, authorId: user.id } });
    await tx.auditEvent.create({
      data: {
        action: "report.comment_replied",
        actorId: user.id,
        reportId: report.id,
        agencyId: report.agencyId,
        detail: { commentId: comment.id, replyId: reply.id, target: comment.target },
      },
    });
    // The agency's supervisors and whoever wrote the comment (an admin may have), once each.
    const supervisors = await tx.roleAssignment.findMany({
      where: { agencyId: report.agencyId, role: "SUPERVISOR", user: { active: true } },
      select: { userId: true },
    });
    const author = await tx.user.findFirst({ where: { id: comment.authorId, active: true }, select: { id: true } });
    const readers = new Set([...supervisors.map((grant) => grant.userId), ...(author ? [author.id] : [])]);
    readers.delete(user.id);
    await tx.notification.createMany({
      data: [...readers].map((userId) => ({
        userId,
        kind: "report.comment_reply",
        reportId: report.id,
        message: `${report.agency.name} ${report.year} 年度报告的填报人回复了审核意见（${targetLabel}）：${previewText(body)}`,
      })),
    });
    return {
      ok: true as const,
      reply: { id: reply.id, body: reply.body, authorName: user.name, createdAt: reply.createdAt },
    };
  });
}
