import "server-only";
import { parseFormatKey, validateReport, type FormatKey, type Report } from "@/lib/report-format";
import type { ReportKind, ReportStatus } from "@/lib/generated/prisma/client";
import { reviewableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { loadReportContext } from "../reports/load-report-context";
import { describeViolations, type ReviewViolation } from "./describe-violations";

export type ReviewReport = {
  id: string;
  year: number;
  kind: ReportKind;
  format: FormatKey;
  status: ReportStatus;
  /** What the reviewer's transitions must send back (a stale one is refused as a conflict). */
  version: number;
  agency: { name: string; code: string };
  /** 1 for the first version; a correction (更正) works on revision 2, 3 … */
  revisionNumber: number;
  submittedAt: Date | null;
  deadline: Date | null;
  /** Set once published; later than now for a scheduled publication. */
  publishedAt: Date | null;
  /** When the report was first made public (its first revision's publication date, as printed for an import); null before. */
  firstPublishedAt: Date | null;
  report: Report;
  violations: ReviewViolation[];
  errors: number;
  warnings: number;
  /** Year of last year's published report the cross-year rules used, if any. */
  previousYear: number | null;
};

/** The working revision of a report the user may review, validated on the server; null when not found or not reviewable. */
export async function getReviewReport(user: StaffUser, reportId: string): Promise<ReviewReport | null> {
  const found = await db.report.findFirst({
    where: { AND: [{ id: reportId }, reviewableReportWhere(user)] },
    select: {
      id: true,
      year: true,
      kind: true,
      format: true,
      status: true,
      version: true,
      agency: { select: { name: true, code: true } },
      reportingYear: { select: { deadline: true } },
      currentRevision: { select: { number: true, submittedAt: true, publishedAt: true } },
      revisions: { where: { number: 1 }, select: { publishedAt: true } },
    },
  });
  if (!found?.currentRevision) return null;
  const context = await loadReportContext(found.id);
  if (!context) return null;
  const result = validateReport(context.report, { previous: context.previous });
  const format = parseFormatKey(found.format);
  return {
    id: found.id,
    year: found.year,
    kind: found.kind,
    format,
    status: found.status,
    version: found.version,
    agency: found.agency,
    revisionNumber: found.currentRevision.number,
    submittedAt: found.currentRevision.submittedAt,
    deadline: found.reportingYear?.deadline ?? null,
    publishedAt: found.currentRevision.publishedAt,
    firstPublishedAt: firstPublication(found.revisions[0]?.publishedAt ?? null),
    report: context.report,
    violations: describeViolations(format, result.violations, context.explanations),
    errors: result.errors,
    warnings: result.warnings,
    previousYear: context.previous?.year ?? null,
  };
}

function firstPublication(publishedAt: Date | null): Date | null {
  return publishedAt && publishedAt <= new Date() ? publishedAt : null;
}
