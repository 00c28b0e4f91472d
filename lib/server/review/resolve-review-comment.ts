import "server-only";
import { reviewableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";

export type ResolveReviewCommentResult =
  { ok: true } | { ok: false; code: "not_found" | "wrong_state"; message: string };

/** Marks a comment resolved (by a reviewer of its report), once: the audit row records who and when. */
export async function resolveReviewComment(user: StaffUser, commentId: string): Promise<ResolveReviewCommentResult> {
  const comment = await db.reviewComment.findFirst({
    where: { id: commentId, report: reviewableReportWhere(user) },
    select: { id: true, target: true, resolvedAt: true, report: { select: { id: true, agencyId: true } } },
  });
  if (!comment) return { ok: false, code: "not_found", message: "意见不存在，或您无权处理此意见" };
  if (comment.resolvedAt) return alreadyResolved();

  return db.$transaction(async (tx) => {
    const updated = await tx.reviewComment.updateMany({
      where: { id: comment.id, resolvedAt: null },
      data: { resolvedAt: new Date() },
    });
    if (updated.count !== 1) return alreadyResolved();
    await tx.auditEvent.create({
      data: {
        action: "report.comment_resolved",
        actorId: user.id,
        reportId: comment.report.id,
        agencyId: comment.report.agencyId,
        detail: { commentId: comment.id, target: comment.target },
      },
    });
    return { ok: true as const };
  });
}

function alreadyResolved(): ResolveReviewCommentResult {
  return { ok: false, code: "wrong_state", message: "该意见已标记为已解决" };
}
