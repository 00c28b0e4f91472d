import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/server/auth/current-user";
import { getReportForEditing } from "@/lib/server/reports/get-report-for-editing";

/** The report the wizard edits, loaded once per request for the layout and the step page. */
export const loadReportForEditing = cache(async (reportId: string) => {
  const user = await requireUser(`/staff/reports/${reportId}`);
  return getReportForEditing(user, reportId);
});
