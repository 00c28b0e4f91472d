import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { findManageableUser } from "./find-manageable-user";

/** Ends every session of a person of the admin's tree (a lost laptop, a suspicion); logged. */
export async function forceSignOut(admin: StaffUser, input: { userId: string }): Promise<Result<{ count: number }>> {
  if (input.userId === admin.id) return refuse("请在“我的登录”页面退出自己的其他登录");
  return db.$transaction(async (tx) => {
    const target = await findManageableUser(tx, admin, input.userId);
    if (!target) return refuse("用户不存在，或不在您管理的范围内");
    const removed = await tx.session.deleteMany({ where: { userId: target.id } });
    await recordSecurityEvent(
      {
        kind: "session.revoked",
        actorId: admin.id,
        subjectUserId: target.id,
        email: target.email,
        detail: { count: removed.count, by: "admin" },
      },
      tx,
    );
    return { ok: true as const, count: removed.count };
  });
}
