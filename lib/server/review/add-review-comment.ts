import "server-only";
import { parseFormatKey } from "@/lib/report-format";
import { reviewableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { previewText } from "../notifications/preview-text";
import { labelCommentTarget } from "./comment-targets";

export type AddReviewCommentInput = { reportId: string; target: string; body: string };
export type AddReviewCommentResult =
  { ok: true; commentId: string } | { ok: false; code: "not_found" | "invalid"; message: string };

export const COMMENT_MAX_LENGTH = 2000;

/**
 * A reviewer's comment pinned to a section or a cell of the report's working revision. The
 * agency's clerks are notified, and the comment enters the report's history (audit row), in one transaction.
 */
export async function addReviewComment(user: StaffUser, input: AddReviewCommentInput): Promise<AddReviewCommentResult> {
  const body = input.body.trim();
  if (!body) return { ok: false, code: "invalid", message: "意见内容不能为空" };
  if (Array.from(body).length > COMMENT_MAX_LENGTH)
    return { ok: false, code: "invalid", message: `意见内容不能超过 ${COMMENT_MAX_LENGTH} 个字` };

  const report = await db.report.findFirst({
    where: { AND: [{ id: input.reportId }, reviewableReportWhere(user)] },
    select: {
      id: true,
      year: true,
      format: true,
      agencyId: true,
      currentRevisionId: true,
      agency: { select: { name: true } },
    },
  });
  if (!report?.currentRevisionId) return { ok: false, code: "not_found", message: "报告不存在，或您无权审核此报告" };
  const targetLabel = labelCommentTarget(parseFormatKey(report.format), input.target);
  if (!targetLabel) return { ok: false, code: "invalid", message: "意见所指的栏目或单元格不存在" };

  const revisionId = report.currentRevisionId;
  const commentId = await db.$transaction(async (tx) => {
    const comment = await tx.reviewComment.create({
      data: { reportId: report.id, revisionId, target: input.target, body, authorId: user.id },
    });
    await tx.auditEvent.create({
      data: {
        action: "report.comment_added",
        actorId: user.id,
        reportId: report.id,
        agencyId: report.agencyId,
        detail: { commentId: comment.id, target: input.target },
      },
    });
    const clerks = await tx.roleAssignment.findMany({
      where: { agencyId: report.agencyId, role: "CLERK", userId: { not: user.id }, user: { active: true } },
      select: { userId: true },
      distinct: ["userId"],
    });
    await tx.notification.createMany({
      data: clerks.map((clerk) => ({
        userId: clerk.userId,
        kind: "report.comment",
        reportId: report.id,
        message: `${report.agency.name} ${report.year} 年度报告有新的审核意见（${targetLabel}）：${previewText(body)}`,
      })),
    });
    return comment.id;
  });
  return { ok: true, commentId };
}
