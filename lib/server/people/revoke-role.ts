import "server-only";
import type { Role } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { findManageableUser } from "./find-manageable-user";
import { checkAdminRemains, lockGovernmentAdmins } from "./keep-an-admin";

/**
 * Takes a role away; the user's next request no longer has it (roles are read on every request).
 * A user keeps at least one role (deactivate the account instead), and a government its last admin.
 */
export async function revokeRole(
  admin: StaffUser,
  input: { userId: string; role: Role; agencyId: string },
): Promise<Result> {
  return db.$transaction(async (tx) => {
    const target = await findManageableUser(tx, admin, input.userId);
    if (!target) return refuse("用户不存在，或不在您管理的范围内");
    const grant = target.roles.find((role) => role.role === input.role && role.agencyId === input.agencyId);
    if (!grant) return { ok: true as const };
    if (input.role === "ADMIN") {
      await lockGovernmentAdmins(tx, [input.agencyId]);
      const refused = await checkAdminRemains(tx, admin, input.agencyId, target.id);
      if (refused) return refuse(refused);
    }
    if (target.roles.length === 1) return refuse("这是该用户唯一的角色；如不再使用该账号，请停用账号");
    await tx.roleAssignment.delete({ where: { id: grant.id } });
    await tx.auditEvent.create({
      data: {
        action: "role.revoked",
        actorId: admin.id,
        agencyId: input.agencyId,
        detail: { userId: target.id, role: input.role },
      },
    });
    await recordSecurityEvent(
      {
        kind: "role.revoked",
        actorId: admin.id,
        subjectUserId: target.id,
        email: target.email,
        detail: { role: input.role, agencyId: input.agencyId },
      },
      tx,
    );
    return { ok: true as const };
  });
}
