import type { Metadata } from "next";
import { NotificationItems } from "@/components/staff/notification-items";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/current-user";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markAllNotificationsReadAction, openNotificationAction } from "./actions";

export const metadata: Metadata = { title: "通知" };

export default async function NotificationsPage() {
  const user = await requireUser("/staff/notifications");
  const { unread, items } = await listNotifications(user, { take: 100 });
  return (
    <div className="space-y-4">
      <PageHeader
        title="通知"
        className="mb-0"
        description="每条通知都链接到它所说的报告：被退回的报告直接打开审核人批注的第一个单元格。"
        actions={
          unread > 0 && (
            <form action={markAllNotificationsReadAction}>
              <Button type="submit" variant="secondary" size="sm">
                全部标为已读（{unread}）
              </Button>
            </form>
          )
        }
      />
      <Card className="p-0 sm:p-0">
        <NotificationItems items={items} openNotificationAction={openNotificationAction} />
      </Card>
    </div>
  );
}
