import "server-only";
import { parseFormatKey, validateReport } from "@/lib/report-format";
import type { Prisma, ReportKind, ReportStatus } from "@/lib/generated/prisma/client";
import { reviewableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { loadReportContext } from "../reports/load-report-context";
import { daysUntil } from "./days-until";
import { describeViolations } from "./describe-violations";

export type ReviewQueueItem = {
  id: string;
  year: number;
  kind: ReportKind;
  status: ReportStatus;
  agency: { name: string; code: string };
  revisionNumber: number;
  submittedAt: Date | null;
  deadline: Date | null;
  /** Calendar days to the deadline in Beijing time; negative when overdue. */
  daysLeft: number | null;
  /** A publication set for later (已发布, not yet visible). */
  scheduledAt: Date | null;
  errors: number;
  warnings: number;
  /** The clerk's explanations of the warnings, for the reviewer to weigh. */
  explanations: { label: string; message: string; explanation: string | null }[];
};

const QUEUE_LIMIT = 200;

/** The order of the queue: what waits for a decision first, then what waits for publication, then what is scheduled. */
const STATUS_ORDER: Partial<Record<ReportStatus, number>> = { SUBMITTED: 0, APPROVED: 1, PUBLISHED: 2 };

/**
 * What a supervisor can act on, for the agencies they review: submitted reports, approved ones
 * awaiting publication, and publications scheduled for later. Each report is validated here, so
 * the counts are the server's, not the clerk's browser's.
 */
export async function listReviewQueue(user: StaffUser, now = new Date()): Promise<ReviewQueueItem[]> {
  const actionable: Prisma.ReportWhereInput = {
    OR: [
      { status: { in: ["SUBMITTED", "APPROVED"] } },
      { status: "PUBLISHED", currentRevision: { publishedAt: { gt: now } } },
    ],
  };
  const reports = await db.report.findMany({
    where: { AND: [reviewableReportWhere(user), actionable] },
    select: {
      id: true,
      year: true,
      kind: true,
      format: true,
      status: true,
      agency: { select: { name: true, code: true } },
      reportingYear: { select: { deadline: true } },
      currentRevision: { select: { number: true, submittedAt: true, publishedAt: true } },
    },
    take: QUEUE_LIMIT,
  });

  const items = await Promise.all(
    reports.map(async (report): Promise<ReviewQueueItem | null> => {
      const context = await loadReportContext(report.id);
      if (!context || !report.currentRevision) return null;
      const result = validateReport(context.report, { previous: context.previous });
      const deadline = report.reportingYear?.deadline ?? null;
      const publishedAt = report.currentRevision.publishedAt;
      return {
        id: report.id,
        year: report.year,
        kind: report.kind,
        status: report.status,
        agency: report.agency,
        revisionNumber: report.currentRevision.number,
        submittedAt: report.currentRevision.submittedAt,
        deadline,
        daysLeft: deadline ? daysUntil(deadline, now) : null,
        scheduledAt: report.status === "PUBLISHED" && publishedAt && publishedAt > now ? publishedAt : null,
        errors: result.errors,
        warnings: result.warnings,
        explanations: describeViolations(parseFormatKey(report.format), result.violations, context.explanations)
          .filter((violation) => violation.level === "warning")
          .map((violation) => ({
            label: violation.labels[0] ?? "",
            message: violation.message,
            explanation: violation.explanation,
          })),
      };
    }),
  );
  return items
    .filter((item): item is ReviewQueueItem => item !== null)
    .sort(
      (a, b) =>
        (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
        timeOf(a) - timeOf(b) ||
        a.agency.name.localeCompare(b.agency.name, "zh-CN"),
    );
}

/** Oldest submission first (it has waited longest); scheduled ones by their publication time. */
function timeOf(item: ReviewQueueItem): number {
  return (item.scheduledAt ?? item.submittedAt)?.getTime() ?? 0;
}
