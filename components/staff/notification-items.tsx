import { formatDateTime } from "@/lib/format-date";
import type { NotificationView } from "@/lib/server/notifications/list-notifications";
import { cn } from "@/components/ui/cn";
import { NotificationLink } from "./notification-link";

/** The notifications page's list: each one a link to its report (a return to the first commented cell). */
export function NotificationItems({
  items,
  openNotificationAction,
}: {
  items: NotificationView[];
  openNotificationAction: (data: FormData) => Promise<void>;
}) {
  if (items.length === 0) return <p className="px-4 py-6 text-sm text-slate-600">暂无通知。</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label="通知列表">
      {items.map((item) => (
        <li key={item.id}>
          <NotificationBody item={item} openNotificationAction={openNotificationAction} />
        </li>
      ))}
    </ul>
  );
}

/** One notification: unread mark, message (the link), time. Without a place, a button that marks it read. */
export function NotificationBody({
  item,
  openNotificationAction,
}: {
  item: NotificationView;
  openNotificationAction: (data: FormData) => Promise<void>;
}) {
  const body = (
    <>
      {!item.readAt && <span className="sr-only">未读：</span>}
      <span className={cn("block break-words", item.href && "text-blue-800 underline-offset-2 group-hover:underline")}>
        {item.message}
      </span>
      <span className="mt-0.5 block text-xs text-slate-600">{formatDateTime(item.createdAt)}</span>
    </>
  );
  const className = cn(
    "group relative block w-full px-4 py-2.5 pl-7 text-left text-sm hover:bg-slate-50",
    item.readAt ? "text-slate-600" : "font-medium text-slate-900",
  );
  const dot = !item.readAt && <span aria-hidden className="absolute left-3 top-4 size-2 rounded-full bg-brand" />;
  if (item.href) {
    return (
      <NotificationLink
        id={item.id}
        href={item.href}
        openNotificationAction={openNotificationAction}
        className={className}
      >
        {dot}
        {body}
      </NotificationLink>
    );
  }
  return (
    <form action={openNotificationAction}>
      <input type="hidden" name="id" value={item.id} />
      <button type="submit" className={className}>
        {dot}
        {body}
      </button>
    </form>
  );
}
