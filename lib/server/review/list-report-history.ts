import "server-only";
import { parseFormatKey, type FormatKey } from "@/lib/report-format";
import type { ReportKind, ReportStatus } from "@/lib/generated/prisma/client";
import { readableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { labelCommentTarget } from "./comment-targets";
import { labelEvent } from "./event-labels";
import { loadUserNames } from "./load-user-names";

export type HistoryEvent = {
  id: string;
  at: Date;
  action: string;
  label: string;
  actorName: string | null;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus | null;
  /** 退回理由 */
  reason?: string;
  /** A publication set for later than the moment it was decided. */
  scheduledFor?: Date;
  correctionNote?: string;
  comment?: { target: string; targetLabel: string; body: string };
  /** report.comment_replied: the clerk's answer to `comment`. */
  reply?: string;
  /** report.saved: how many cells and texts the save changed. */
  cellChanges: number;
};

export type ReportHistory = {
  report: {
    id: string;
    year: number;
    kind: ReportKind;
    format: FormatKey;
    status: ReportStatus;
    agency: { name: string; code: string };
  };
  events: HistoryEvent[];
};

const HISTORY_LIMIT = 2000;
/** A publication timed more than this after the click is a scheduled one. */
const SCHEDULE_SLACK_MS = 60_000;

type Detail = {
  reason?: unknown;
  publishAt?: unknown;
  correctionNote?: unknown;
  commentId?: unknown;
  replyId?: unknown;
};

/** Everything that happened to a report, oldest first, with who and when; for everyone who may read the report. */
export async function listReportHistory(user: StaffUser, reportId: string): Promise<ReportHistory | null> {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, readableReportWhere(user)] },
    select: {
      id: true,
      year: true,
      kind: true,
      format: true,
      status: true,
      agency: { select: { name: true, code: true } },
    },
  });
  if (!report) return null;
  const events = await db.auditEvent.findMany({
    where: { reportId: report.id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: HISTORY_LIMIT,
    select: {
      id: true,
      at: true,
      action: true,
      actorId: true,
      fromStatus: true,
      toStatus: true,
      detail: true,
      _count: { select: { cellChanges: true } },
    },
  });
  const commentIds = events
    .map((event) => (event.detail as Detail | null)?.commentId)
    .filter((id): id is string => typeof id === "string");
  const replyIds = events
    .map((event) => (event.detail as Detail | null)?.replyId)
    .filter((id): id is string => typeof id === "string");
  const [names, comments, replies] = await Promise.all([
    loadUserNames(events.map((event) => event.actorId)),
    db.reviewComment.findMany({
      where: { id: { in: commentIds }, reportId: report.id },
      select: { id: true, target: true, body: true },
    }),
    db.reviewCommentReply.findMany({
      where: { id: { in: replyIds }, comment: { reportId: report.id } },
      select: { id: true, body: true },
    }),
  ]);
  const commentsById = new Map(comments.map((comment) => [comment.id, comment]));
  const repliesById = new Map(replies.map((reply) => [reply.id, reply.body]));
  const format = parseFormatKey(report.format);

  return {
    report: { ...report, format },
    events: events.map((event): HistoryEvent => {
      const detail = (event.detail ?? {}) as Detail;
      const publishAt = typeof detail.publishAt === "string" ? new Date(detail.publishAt) : undefined;
      const comment = typeof detail.commentId === "string" ? commentsById.get(detail.commentId) : undefined;
      const reply = typeof detail.replyId === "string" ? repliesById.get(detail.replyId) : undefined;
      return {
        id: event.id.toString(),
        at: event.at,
        action: event.action,
        label: labelEvent(event.action),
        actorName: event.actorId ? (names.get(event.actorId) ?? "（已删除的用户）") : null,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        ...(typeof detail.reason === "string" ? { reason: detail.reason } : {}),
        ...(publishAt && publishAt.getTime() - event.at.getTime() > SCHEDULE_SLACK_MS
          ? { scheduledFor: publishAt }
          : {}),
        ...(typeof detail.correctionNote === "string" ? { correctionNote: detail.correctionNote } : {}),
        ...(comment
          ? {
              comment: {
                target: comment.target,
                targetLabel: labelCommentTarget(format, comment.target) ?? comment.target,
                body: comment.body,
              },
            }
          : {}),
        ...(reply !== undefined ? { reply } : {}),
        cellChanges: event._count.cellChanges,
      };
    }),
  };
}
