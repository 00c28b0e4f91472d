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

/** Agencies whose staff pages the user may open: own agency (clerk), supervised ones, everything under an administered government. */
export function readableAgencyWhere(user: StaffUser): Prisma.AgencyWhereInput {
  const ids = new Set([...user.roles.map((grant) => grant.agencyId), ...user.administeredAgencyIds]);
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

/** Reports the user may review: as a supervisor of the agency, or as the admin above it. */
export function reviewableReportWhere(user: StaffUser): Prisma.ReportWhereInput {
  return { agencyId: { in: [...new Set([...agencyIdsWithRole(user, "SUPERVISOR"), ...user.administeredAgencyIds])] } };
}
