/** Where a notification leads: a new submission to the review page, everything else (returned, comments …) to the report's history. */
export function notificationLink(kind: string, reportId: string | null): string | null {
  if (!reportId) return null;
  return kind === "report.submit" ? `/staff/review/${reportId}` : `/staff/history/${reportId}`;
}
