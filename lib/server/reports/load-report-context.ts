import "server-only";
import type { Report, WarningExplanations } from "@/lib/report-format";
import { db } from "../db";
import { loadLastYearsReport } from "../report-cells/load-last-years-report";
import { exportReport } from "../report-cells/read-report";

export type ReportContext = {
  report: Report;
  /** Last year's published report of the same agency, for the cross-year rules. */
  previous: Report | undefined;
  explanations: WarningExplanations;
};

/** A report's working revision with what the validator needs beside it. No access check: callers check first. */
export async function loadReportContext(reportId: string): Promise<ReportContext | null> {
  const found = await db.report.findUnique({
    where: { id: reportId },
    select: { agencyId: true, year: true, kind: true, currentRevision: { select: { warningExplanations: true } } },
  });
  if (!found?.currentRevision) return null;
  const [report, previous] = await Promise.all([exportReport(reportId, "current"), loadLastYearsReport(found)]);
  if (!report) return null;
  return {
    report,
    previous: previous?.report,
    explanations: (found.currentRevision.warningExplanations ?? {}) as WarningExplanations,
  };
}
