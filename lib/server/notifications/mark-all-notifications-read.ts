import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";

/** Marks every unread notification of the user read (nobody else's); returns how many. */
export async function markAllNotificationsRead(user: StaffUser): Promise<number> {
  const updated = await db.notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return updated.count;
}
