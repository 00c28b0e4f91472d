import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";

export type RevokeResult = { ok: true; count: number } | { ok: false; message: string };

/**
 * Signs the user out of one of their other sessions, or of all of them (`sessionId` null); the
 * current one stays. Only the user's own sessions are found; logged.
 */
export async function revokeOwnSessions(
  user: StaffUser,
  input: { sessionId: string | null; currentSessionId: string | null },
): Promise<RevokeResult> {
  if (input.sessionId && input.sessionId === input.currentSessionId)
    return { ok: false, message: "这是当前使用的登录，请用“退出登录”" };
  const removed = await db.session.deleteMany({
    where: {
      userId: user.id,
      ...(input.sessionId ? { id: input.sessionId } : {}),
      ...(input.currentSessionId ? { NOT: { id: input.currentSessionId } } : {}),
    },
  });
  if (input.sessionId && !removed.count) return { ok: false, message: "该登录已经结束" };
  if (removed.count) {
    await recordSecurityEvent({
      kind: "session.revoked",
      actorId: user.id,
      subjectUserId: user.id,
      email: user.email,
      detail: { count: removed.count, by: "self" },
    });
  }
  return { ok: true, count: removed.count };
}
