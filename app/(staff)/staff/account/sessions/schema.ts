import { z } from "zod";

export const sessionRefSchema = z.object({ sessionId: z.string().min(1, "缺少要退出的登录").max(128) });
