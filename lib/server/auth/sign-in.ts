import "server-only";
import { isAPIError } from "better-auth/api";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { auth } from "./auth";
import { clientAddress } from "./client-address";
import {
  ACCOUNT_LIMIT,
  CLIENT_LIMIT,
  accountKey,
  clientKey,
  deleteExpiredThrottles,
  readLock,
  recordFailedCheck,
  releaseCheck,
  reserveCheck,
  type Refusal,
} from "./login-throttle";

export const MAX_FAILED_SIGN_INS = ACCOUNT_LIMIT.max;
export const LOCKOUT_MINUTES = ACCOUNT_LIMIT.lockMinutes;

export type SignInResult = { ok: true } | { ok: false; message: string };

const DEACTIVATED = "该账号已停用，请联系本级政府信息公开主管部门。";

function minutesLeft(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
}

function secondsLeft(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
}

export function accountLockedMessage(until: Date): string {
  return `密码连续输错 ${MAX_FAILED_SIGN_INS} 次，该账号已暂时锁定，请 ${minutesLeft(until)} 分钟后再试，或请本级主管部门解锁。`;
}

function refusalMessage(refusal: Refusal, scope: "account" | "client"): string {
  if (refusal.reason === "delay") return `登录失败次数较多，请 ${secondsLeft(refusal.until)} 秒后再试。`;
  if (refusal.reason === "busy") return `登录尝试过于频繁，请 ${minutesLeft(refusal.until)} 分钟后再试。`;
  if (scope === "client")
    return `本网络地址登录失败次数过多，已暂时限制登录，请 ${minutesLeft(refusal.until)} 分钟后再试。`;
  return accountLockedMessage(refusal.until);
}

/**
 * Signs a user in with e-mail and password, within the limits of login-throttle.ts: per account
 * (an attacker cycling addresses gains nothing) and per client address (one address cannot lock
 * out everyone). Each check is reserved before the password is verified.
 */
export async function signInWithPassword(email: string, password: string, headers: Headers): Promise<SignInResult> {
  const address = email.trim().toLowerCase();
  const client = clientAddress(headers);
  const keys = { account: accountKey(address), client: client ? clientKey(client) : null };
  await deleteExpiredThrottles();
  const logged = { email: address, clientAddress: client };

  if (keys.client) {
    const refused = await readLock(keys.client);
    if (refused) {
      await recordSecurityEvent({
        kind: "sign_in.refused",
        ...logged,
        detail: { reason: refused.reason, scope: "client" },
      });
      return { ok: false, message: refusalMessage(refused, "client") };
    }
  }
  const refused = await reserveCheck(keys.account, ACCOUNT_LIMIT);
  if (refused) {
    await recordSecurityEvent({
      kind: "sign_in.refused",
      ...logged,
      detail: { reason: refused.reason, scope: "account" },
    });
    return { ok: false, message: refusalMessage(refused, "account") };
  }

  let userId: string;
  try {
    // rememberMe must stay true: better-auth gives a "don't remember me" session a fixed 24 hours
    // and never extends it, which would ignore SESSION_SECONDS and the idle sign-out (auth.ts).
    const result = await auth().api.signInEmail({ body: { email: address, password, rememberMe: true }, headers });
    userId = result.user.id;
  } catch (error) {
    if (!isAPIError(error) || error.status !== "UNAUTHORIZED") {
      await releaseCheck(keys.account, false);
      throw error;
    }
    return recordFailure(address, keys, client);
  }

  await releaseCheck(keys.account, true);
  const user = await db.user.findUnique({ where: { id: userId }, select: { active: true } });
  if (!user?.active) {
    await db.session.deleteMany({ where: { userId } });
    await recordSecurityEvent({
      kind: "sign_in.refused",
      ...logged,
      subjectUserId: userId,
      detail: { reason: "deactivated" },
    });
    return { ok: false, message: DEACTIVATED };
  }
  await db.auditEvent.create({ data: { action: "user.signed_in", actorId: userId } });
  await recordSecurityEvent({ kind: "sign_in.succeeded", ...logged, actorId: userId, subjectUserId: userId });
  return { ok: true };
}

async function recordFailure(
  email: string,
  keys: { account: string; client: string | null },
  client: string | null,
): Promise<SignInResult> {
  const account = await recordFailedCheck(keys.account, ACCOUNT_LIMIT);
  const byClient = keys.client ? await recordFailedCheck(keys.client, CLIENT_LIMIT) : null;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const logged = { email, clientAddress: client, subjectUserId: user?.id ?? null };
  await recordSecurityEvent({ kind: "sign_in.failed", ...logged, detail: { failures: account.failures } });
  if (account.newlyLocked) {
    await recordSecurityEvent({
      kind: "account.locked",
      ...logged,
      detail: { until: account.lockedUntil!.toISOString() },
    });
  }
  if (byClient?.newlyLocked) {
    await recordSecurityEvent({
      kind: "client.locked",
      ...logged,
      detail: { until: byClient.lockedUntil!.toISOString() },
    });
  }
  if (account.lockedUntil) return { ok: false, message: accountLockedMessage(account.lockedUntil) };
  const left = MAX_FAILED_SIGN_INS - account.failures;
  return { ok: false, message: `邮箱或密码不正确（再输错 ${left} 次将暂时锁定）。` };
}
