import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("请输入有效的邮箱地址").max(200, "邮箱地址过长"),
  password: z.string().min(1, "请输入密码").max(200, "密码过长"),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths are followed after login (no open redirect). */
export function safeReturnPath(next: string | undefined | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/staff";
}
