import { z } from "zod";

export const notificationIdSchema = z.object({
  id: z.string({ error: "通知不存在" }).min(1, "通知不存在").max(100, "通知不存在"),
});
