import "server-only";
import { validateReport, type Report } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadLastYearsReport } from "../report-cells/load-last-years-report";
import { exportRevision } from "../report-cells/read-report";

export type ReportChecks = { errors: number; warnings: number };

/**
 * Validates a report's working revision (with last year's published report for the cross-year
 * rules) and stores its error and warning counts for the deadline board, stamped with the report's
 * version. Call it in the transaction of every save and transition, after the report's own update.
 * Does not touch `updated_at` (the board's last activity).
 */
export async function refreshReportChecks(
  tx: Prisma.TransactionClient,
  reportId: string,
): Promise<ReportChecks | null> {
  const report = await tx.report.findUnique({
    where: { id: reportId },
    select: { agencyId: true, year: true, kind: true, version: true, currentRevisionId: true },
  });
  if (!report?.currentRevisionId) return null;
  const [current, previous] = await Promise.all([
    exportRevision(report.currentRevisionId, tx),
    loadLastYearsReport(report, tx),
  ]);
  if (!current) return null;
  return storeReportChecks(tx, reportId, report.version, current, previous?.report ?? null);
}

/**
 * Validates `current` (the working revision as of `version`, e.g. as a save leaves it in memory)
 * and stores its counts (computed by computeReportChecks, as the autosave's are).
 */
export async function storeReportChecks(
  tx: Prisma.TransactionClient,
  reportId: string,
  version: number,
  current: Report,
  previous: Report | null,
): Promise<ReportChecks> {
  const checks = computeReportChecks(current, previous);
  await tx.$executeRaw`
    UPDATE report SET error_count = ${checks.errors}, warning_count = ${checks.warnings}, checked_version = ${version}
    WHERE id = ${reportId}`;
  return checks;
}

/** The board's counts of `current`; the autosave writes them in its own statement. */
export function computeReportChecks(current: Report, previous: Report | null): ReportChecks {
  const { violations } = validateReport(current, { previous });
  return {
    errors: violations.filter((violation) => violation.level === "error").length,
    warnings: violations.filter((violation) => violation.level === "warning").length,
  };
}
