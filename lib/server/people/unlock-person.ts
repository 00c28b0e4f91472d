import "server-only";
import type { StaffUser } from "../auth/current-user";
import { accountKey, clearThrottle } from "../auth/login-throttle";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import { refuse, type Result } from "@/lib/action-result";
import { findManageableUser } from "./find-manageable-user";

/** Lifts the sign-in lock of an account before it runs out (the person called the 主管部门); logged. */
export async function unlockPerson(admin: StaffUser, input: { userId: string }): Promise<Result> {
  const target = await db.$transaction((tx) => findManageableUser(tx, admin, input.userId));
  if (!target) return refuse("用户不存在，或不在您管理的范围内");
  const wasLocked = await clearThrottle(accountKey(target.email));
  if (!wasLocked) return refuse("该账号当前没有被锁定");
  await recordSecurityEvent({
    kind: "account.unlocked",
    actorId: admin.id,
    subjectUserId: target.id,
    email: target.email,
  });
  return { ok: true };
}
