"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/components/review/action-message";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { expirePublicCaches } from "@/lib/server/public/revalidate-published-report";
import { setSiteEmblem } from "@/lib/server/site/set-site-emblem";
import { updateSiteSettings } from "@/lib/server/site/update-site-settings";
import { siteSettingsSchema } from "@/lib/requests/site-settings";
import { answer, formObject, refuseInput } from "../answer";

const PATH = "/staff/admin/site";

export async function saveSiteSettingsAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = siteSettingsSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await updateSiteSettings(await requireAdmin(PATH), parsed.data);
  if (!result.ok) return answer(result, "");
  revalidatePath(PATH);
  if (result.changed === 0) return { ok: true, message: "没有改动，未保存" };
  expirePublicCaches();
  return { ok: true, message: `已保存 ${result.changed} 项，公开网站的页脚已更新` };
}

export async function setSiteEmblemAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const file = data.get("emblem");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "请选择徽标图片文件（PNG 或 JPEG）" };
  const user = await requireAdmin(PATH);
  const result = await setSiteEmblem(user, new Uint8Array(await file.arrayBuffer()));
  if (result.ok) {
    revalidatePath(PATH);
    expirePublicCaches();
  }
  return answer(result, "已更换徽标，公开网站的页眉已更新");
}

export async function removeSiteEmblemAction(): Promise<ActionResult> {
  const result = await setSiteEmblem(await requireAdmin(PATH), null);
  if (result.ok) {
    revalidatePath(PATH);
    expirePublicCaches();
  }
  return answer(result, "已移除徽标");
}
