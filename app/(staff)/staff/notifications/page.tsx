import type { Metadata } from "next";
import { NotificationItems } from "@/components/staff/notification-items";
import { requireUser } from "@/lib/server/auth/current-user";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markAllNotificationsReadAction, openNotificationAction } from "./actions";

export const metadata: Metadata = { title: "通知" };

export default async function NotificationsPage() {
  const user = await requireUser("/staff/notifications");
  const { unread, items } = await listNotifications(user, { take: 100 });
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">通知</h1>
        {unread > 0 && (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
              全部标为已读（{unread}）
            </button>
          </form>
        )}
      </div>
      <div className="rounded border border-slate-200 bg-white">
        <NotificationItems items={items} openNotificationAction={openNotificationAction} />
      </div>
    </div>
  );
}
