import type { ReportKind } from "@/lib/generated/prisma/client";
import type { CommentedPlace } from "./first-commented-place";

/** What a clerk is asked to change: the wizard opens the report (a returned one on its commented places). */
const TO_WIZARD = new Set(["report.return", "report.reopen"]);
/** What a reviewer acts on: a new submission, a clerk's reply to a comment. */
const TO_REVIEW = new Set(["report.submit", "report.comment_reply"]);

/** The wizard's address of a place: its step, and the cell or text to focus (`?focus=applications.4.natural`). */
export function wizardPlaceHref(reportId: string, place: CommentedPlace): string {
  const step = `/staff/reports/${reportId}/${place.section}`;
  return place.address ? `${step}?${new URLSearchParams({ focus: place.address })}` : step;
}

/**
 * Where a notification leads. A returned or reopened agency report goes to the wizard of its
 * clerks, who received it — a return with open comments straight to the first commented place; a
 * summary report's wizard belongs to the admins, so its clerks, like everything else (approved,
 * published, comments …), go to the report's history.
 */
export function notificationLink(
  kind: string,
  report: { id: string; kind: ReportKind } | null,
  commented: CommentedPlace | null = null,
): string | null {
  if (!report) return null;
  if (TO_REVIEW.has(kind)) return `/staff/review/${report.id}`;
  if (TO_WIZARD.has(kind) && report.kind === "AGENCY") {
    return kind === "report.return" && commented
      ? wizardPlaceHref(report.id, commented)
      : `/staff/reports/${report.id}`;
  }
  return `/staff/history/${report.id}`;
}
