import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { findCommentedPlaces } from "./commented-places";
import { notificationLink } from "./notification-link";

export type NotificationView = {
  id: string;
  kind: string;
  message: string;
  createdAt: Date;
  readAt: Date | null;
  href: string | null;
};
export type NotificationList = { unread: number; items: NotificationView[] };

/** The user's own notifications, newest first (unread or not), and how many are unread. */
export async function listNotifications(
  user: StaffUser,
  options: { take?: number; unreadOnly?: boolean } = {},
): Promise<NotificationList> {
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { userId: user.id, readAt: null } }),
    db.notification.findMany({
      where: { userId: user.id, ...(options.unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.take ?? 20,
      select: {
        id: true,
        kind: true,
        message: true,
        createdAt: true,
        readAt: true,
        report: { select: { id: true, kind: true } },
      },
    }),
  ]);
  const places = await findCommentedPlaces(
    rows.filter((row) => row.kind === "report.return" && row.report).map((row) => row.report!.id),
  );
  return {
    unread,
    items: rows.map(({ report, ...row }) => ({
      ...row,
      href: notificationLink(row.kind, report, report ? places.get(report.id) : null),
    })),
  };
}
