import "server-only";
import { parseFormatKey } from "@/lib/report-format";
import { readableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { labelCommentTarget } from "./comment-targets";

export type CommentReplyView = { id: string; body: string; authorName: string; createdAt: Date };

export type ReviewCommentView = {
  id: string;
  target: string;
  targetLabel: string;
  body: string;
  authorName: string;
  createdAt: Date;
  resolvedAt: Date | null;
  /** The revision commented on (2, 3 … for a correction). */
  revisionNumber: number;
  /** The clerk's answers, oldest first. */
  replies: CommentReplyView[];
};

/** The comments on a report, oldest first, for anyone who may read the report (the clerk reads what the reviewer wrote). */
export async function listReviewComments(user: StaffUser, reportId: string): Promise<ReviewCommentView[] | null> {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, readableReportWhere(user)] },
    select: { id: true, format: true },
  });
  if (!report) return null;
  const comments = await db.reviewComment.findMany({
    where: { reportId: report.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      target: true,
      body: true,
      createdAt: true,
      resolvedAt: true,
      author: { select: { name: true } },
      revision: { select: { number: true } },
      replies: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  const format = parseFormatKey(report.format);
  return comments.map((comment) => ({
    id: comment.id,
    target: comment.target,
    targetLabel: labelCommentTarget(format, comment.target) ?? comment.target,
    body: comment.body,
    authorName: comment.author.name,
    createdAt: comment.createdAt,
    resolvedAt: comment.resolvedAt,
    revisionNumber: comment.revision.number,
    replies: comment.replies.map((reply) => ({
      id: reply.id,
      body: reply.body,
      authorName: reply.author.name,
      createdAt: reply.createdAt,
    })),
  }));
}
