import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { findCommentedPlaces } from "./commented-places";
import { notificationLink } from "./notification-link";

export type ReadNotificationResult = { ok: true; href: string | null } | { ok: false; message: string };

/** Marks one of the user's own notifications read and says where it leads; another user's is not found. */
export async function readNotification(user: StaffUser, notificationId: string): Promise<ReadNotificationResult> {
  const notification = await db.notification.findFirst({
    where: { id: notificationId, userId: user.id },
    select: { id: true, kind: true, report: { select: { id: true, kind: true } } },
  });
  if (!notification) return { ok: false, message: "通知不存在" };
  await db.notification.updateMany({
    where: { id: notification.id, userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  const report = notification.report;
  const places = report && notification.kind === "report.return" ? await findCommentedPlaces([report.id]) : null;
  return { ok: true, href: notificationLink(notification.kind, report, report ? places?.get(report.id) : null) };
}
