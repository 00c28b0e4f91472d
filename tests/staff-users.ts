import type { Role } from "@/lib/generated/prisma/client";
import type { StaffUser } from "@/lib/server/auth/current-user";
import { listAgencySubtree } from "@/lib/server/agencies/list-agency-subtree";
import { createTestUser } from "./factories";

/** A user with roles, as `getCurrentUser` would return it for a request (roles from the database). */
export async function createStaffUser(roles: { role: Role; agencyId: string }[]): Promise<StaffUser> {
  const user = await createTestUser(roles);
  const adminRoots = roles.filter((grant) => grant.role === "ADMIN").map((grant) => grant.agencyId);
  return {
    id: user.id,
    name: "测试用户",
    email: user.email,
    mustChangePassword: false,
    roles: roles.map((grant) => ({ ...grant, agencyName: "", agencyCode: "", agencyKind: "DEPARTMENT" })),
    administeredAgencyIds: adminRoots.length ? await listAgencySubtree(adminRoots) : [],
    auditedAgencyIds: [],
  };
}
