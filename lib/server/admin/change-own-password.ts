import "server-only";
import { verifyPassword } from "better-auth/crypto";
import { db } from "../db";
import { refuse, type AdminResult } from "./admin-result";
import { MIN_PASSWORD_LENGTH, writePassword } from "./write-password";

/**
 * A signed-in user replaces their password (forced after a password set by the 主管部门): the
 * current one is checked, the new one must differ, the other sessions are signed out; audited.
 */
export async function changeOwnPassword(
  userId: string,
  input: { currentPassword: string; newPassword: string; keepSessionId?: string },
): Promise<AdminResult> {
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) return refuse(`新密码至少 ${MIN_PASSWORD_LENGTH} 个字符`, "newPassword");
  if (input.newPassword === input.currentPassword) return refuse("新密码不能与当前密码相同", "newPassword");
  const account = await db.account.findFirst({ where: { userId, providerId: "credential" }, omit: { password: false } });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: input.currentPassword }))) {
    return refuse("当前密码不正确", "currentPassword");
  }
  return db.$transaction(async (tx) => {
    await writePassword(tx, userId, input.newPassword);
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    const sessions = await tx.session.deleteMany({ where: { userId, ...(input.keepSessionId ? { id: { not: input.keepSessionId } } : {}) } });
    await tx.auditEvent.create({ data: { action: "user.password_changed", actorId: userId, detail: { userId, otherSessionsRevoked: sessions.count } } });
    return { ok: true as const };
  });
}
