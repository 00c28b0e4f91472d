import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { findManageableUser } from "./find-manageable-user";
import { checkAdminRemains, lockGovernmentAdmins } from "./keep-an-admin";

/** Deactivates an account and signs it out everywhere (its sessions are deleted); audited. */
export async function deactivatePerson(admin: StaffUser, input: { userId: string }): Promise<Result> {
  if (input.userId === admin.id) return refuse("不能停用自己的账号");
  return db.$transaction(async (tx) => {
    const target = await findManageableUser(tx, admin, input.userId);
    if (!target) return refuse("用户不存在，或不在您管理的范围内");
    if (!target.active) return { ok: true as const };
    const governments = target.roles.filter((grant) => grant.role === "ADMIN").map((grant) => grant.agencyId);
    await lockGovernmentAdmins(tx, governments);
    for (const governmentId of governments) {
      const refused = await checkAdminRemains(tx, admin, governmentId, target.id);
      if (refused) return refuse(refused);
    }
    await tx.user.update({ where: { id: target.id }, data: { active: false } });
    const sessions = await tx.session.deleteMany({ where: { userId: target.id } });
    await tx.auditEvent.create({
      data: {
        action: "user.deactivated",
        actorId: admin.id,
        detail: { userId: target.id, email: target.email, sessionsRevoked: sessions.count },
      },
    });
    await recordSecurityEvent(
      {
        kind: "user.deactivated",
        actorId: admin.id,
        subjectUserId: target.id,
        email: target.email,
        detail: { sessionsRevoked: sessions.count },
      },
      tx,
    );
    return { ok: true as const };
  });
}
