"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { answer, type ActionResult } from "@/lib/action-result";
import { formAction, serverAction } from "@/lib/server/actions/server-action";
import { expirePublicCaches } from "@/lib/server/public/revalidate-published-report";
import { setSiteEmblem } from "@/lib/server/site/set-site-emblem";
import { updateSiteSettings } from "@/lib/server/site/update-site-settings";
import { siteSettingsSchema } from "@/lib/requests/site-settings";

const PATH = "/staff/admin/site";
const ADMIN = { access: "admin", path: PATH } as const;

export const saveSiteSettingsAction = formAction({ ...ADMIN, schema: siteSettingsSchema }, async (user, input) => {
  const result = await updateSiteSettings(user, input);
  if (!result.ok) return result;
  revalidatePath(PATH);
  if (result.changed === 0) return { ok: true, message: "没有改动，未保存" };
  expirePublicCaches();
  return { ok: true, message: `已保存 ${result.changed} 项，公开网站的页脚已更新` };
});

const emblemSchema = z.object({
  emblem: z.instanceof(File, { message: "请选择徽标图片文件（PNG 或 JPEG）" }).refine((file) => file.size > 0, {
    message: "请选择徽标图片文件（PNG 或 JPEG）",
  }),
});

const setEmblem = serverAction({ ...ADMIN, schema: emblemSchema }, async (user, { emblem }) => {
  const result = await setSiteEmblem(user, new Uint8Array(await emblem.arrayBuffer()));
  if (result.ok) {
    revalidatePath(PATH);
    expirePublicCaches();
  }
  return answer(result, "已更换徽标，公开网站的页眉已更新");
});

export async function setSiteEmblemAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  return setEmblem({ emblem: data.get("emblem") as File });
}

export const removeSiteEmblemAction = formAction({ ...ADMIN, schema: z.object({}) }, async (user) => {
  const result = await setSiteEmblem(user, null);
  if (result.ok) {
    revalidatePath(PATH);
    expirePublicCaches();
  }
  return answer(result, "已移除徽标");
});
