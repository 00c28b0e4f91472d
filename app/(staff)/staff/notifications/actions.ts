"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/server/actions/server-action";
import { markAllNotificationsRead } from "@/lib/server/notifications/mark-all-notifications-read";
import { readNotification } from "@/lib/server/notifications/read-notification";
import { notificationIdSchema } from "./schemas";

// Plain form actions (they work without JavaScript): opening a notification marks it read and
// follows its link; a notification of someone else is simply not found.

const PATH = "/staff/notifications";
const backToList = () => redirect(PATH);

const openNotification = serverAction(
  { access: "staff", path: PATH, schema: notificationIdSchema, invalid: backToList },
  async (user, input) => {
    const result = await readNotification(user, input.id);
    revalidatePath("/staff", "layout");
    redirect(result.ok && result.href ? result.href : PATH);
  },
);

const markAllRead = serverAction(
  { access: "staff", path: PATH, schema: z.undefined(), invalid: backToList },
  async (user) => {
    await markAllNotificationsRead(user);
    revalidatePath("/staff", "layout");
  },
);

export async function openNotificationAction(formData: FormData): Promise<void> {
  await openNotification({ id: formData.get("id") as string });
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await markAllRead(undefined);
}
