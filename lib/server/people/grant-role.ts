import "server-only";
import type { Role } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { checkRoleTargets } from "./check-role-targets";
import { findManageableUser } from "./find-manageable-user";

/** Gives a user a role on an agency of the admin's tree; effective on the user's next request; audited. */
export async function grantRole(
  admin: StaffUser,
  input: { userId: string; role: Role; agencyId: string },
): Promise<Result> {
  return db.$transaction(async (tx) => {
    const target = await findManageableUser(tx, admin, input.userId);
    if (!target) return refuse("用户不存在，或不在您管理的范围内");
    const wrong = await checkRoleTargets(tx, admin, [{ role: input.role, agencyId: input.agencyId }]);
    if (wrong) return refuse(wrong, "agencyId");
    const created = await tx.roleAssignment.createMany({
      data: [{ userId: target.id, role: input.role, agencyId: input.agencyId }],
      skipDuplicates: true,
    });
    if (created.count) {
      await tx.auditEvent.create({
        data: {
          action: "role.granted",
          actorId: admin.id,
          agencyId: input.agencyId,
          detail: { userId: target.id, role: input.role },
        },
      });
      await recordSecurityEvent(
        {
          kind: "role.granted",
          actorId: admin.id,
          subjectUserId: target.id,
          email: target.email,
          detail: { role: input.role, agencyId: input.agencyId },
        },
        tx,
      );
    }
    return { ok: true as const };
  });
}
