import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/password-rules";

const id = z.string().min(1).max(64);
const role = z.enum(["CLERK", "SUPERVISOR", "ADMIN", "AUDITOR"], "请选择角色");
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`)
  .max(MAX_PASSWORD_LENGTH, `密码不超过 ${MAX_PASSWORD_LENGTH} 个字符`);

export const createPersonSchema = z.object({
  name: z.string().trim().min(1, "请填写姓名").max(50, "姓名不超过 50 个字"),
  email: z.email("请输入有效的邮箱地址").max(200, "邮箱地址过长"),
  password: passwordSchema,
  role,
  agencyIds: z.array(id).min(1, "请至少选择一个机构").max(500),
});
export type CreatePersonFields = z.infer<typeof createPersonSchema>;

export const resetPasswordSchema = z.object({ userId: id, password: passwordSchema });
export const personRefSchema = z.object({ userId: id });
export const roleGrantSchema = z.object({ userId: id, role, agencyId: id });
