// Rows of the server-action matrix: notifications, the report wizard and the review.
import { db } from "@/lib/server/db";
import {
  defineRow,
  form,
  REVIEWERS,
  OPEN_YEAR,
  agencyReport,
  reportTarget,
  reportRef,
  commentedReport,
  type AnyActionRow,
} from "./action-matrix-support";
import { reportState, reportsOf } from "./action-world";

export const REPORT_ACTION_ROWS: Record<string, AnyActionRow> = {
  // Notifications are the clerk's own: anyone else's call finds nothing of theirs.
  "app/(staff)/staff/notifications/actions.ts#openNotificationAction": defineRow({
    prepare: async (world) => {
      const report = await agencyReport("DRAFT")(world);
      return db.notification.create({
        data: { userId: world.users.clerk.id, kind: "report.comment", reportId: report.id, message: "有新的审核意见" },
      });
    },
    args: (notification) => [form({ id: notification.id })],
    state: (notification) =>
      db.notification.findUniqueOrThrow({ where: { id: notification.id }, select: { readAt: true } }),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/notifications/actions.ts#markAllNotificationsReadAction": defineRow({
    prepare: (world) =>
      db.notification.create({
        data: { userId: world.users.clerk.id, kind: "report.comment", message: "有新的审核意见" },
      }),
    args: () => [],
    state: (notification) =>
      db.notification.findUniqueOrThrow({ where: { id: notification.id }, select: { readAt: true } }),
    allowed: ["clerk"],
    answered: ["otherClerk", "supervisor", "otherSupervisor", "admin", "otherAdmin"],
  }),

  // The report wizard: the agency's clerks only.
  "app/(staff)/staff/reports/actions.ts#startReportAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyCode: agency.code, year: String(OPEN_YEAR) })],
    state: (agency) => reportsOf(agency.id),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/reports/[reportId]/actions.ts#saveReportAction": defineRow({
    prepare: agencyReport("DRAFT"),
    args: (report) => [{ ...reportRef(report), texts: { overview: "改写的总体情况。" } }],
    state: reportTarget,
    allowed: ["clerk"],
  }),
  // Answering a reviewer's comment on a returned report: whoever may edit it, its clerks.
  "app/(staff)/staff/reports/[reportId]/actions.ts#replyToCommentAction": defineRow({
    prepare: async (world) => {
      const { report, commentId } = await commentedReport(world);
      await db.report.update({ where: { id: report.id }, data: { status: "RETURNED" } });
      return { report, commentId };
    },
    args: ({ report, commentId }) => [{ reportId: report.id, commentId, body: "已按意见修改" }],
    state: ({ report }) => reportState(report.id),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/reports/[reportId]/actions.ts#submitReportAction": defineRow({
    prepare: agencyReport("DRAFT"),
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: ["clerk"],
  }),

  // Review: the agency's supervisors and the admin above it.
  "app/(staff)/staff/review/[reportId]/actions.ts#returnReportAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: (report) => [{ ...reportRef(report), reason: "请补充说明" }],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#approveReportAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#publishReportAction": defineRow({
    prepare: agencyReport("APPROVED"),
    args: (report) => [{ ...reportRef(report), when: "now", publishAt: "", correction: false, correctionNote: "" }],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#reopenReportAction": defineRow({
    prepare: agencyReport("PUBLISHED"),
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#addCommentAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: (report) => [{ reportId: report.id, target: "applications.1.natural", body: "请核对本年新收申请数量" }],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  // Calling off a publication set for tomorrow.
  "app/(staff)/staff/review/[reportId]/actions.ts#cancelPublicationAction": defineRow({
    prepare: async (world) => {
      const report = await agencyReport("PUBLISHED")(world);
      await db.reportRevision.update({
        where: { id: report.currentRevisionId! },
        data: { publishedAt: new Date(Date.now() + 24 * 3600 * 1000) },
      });
      return report;
    },
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#resolveCommentAction": defineRow({
    prepare: commentedReport,
    args: ({ report, commentId }) => [{ reportId: report.id, commentId }],
    state: ({ report }) => reportState(report.id),
    allowed: REVIEWERS,
  }),
};
