import "server-only";
import { verifyPassword } from "../auth/password-hash";
import { ACCOUNT_LIMIT, recordFailedCheck, releaseCheck, reserveCheck } from "../auth/login-throttle";
import { checkNewPassword } from "../auth/password-policy";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { writePassword } from "./write-password";

/** Wrong current passwords on the change form are limited like sign-ins (a stolen session must not guess it). */
const changeKey = (userId: string) => `password-change:${userId}`;

function minutesLeft(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
}

/**
 * A signed-in user replaces their password (forced after a password set by the 主管部门): the
 * current one is checked (throttled), the new one must follow the policy, the other sessions are
 * signed out; audited and logged.
 */
export async function changeOwnPassword(
  userId: string,
  input: { currentPassword: string; newPassword: string; keepSessionId?: string; clientAddress?: string | null },
): Promise<Result> {
  if (input.newPassword === input.currentPassword) return refuse("新密码不能与当前密码相同", "newPassword");
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return refuse("用户不存在");
  const logged = {
    actorId: userId,
    subjectUserId: userId,
    email: user.email,
    clientAddress: input.clientAddress ?? null,
  };

  const refused = await reserveCheck(changeKey(userId), ACCOUNT_LIMIT);
  if (refused)
    return refuse(
      `当前密码输错次数过多，请 ${refused.reason === "delay" ? "稍等片刻" : `${minutesLeft(refused.until)} 分钟后`}再试`,
      "currentPassword",
    );
  const account = await db.account.findFirst({
    where: { userId, providerId: "credential" },
    omit: { password: false },
  });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: input.currentPassword }))) {
    const failure = await recordFailedCheck(changeKey(userId), ACCOUNT_LIMIT);
    await recordSecurityEvent({ kind: "password.change_failed", ...logged, detail: { failures: failure.failures } });
    if (failure.lockedUntil)
      return refuse(
        `当前密码连续输错 ${ACCOUNT_LIMIT.max} 次，请 ${minutesLeft(failure.lockedUntil)} 分钟后再试`,
        "currentPassword",
      );
    return refuse("当前密码不正确", "currentPassword");
  }
  await releaseCheck(changeKey(userId), true);

  return db.$transaction(async (tx) => {
    const broken = await checkNewPassword(tx, { password: input.newPassword, email: user.email, userId });
    if (broken) return refuse(broken, "newPassword");
    await writePassword(tx, userId, input.newPassword);
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    const sessions = await tx.session.deleteMany({
      where: { userId, ...(input.keepSessionId ? { id: { not: input.keepSessionId } } : {}) },
    });
    await tx.auditEvent.create({
      data: {
        action: "user.password_changed",
        actorId: userId,
        detail: { userId, otherSessionsRevoked: sessions.count },
      },
    });
    await recordSecurityEvent(
      { kind: "password.changed", ...logged, detail: { otherSessionsRevoked: sessions.count } },
      tx,
    );
    return { ok: true as const };
  });
}
