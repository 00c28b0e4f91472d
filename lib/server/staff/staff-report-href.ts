import type { ReportKind } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";

/**
 * Where a staff list's report leads, by what the user does with it (the same rules as
 * lib/server/auth/access.ts): its wizard for those who write it (a clerk's own agency report, an
 * admin's summary), its review page for its reviewers, its history for anyone else who reads it.
 */
export function staffReportHref(user: StaffUser, report: { id: string; kind: ReportKind; agencyId: string }): string {
  const has = (role: string) => user.roles.some((grant) => grant.role === role && grant.agencyId === report.agencyId);
  const administered = user.administeredAgencyIds.includes(report.agencyId);
  if ((report.kind === "AGENCY" && has("CLERK")) || (report.kind === "SUMMARY" && administered)) {
    return `/staff/reports/${report.id}`;
  }
  if (has("SUPERVISOR") || administered) return `/staff/review/${report.id}`;
  return `/staff/history/${report.id}`;
}
