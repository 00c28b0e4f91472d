import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, checkPasswordShape } from "@/lib/password-rules";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(200, "密码过长"),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `新密码至少 ${MIN_PASSWORD_LENGTH} 个字符`)
      .max(MAX_PASSWORD_LENGTH, `新密码不超过 ${MAX_PASSWORD_LENGTH} 个字符`),
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: "两次输入的新密码不一致",
    path: ["confirmPassword"],
  })
  .refine((value) => value.newPassword.length < MIN_PASSWORD_LENGTH || checkPasswordShape(value.newPassword) === null, {
    message: "新密码须包含大写字母、小写字母、数字、符号中的至少三类",
    path: ["newPassword"],
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    message: "新密码不能与当前密码相同",
    path: ["newPassword"],
  });
export type ChangePasswordFields = z.infer<typeof changePasswordSchema>;
