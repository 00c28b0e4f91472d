"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/components/review/action-message";
import { createAgency } from "@/lib/server/agencies/create-agency";
import { deactivateAgency } from "@/lib/server/agencies/deactivate-agency";
import { moveAgency } from "@/lib/server/agencies/move-agency";
import { reactivateAgency } from "@/lib/server/agencies/reactivate-agency";
import { renameAgency } from "@/lib/server/agencies/rename-agency";
import { setAgencyDates } from "@/lib/server/agencies/set-agency-dates";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { revalidatePublishedReport } from "@/lib/server/public/revalidate-published-report";
import { suggestNewAgencyCode } from "@/lib/server/agencies/suggest-new-agency-code";
import { answer, formObject, refuseInput } from "../answer";
import {
  agencyDatesSchema,
  agencyRefSchema,
  createAgencySchema,
  moveAgencySchema,
  renameAgencySchema,
  suggestCodeSchema,
  type CreateAgencyFields,
} from "@/lib/requests/agencies";

const PATH = "/staff/admin/agencies";

export async function createAgencyAction(input: CreateAgencyFields): Promise<ActionResult & { field?: string }> {
  const parsed = createAgencySchema.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error);
  const user = await requireAdmin(PATH);
  const { level, code, ...rest } = parsed.data;
  const result = await createAgency(user, { ...rest, code: code || undefined, level: level || null });
  if (!result.ok) return { ok: false, message: result.message, field: result.field };
  revalidatePath(PATH);
  return { ok: true, message: `已创建“${parsed.data.name}”，代码 ${result.code}` };
}

export async function suggestCodeAction(input: { name: string }): Promise<{ code: string } | null> {
  const parsed = suggestCodeSchema.safeParse(input);
  if (!parsed.success) return null;
  await requireAdmin(PATH);
  return { code: await suggestNewAgencyCode(parsed.data.name) };
}

export async function renameAgencyAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = renameAgencySchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await renameAgency(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  if (result.ok) revalidatePublishedReport(0, "agency-renamed");
  return answer(result, "已改名");
}

export async function moveAgencyAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = moveAgencySchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await moveAgency(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已调整隶属关系");
}

export async function deactivateAgencyAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = agencyRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await deactivateAgency(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已停用");
}

export async function reactivateAgencyAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = agencyRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await reactivateAgency(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已启用");
}

export async function setAgencyDatesAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = agencyDatesSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await setAgencyDates(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  if (result.ok) revalidatePublishedReport(0, "agency-dates");
  return answer(result, "已保存成立和撤销日期");
}
