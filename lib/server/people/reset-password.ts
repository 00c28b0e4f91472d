import "server-only";
import type { StaffUser } from "../auth/current-user";
import { accountKey } from "../auth/login-throttle";
import { checkNewPassword } from "../auth/password-policy";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { findManageableUser } from "./find-manageable-user";
import { writePassword } from "./write-password";

/**
 * Sets a user's password (forgotten password, first login): the user must change it at the next
 * login, and is signed out everywhere now. The password itself is never logged.
 */
export async function resetPassword(admin: StaffUser, input: { userId: string; password: string }): Promise<Result> {
  if (input.userId === admin.id) return refuse("请在“修改密码”页面修改自己的密码");
  return db.$transaction(async (tx) => {
    const target = await findManageableUser(tx, admin, input.userId);
    if (!target) return refuse("用户不存在，或不在您管理的范围内");
    const broken = await checkNewPassword(tx, { password: input.password, email: target.email });
    if (broken) return refuse(broken, "password");
    await writePassword(tx, target.id, input.password);
    await tx.user.update({ where: { id: target.id }, data: { mustChangePassword: true } });
    const sessions = await tx.session.deleteMany({ where: { userId: target.id } });
    await tx.loginThrottle.deleteMany({ where: { key: accountKey(target.email) } });
    await tx.auditEvent.create({
      data: {
        action: "user.password_reset",
        actorId: admin.id,
        detail: { userId: target.id, email: target.email, sessionsRevoked: sessions.count },
      },
    });
    await recordSecurityEvent(
      {
        kind: "password.reset",
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
