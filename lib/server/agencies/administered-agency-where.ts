import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";

// Every admin function finds its target agency through this: an agency outside the user's
// administered governments (or an id the browser made up) is simply not found.

export function administeredAgencyWhere(user: StaffUser): Prisma.AgencyWhereInput {
  return { id: { in: user.administeredAgencyIds } };
}

export function administersAgency(user: StaffUser, agencyId: string): boolean {
  return user.administeredAgencyIds.includes(agencyId);
}

/** The governments the user holds the ADMIN role of (the roots of their tree). */
export function listAdminRoots(user: StaffUser): string[] {
  return user.roles.filter((grant) => grant.role === "ADMIN").map((grant) => grant.agencyId);
}
