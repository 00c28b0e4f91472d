import "server-only";
import type { Report, WarningExplanations } from "@/lib/report-format";
import { db } from "../db";
import { exportReport } from "./export-report";

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
  const [report, previousRow] = await Promise.all([
    exportReport(reportId, "current"),
    db.report.findFirst({
      where: { agencyId: found.agencyId, year: found.year - 1, kind: found.kind, publishedRevisionId: { not: null } },
      select: { id: true },
    }),
  ]);
  if (!report) return null;
  const previous = previousRow ? ((await exportReport(previousRow.id, "published")) ?? undefined) : undefined;
  return { report, previous, explanations: (found.currentRevision.warningExplanations ?? {}) as WarningExplanations };
}
