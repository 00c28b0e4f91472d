import { z } from "zod";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(200, "密码过长"),
    newPassword: z.string().min(10, "新密码至少 10 个字符").max(128, "新密码不超过 128 个字符"),
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { message: "两次输入的新密码不一致", path: ["confirmPassword"] })
  .refine((value) => value.newPassword !== value.currentPassword, { message: "新密码不能与当前密码相同", path: ["newPassword"] });
export type ChangePasswordFields = z.infer<typeof changePasswordSchema>;
