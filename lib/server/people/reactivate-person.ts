import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { findManageableUser } from "./find-manageable-user";

/** Lets a deactivated account sign in again; audited. */
export async function reactivatePerson(admin: StaffUser, input: { userId: string }): Promise<Result> {
  return db.$transaction(async (tx) => {
    const target = await findManageableUser(tx, admin, input.userId);
    if (!target) return refuse("用户不存在，或不在您管理的范围内");
    if (target.active) return { ok: true as const };
    await tx.user.update({ where: { id: target.id }, data: { active: true } });
    await tx.auditEvent.create({
      data: { action: "user.reactivated", actorId: admin.id, detail: { userId: target.id, email: target.email } },
    });
    await recordSecurityEvent(
      { kind: "user.reactivated", actorId: admin.id, subjectUserId: target.id, email: target.email },
      tx,
    );
    return { ok: true as const };
  });
}
