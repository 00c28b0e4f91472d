"use server";

import { revalidatePath } from "next/cache";
import { formAction, serverAction } from "@/lib/server/actions/server-action";
import { createPerson } from "@/lib/server/people/create-person";
import { deactivatePerson } from "@/lib/server/people/deactivate-person";
import { forceSignOut } from "@/lib/server/people/force-sign-out";
import { grantRole } from "@/lib/server/people/grant-role";
import { reactivatePerson } from "@/lib/server/people/reactivate-person";
import { resetPassword } from "@/lib/server/people/reset-password";
import { revokeRole } from "@/lib/server/people/revoke-role";
import { unlockPerson } from "@/lib/server/people/unlock-person";
import { answer } from "@/lib/action-result";
import { createPersonSchema, personRefSchema, resetPasswordSchema, roleGrantSchema } from "@/lib/requests/people";

const PATH = "/staff/admin/people";
const ADMIN = { access: "admin", path: PATH } as const;

export const createPersonAction = serverAction({ ...ADMIN, schema: createPersonSchema }, async (user, input) => {
  const { agencyIds, role, ...person } = input;
  const result = await createPerson(user, { ...person, roles: agencyIds.map((agencyId) => ({ role, agencyId })) });
  if (!result.ok) return result;
  revalidatePath(PATH);
  return { ok: true, message: `已创建 ${person.name} 的账号；首次登录时须修改初始密码` };
});

export const resetPasswordAction = formAction({ ...ADMIN, schema: resetPasswordSchema }, async (user, input) => {
  const result = await resetPassword(user, input);
  revalidatePath(PATH);
  return answer(result, "密码已重置；该用户已被登出，下次登录时须修改密码");
});

export const deactivatePersonAction = formAction({ ...ADMIN, schema: personRefSchema }, async (user, input) => {
  const result = await deactivatePerson(user, input);
  revalidatePath(PATH);
  return answer(result, "账号已停用，已登出所有设备");
});

export const reactivatePersonAction = formAction({ ...ADMIN, schema: personRefSchema }, async (user, input) => {
  const result = await reactivatePerson(user, input);
  revalidatePath(PATH);
  return answer(result, "账号已启用");
});

export const grantRoleAction = formAction({ ...ADMIN, schema: roleGrantSchema }, async (user, input) => {
  const result = await grantRole(user, input);
  revalidatePath(PATH);
  return answer(result, "已添加角色，该用户下一次操作时生效");
});

export const revokeRoleAction = formAction({ ...ADMIN, schema: roleGrantSchema }, async (user, input) => {
  const result = await revokeRole(user, input);
  revalidatePath(PATH);
  return answer(result, "已移除角色，该用户下一次操作时生效");
});

export const unlockPersonAction = formAction({ ...ADMIN, schema: personRefSchema }, async (user, input) => {
  const result = await unlockPerson(user, input);
  revalidatePath(PATH);
  return answer(result, "已解除登录锁定");
});

export const forceSignOutAction = formAction({ ...ADMIN, schema: personRefSchema }, async (user, input) => {
  const result = await forceSignOut(user, input);
  if (!result.ok) return result;
  return { ok: true, message: result.count ? `已强制退出 ${result.count} 处登录` : "该用户当前没有登录" };
});
