import { formatDateTime } from "@/lib/format-date";
import type { NotificationView } from "@/lib/server/notifications/list-notifications";

/** Notifications as buttons: opening one marks it read and follows its link (a form, so it works without JavaScript). */
export function NotificationItems({
  items,
  openNotificationAction,
}: {
  items: NotificationView[];
  openNotificationAction: (data: FormData) => Promise<void>;
}) {
  if (items.length === 0) return <p className="px-3 py-4 text-sm text-slate-600">暂无通知。</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="通知列表">
      {items.map((item) => (
        <li key={item.id}>
          <form action={openNotificationAction}>
            <input type="hidden" name="id" value={item.id} />
            <button
              type="submit"
              className={`block w-full px-3 py-2 text-left text-sm hover:bg-slate-50 ${item.readAt ? "text-slate-500" : "text-slate-900"}`}
            >
              {!item.readAt && (
                <span className="mr-1 text-blue-700" aria-label="未读">
                  ●
                </span>
              )}
              {item.message}
              <span className="mt-0.5 block text-xs text-slate-500">{formatDateTime(item.createdAt)}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
