import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";

export type OwnSession = {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
};

/** The user's sessions that have not expired, the current one first. */
export async function listOwnSessions(user: StaffUser, currentSessionId: string | null): Promise<OwnSession[]> {
  const sessions = await db.session.findMany({
    where: { userId: user.id, expiresAt: { gt: new Date() } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true },
  });
  return sessions
    .map(({ updatedAt, ...session }) => ({
      ...session,
      lastActiveAt: updatedAt,
      current: session.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
