import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";

/**
 * Why `userId` may not lose the ADMIN role of `governmentId` (by removal or deactivation), or null.
 * A government keeps at least one active admin of its own, unless the actor is someone else who
 * administers it from a government above; so the last admin of a government can never remove themselves.
 * Callers hold the `admins:<governmentId>` lock, so two admins cannot remove each other at once.
 */
export async function checkAdminRemains(
  tx: Prisma.TransactionClient,
  actor: StaffUser,
  governmentId: string,
  userId: string,
): Promise<string | null> {
  const others = await tx.roleAssignment.count({
    where: { role: "ADMIN", agencyId: governmentId, userId: { not: userId }, user: { active: true } },
  });
  if (others) return null;
  if (actor.id !== userId) {
    const [above] = await tx.$queryRaw<{ found: boolean }[]>`
      WITH RECURSIVE up AS (
        SELECT parent_id AS id FROM agency WHERE id = ${governmentId}
        UNION
        SELECT agency.parent_id FROM agency JOIN up ON agency.id = up.id
      )
      SELECT EXISTS (
        SELECT 1 FROM role_assignment WHERE user_id = ${actor.id} AND role = 'ADMIN' AND agency_id IN (SELECT id FROM up)
      ) AS found`;
    if (above?.found) return null;
  }
  const government = await tx.agency.findUnique({ where: { id: governmentId }, select: { name: true } });
  return `${government?.name ?? "该政府"}只剩这一位主管部门管理员，不能移除；请先为它指定另一位管理员`;
}

/** Serialises changes to the admins of these governments (in a fixed order: no deadlock). */
export async function lockGovernmentAdmins(tx: Prisma.TransactionClient, governmentIds: string[]): Promise<void> {
  for (const id of [...new Set(governmentIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`admins:${id}`}))`;
  }
}
