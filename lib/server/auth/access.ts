import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "./current-user";

// Every staff query goes through these builders: what a user may see or change is decided
// here, next to the data, never by an id the browser sent.

export function isAdmin(user: StaffUser): boolean {
  return user.roles.some((grant) => grant.role === "ADMIN");
}

function agencyIdsWithRole(user: StaffUser, role: StaffUser["roles"][number]["role"]): string[] {
  return user.roles.filter((grant) => grant.role === role).map((grant) => grant.agencyId);
}

/** Whether the user may read the security log (安全审计): admins and 审计员. */
export function readsSecurityLog(user: StaffUser): boolean {
  return user.roles.some((grant) => grant.role === "ADMIN" || grant.role === "AUDITOR");
}

/**
 * Agencies whose staff pages the user may open: own agency (clerk), supervised ones, everything
 * under an administered government. A 审计员 grant opens none: it reads the security log only.
 */
export function readableAgencyWhere(user: StaffUser): Prisma.AgencyWhereInput {
  const granted = user.roles.filter((grant) => grant.role !== "AUDITOR").map((grant) => grant.agencyId);
  const ids = new Set([...granted, ...user.administeredAgencyIds]);
  return { id: { in: [...ids] } };
}

export function readableReportWhere(user: StaffUser): Prisma.ReportWhereInput {
  return { agency: readableAgencyWhere(user) };
}

/**
 * Reports the user may edit (the status check belongs to the action): as a clerk, the own agency's
 * report; as an admin, the summary (汇总) reports of the administered governments.
 */
export function editableReportWhere(user: StaffUser): Prisma.ReportWhereInput {
  return {
    OR: [
      { agencyId: { in: agencyIdsWithRole(user, "CLERK") }, kind: "AGENCY" },
      { agencyId: { in: user.administeredAgencyIds }, kind: "SUMMARY" },
    ],
  };
}

/** editableReportWhere for a report already read (the autosave reads it with plain SQL). */
export function mayEditReport(user: StaffUser, report: { agencyId: string; kind: "AGENCY" | "SUMMARY" }): boolean {
  return report.kind === "AGENCY"
    ? agencyIdsWithRole(user, "CLERK").includes(report.agencyId)
    : user.administeredAgencyIds.includes(report.agencyId);
}

/** Reports the user may review: as a supervisor of the agency, or as the admin above it. */
export function reviewableReportWhere(user: StaffUser): Prisma.ReportWhereInput {
  return { agencyId: { in: [...new Set([...agencyIdsWithRole(user, "SUPERVISOR"), ...user.administeredAgencyIds])] } };
}
