"use server";

import { revalidatePath } from "next/cache";
import { createAgency } from "@/lib/server/agencies/create-agency";
import { deactivateAgency } from "@/lib/server/agencies/deactivate-agency";
import { moveAgency } from "@/lib/server/agencies/move-agency";
import { reactivateAgency } from "@/lib/server/agencies/reactivate-agency";
import { renameAgency } from "@/lib/server/agencies/rename-agency";
import { setAgencyDates } from "@/lib/server/agencies/set-agency-dates";
import { suggestNewAgencyCode } from "@/lib/server/agencies/suggest-new-agency-code";
import { formAction, serverAction } from "@/lib/server/actions/server-action";
import { revalidatePublishedReport } from "@/lib/server/public/revalidate-published-report";
import { answer } from "@/lib/action-result";
import {
  agencyDatesSchema,
  agencyRefSchema,
  createAgencySchema,
  moveAgencySchema,
  renameAgencySchema,
  suggestCodeSchema,
} from "@/lib/requests/agencies";

const PATH = "/staff/admin/agencies";
const ADMIN = { access: "admin", path: PATH } as const;

export const createAgencyAction = serverAction({ ...ADMIN, schema: createAgencySchema }, async (user, input) => {
  const { level, code, ...rest } = input;
  const result = await createAgency(user, { ...rest, code: code || undefined, level: level || null });
  if (!result.ok) return result;
  revalidatePath(PATH);
  return { ok: true, message: `已创建“${input.name}”，代码 ${result.code}` };
});

export const suggestCodeAction = serverAction(
  { ...ADMIN, schema: suggestCodeSchema, invalid: () => null },
  async (_user, input): Promise<{ code: string } | null> => ({ code: await suggestNewAgencyCode(input.name) }),
);

export const renameAgencyAction = formAction({ ...ADMIN, schema: renameAgencySchema }, async (user, input) => {
  const result = await renameAgency(user, input);
  revalidatePath(PATH);
  if (result.ok) revalidatePublishedReport(0, "agency-renamed");
  return answer(result, "已改名");
});

export const moveAgencyAction = formAction({ ...ADMIN, schema: moveAgencySchema }, async (user, input) => {
  const result = await moveAgency(user, input);
  revalidatePath(PATH);
  return answer(result, "已调整隶属关系");
});

export const deactivateAgencyAction = formAction({ ...ADMIN, schema: agencyRefSchema }, async (user, input) => {
  const result = await deactivateAgency(user, input);
  revalidatePath(PATH);
  return answer(result, "已停用");
});

export const reactivateAgencyAction = formAction({ ...ADMIN, schema: agencyRefSchema }, async (user, input) => {
  const result = await reactivateAgency(user, input);
  revalidatePath(PATH);
  return answer(result, "已启用");
});

export const setAgencyDatesAction = formAction({ ...ADMIN, schema: agencyDatesSchema }, async (user, input) => {
  const result = await setAgencyDates(user, input);
  revalidatePath(PATH);
  if (result.ok) revalidatePublishedReport(0, "agency-dates");
  return answer(result, "已保存成立和撤销日期");
});
