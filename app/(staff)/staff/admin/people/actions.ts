"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/components/review/action-message";
import { createPerson } from "@/lib/server/people/create-person";
import { deactivatePerson } from "@/lib/server/people/deactivate-person";
import { grantRole } from "@/lib/server/people/grant-role";
import { reactivatePerson } from "@/lib/server/people/reactivate-person";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { resetPassword } from "@/lib/server/people/reset-password";
import { revokeRole } from "@/lib/server/people/revoke-role";
import { unlockPerson } from "@/lib/server/people/unlock-person";
import { forceSignOut } from "@/lib/server/people/force-sign-out";
import { answer, formObject, refuseInput } from "../answer";
import {
  createPersonSchema,
  personRefSchema,
  resetPasswordSchema,
  roleGrantSchema,
  type CreatePersonFields,
} from "@/lib/requests/people";

const PATH = "/staff/admin/people";

export async function createPersonAction(input: CreatePersonFields): Promise<ActionResult & { field?: string }> {
  const parsed = createPersonSchema.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error);
  const { agencyIds, role, ...person } = parsed.data;
  const result = await createPerson(await requireAdmin(PATH), {
    ...person,
    roles: agencyIds.map((agencyId) => ({ role, agencyId })),
  });
  if (!result.ok) return { ok: false, message: result.message, field: result.field };
  revalidatePath(PATH);
  return { ok: true, message: `已创建 ${person.name} 的账号；首次登录时须修改初始密码` };
}

export async function resetPasswordAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = resetPasswordSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await resetPassword(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "密码已重置；该用户已被登出，下次登录时须修改密码");
}

export async function deactivatePersonAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = personRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await deactivatePerson(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "账号已停用，已登出所有设备");
}

export async function reactivatePersonAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = personRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await reactivatePerson(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "账号已启用");
}

export async function grantRoleAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = roleGrantSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await grantRole(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已添加角色，该用户下一次操作时生效");
}

export async function revokeRoleAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = roleGrantSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await revokeRole(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已移除角色，该用户下一次操作时生效");
}

export async function unlockPersonAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = personRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await unlockPerson(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已解除登录锁定");
}

export async function forceSignOutAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = personRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await forceSignOut(await requireAdmin(PATH), parsed.data);
  return result.ok
    ? { ok: true, message: result.count ? `已强制退出 ${result.count} 处登录` : "该用户当前没有登录" }
    : { ok: false, message: result.message };
}
