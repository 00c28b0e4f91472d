import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";

/**
 * A user the admin may manage: someone with a role in the admin's tree and none outside it (an
 * admin of a 县 must not reset the password of someone who also works for the 市). Null otherwise.
 */
export async function findManageableUser(tx: Prisma.TransactionClient, admin: StaffUser, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    include: { roles: { include: { agency: { select: { name: true, kind: true } } } } },
  });
  if (!user || !user.roles.length) return null;
  return user.roles.every((grant) => admin.administeredAgencyIds.includes(grant.agencyId)) ? user : null;
}
