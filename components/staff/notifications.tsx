"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { startTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { formatDateTime } from "@/lib/format-date";
import type { NotificationView } from "@/lib/server/notifications/list-notifications";

type Props = {
  unread: number;
  items: NotificationView[];
  openNotificationAction: (data: FormData) => Promise<void>;
  markAllNotificationsReadAction: () => Promise<void>;
};

/** The staff header's notifications: unread count, the latest few as links to their place, mark all read, all of them. */
export function Notifications({ unread, items, openNotificationAction, markAllNotificationsReadAction }: Props) {
  const open = (item: NotificationView) => {
    const data = new FormData();
    data.set("id", item.id);
    startTransition(() => openNotificationAction(data));
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={`通知：${unread} 条未读`}>
          <Bell aria-hidden />
          <span className="hidden sm:inline">通知</span>
          {unread > 0 && (
            <span className="rounded-full bg-brand px-1.5 text-xs font-medium leading-5 text-white tabular-nums">
              {unread}
            </span>
          )}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-96">
        <DropdownMenuLabel className="text-sm font-medium text-slate-900">
          {unread > 0 ? `${unread} 条未读` : "没有未读通知"}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {items.length === 0 && <p className="px-3 py-3 text-sm text-slate-600">暂无通知。</p>}
        {items.map((item) => (
          <DropdownMenuItem key={item.id} asChild>
            <a
              href={item.href ?? "/staff/notifications"}
              className="block"
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                open(item);
              }}
            >
              <span className="flex items-start gap-2">
                <span
                  aria-hidden
                  className={`mt-2 size-2 shrink-0 rounded-full ${item.readAt ? "bg-transparent" : "bg-brand"}`}
                />
                <span className="min-w-0">
                  {!item.readAt && <span className="sr-only">未读：</span>}
                  <span className={`block break-words ${item.readAt ? "text-slate-600" : "font-medium"}`}>
                    {item.message}
                  </span>
                  <span className="block text-xs text-slate-600">{formatDateTime(item.createdAt)}</span>
                </span>
              </span>
            </a>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        {unread > 0 && (
          <DropdownMenuItem
            onSelect={() =>
              startTransition(async () => {
                await markAllNotificationsReadAction();
                toast.success(`已将 ${unread} 条通知标为已读`);
              })
            }
          >
            全部标为已读
          </DropdownMenuItem>
        )}
        <DropdownMenuItem asChild>
          <Link href="/staff/notifications" className="justify-center text-blue-700 underline">
            查看全部通知
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
