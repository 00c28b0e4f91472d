import Link from "next/link";
import type { NotificationView } from "@/lib/server/notifications/list-notifications";
import { NotificationItems } from "./notification-items";

type Props = {
  unread: number;
  items: NotificationView[];
  openNotificationAction: (data: FormData) => Promise<void>;
  markAllNotificationsReadAction: () => Promise<void>;
};

/** The staff header's notifications: unread count, the latest few, mark all read, and a link to all. */
export function Notifications({ unread, items, openNotificationAction, markAllNotificationsReadAction }: Props) {
  return (
    <details className="relative">
      <summary
        className="cursor-pointer list-none rounded border border-slate-300 px-3 py-1 hover:bg-slate-100"
        aria-label={`通知：${unread} 条未读`}
      >
        通知
        {unread > 0 && (
          <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs font-medium text-white tabular">{unread}</span>
        )}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-96 max-w-[90vw] rounded border border-slate-200 bg-white shadow-lg">
        <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2 text-sm">
          <span className="font-medium">{unread > 0 ? `${unread} 条未读` : "没有未读通知"}</span>
          {unread > 0 && (
            <form action={markAllNotificationsReadAction}>
              <button type="submit" className="text-blue-700 underline">
                全部标为已读
              </button>
            </form>
          )}
        </div>
        <NotificationItems items={items} openNotificationAction={openNotificationAction} />
        <Link
          href="/staff/notifications"
          className="block border-t border-slate-200 px-3 py-2 text-center text-sm text-blue-700 underline"
        >
          查看全部通知
        </Link>
      </div>
    </details>
  );
}
