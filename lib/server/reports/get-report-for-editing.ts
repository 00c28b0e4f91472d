import "server-only";
import { parseFormatKey, type FormatKey, type Report } from "@/lib/report-format";
import type { ReportStatus } from "@/lib/generated/prisma/client";
import { editableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { listReviewComments, type ReviewCommentView } from "../review/list-review-comments";
import { EDITABLE_STATUSES } from "../workflow/transitions";
import { loadEditableState, type EditableState } from "./editable-state";
import { loadLastYearsReport } from "../report-cells/load-last-years-report";

export type ReportForEditing = {
  id: string;
  year: number;
  format: FormatKey;
  status: ReportStatus;
  /** Submitted, approved or published: the clerk sees it, but cannot change it. */
  readOnly: boolean;
  agency: { name: string; code: string };
  deadline: Date | null;
  /** Why the reviewer returned it, when it is RETURNED. */
  returnReason: string | null;
  /** The reviewer's open comments on this revision: what the clerk is asked to look at again. */
  comments: ReviewCommentView[];
  state: EditableState;
  /** Last year's published report of the agency: the cross-year rules and last year's texts. */
  previous: Report | null;
};

/**
 * The report as the wizard opens it, for a clerk of its agency; null when the report does not
 * exist or the user is not a clerk of its agency (the same answer, so ids reveal nothing).
 */
export async function getReportForEditing(user: StaffUser, reportId: string): Promise<ReportForEditing | null> {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, editableReportWhere(user)] },
    select: {
      id: true,
      year: true,
      format: true,
      status: true,
      agencyId: true,
      kind: true,
      agency: { select: { name: true, code: true } },
      reportingYear: { select: { deadline: true } },
      currentRevision: { select: { number: true } },
    },
  });
  if (!report) return null;
  const [state, previous, returned, comments] = await Promise.all([
    loadEditableState(db, report.id),
    loadLastYearsReport(report),
    report.status === "RETURNED"
      ? db.auditEvent.findFirst({
          where: { reportId: report.id, action: "report.return" },
          orderBy: { id: "desc" },
          select: { detail: true },
        })
      : null,
    listReviewComments(user, report.id),
  ]);
  if (!state) return null;
  const reason =
    returned?.detail && typeof returned.detail === "object" && !Array.isArray(returned.detail)
      ? returned.detail.reason
      : null;
  return {
    id: report.id,
    year: report.year,
    format: parseFormatKey(report.format),
    status: report.status,
    readOnly: !EDITABLE_STATUSES.includes(report.status),
    agency: report.agency,
    deadline: report.reportingYear?.deadline ?? null,
    returnReason: typeof reason === "string" ? reason : null,
    // Comments on an earlier, published revision were about what a correction started from.
    comments: (comments ?? []).filter(
      (comment) => !comment.resolvedAt && comment.revisionNumber === report.currentRevision?.number,
    ),
    state,
    previous: previous?.report ?? null,
  };
}
