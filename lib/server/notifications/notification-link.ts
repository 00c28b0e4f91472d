/**
 * Where a notification leads: what a reviewer acts on (a new submission, a clerk's reply to a comment)
 * to the review page, everything else (returned, comments …) to the report's history.
 */
export function notificationLink(kind: string, reportId: string | null): string | null {
  if (!reportId) return null;
  return kind === "report.submit" || kind === "report.comment_reply" ? `/staff/review/${reportId}` : `/staff/history/${reportId}`;
}
