"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { markAllNotificationsRead } from "@/lib/server/notifications/mark-all-notifications-read";
import { readNotification } from "@/lib/server/notifications/read-notification";
import { notificationIdSchema } from "./schemas";

// Plain form actions (they work without JavaScript): opening a notification marks it read and
// follows its link; a notification of someone else is simply not found.

export async function openNotificationAction(formData: FormData): Promise<void> {
  const parsed = notificationIdSchema.safeParse({ id: formData.get("id") });
  const user = await requireUser("/staff/notifications");
  if (!parsed.success) redirect("/staff/notifications");
  const result = await readNotification(user, parsed.data.id);
  revalidatePath("/staff", "layout");
  redirect(result.ok && result.href ? result.href : "/staff/notifications");
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const user = await requireUser("/staff/notifications");
  await markAllNotificationsRead(user);
  revalidatePath("/staff", "layout");
}
