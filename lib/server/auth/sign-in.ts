import "server-only";
import { isAPIError } from "better-auth/api";
import { db } from "../db";
import { auth } from "./auth";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type SignInResult = { ok: true } | { ok: false; message: string };

function minutesLeft(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
}

/**
 * Signs a user in with e-mail and password. After MAX_FAILED_SIGN_INS wrong passwords in a row
 * the address is locked for LOCKOUT_MINUTES, whoever tries (a per-account limit: an attacker
 * cycling IP addresses gains nothing).
 */
export async function signInWithPassword(email: string, password: string, headers: Headers): Promise<SignInResult> {
  const address = email.trim().toLowerCase();
  const throttle = await db.loginThrottle.findUnique({ where: { email: address } });
  if (throttle?.lockedUntil && throttle.lockedUntil > new Date()) {
    return { ok: false, message: `密码连续输错 ${MAX_FAILED_SIGN_INS} 次，该账号已暂时锁定，请 ${minutesLeft(throttle.lockedUntil)} 分钟后再试。` };
  }

  let userId: string;
  try {
    // rememberMe must stay true: better-auth gives a "don't remember me" session a fixed 24 hours
    // and never extends it, which would ignore SESSION_SECONDS and the idle sign-out (auth.ts).
    const result = await auth().api.signInEmail({ body: { email: address, password, rememberMe: true }, headers });
    userId = result.user.id;
  } catch (error) {
    if (!isAPIError(error) || error.status !== "UNAUTHORIZED") throw error;
    return recordFailure(address);
  }

  const user = await db.user.findUnique({ where: { id: userId }, select: { active: true } });
  if (!user?.active) {
    await db.session.deleteMany({ where: { userId } });
    return { ok: false, message: "该账号已停用，请联系本级政府信息公开主管部门。" };
  }
  await db.loginThrottle.deleteMany({ where: { email: address } });
  await db.auditEvent.create({ data: { action: "user.signed_in", actorId: userId } });
  return { ok: true };
}

async function recordFailure(email: string): Promise<SignInResult> {
  // One atomic statement: concurrent wrong guesses are all counted.
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO login_throttle (email, failures, last_failure) VALUES (${email}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN login_throttle.locked_until IS NOT NULL THEN 1 ELSE login_throttle.failures + 1 END,
      locked_until = NULL,
      last_failure = now()
    RETURNING failures`;
  const failures = row?.failures ?? 1;
  if (failures >= MAX_FAILED_SIGN_INS) {
    const lockedUntil = new Date(Date.now() + LOCKOUT_MINUTES * 60_000);
    await db.loginThrottle.update({ where: { email }, data: { lockedUntil } });
    return { ok: false, message: `密码连续输错 ${MAX_FAILED_SIGN_INS} 次，该账号已暂时锁定，请 ${LOCKOUT_MINUTES} 分钟后再试。` };
  }
  return { ok: false, message: `邮箱或密码不正确（再输错 ${MAX_FAILED_SIGN_INS - failures} 次将暂时锁定）。` };
}
