import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { AgencyKind, Role } from "@/lib/generated/prisma/client";
import { listAgencySubtree } from "../agencies/list-agency-subtree";
import { db } from "../db";
import { auth } from "./auth";

export type RoleGrant = { role: Role; agencyId: string; agencyName: string; agencyCode: string; agencyKind: AgencyKind };
export type StaffUser = {
  id: string;
  name: string;
  email: string;
  mustChangePassword: boolean;
  roles: RoleGrant[];
  /** Agencies under the user's ADMIN grants: each granted government and everything below it. */
  administeredAgencyIds: string[];
};

/** Where a user whose password was set by the 主管部门 must choose their own before anything else. */
export const PASSWORD_CHANGE_PATH = "/staff/account/password";

/**
 * The signed-in user with roles read fresh from the database on every request, so a role taken
 * away or an account deactivated takes effect on the next request.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return null;
  return loadStaffUser(session.user.id);
});

/** A user as a request sees them: active, with roles and administered agencies as stored now. */
export async function loadStaffUser(userId: string): Promise<StaffUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { roles: { include: { agency: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user?.active) return null;
  const adminRoots = user.roles.filter((grant) => grant.role === "ADMIN").map((grant) => grant.agencyId);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    mustChangePassword: user.mustChangePassword,
    roles: user.roles.map((grant) => ({
      role: grant.role,
      agencyId: grant.agencyId,
      agencyName: grant.agency.name,
      agencyCode: grant.agency.code,
      agencyKind: grant.agency.kind,
    })),
    administeredAgencyIds: adminRoots.length ? await listAgencySubtree(adminRoots) : [],
  };
}

/** For staff pages and actions: the user, or a redirect to the login page. */
export async function requireUser(returnTo?: string): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : "/login");
  // Pages pass their path: every page but the password page sends such a user there first.
  if (user.mustChangePassword && returnTo && returnTo !== PASSWORD_CHANGE_PATH) redirect(PASSWORD_CHANGE_PATH);
  return user;
}
