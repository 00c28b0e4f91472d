import "server-only";
import { EMBLEM_MAX_BYTES } from "@/lib/requests/site-settings";
import { isAdmin } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { announcePublicChange } from "../public/announce-public-change";
import { refuse, type Result as AdminResult } from "@/lib/action-result";
import { SITE_SETTING_ID } from "./site-settings";

/** The image type the bytes themselves say (never the browser's claim): PNG or JPEG, or null. */
export function sniffEmblemType(bytes: Uint8Array): "image/png" | "image/jpeg" | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((byte, index) => bytes[index] === byte)) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/**
 * Sets the emblem shown in the public pages' header (a PNG or JPEG image), or removes it with
 * `null`. Audited; every app instance refreshes its public pages.
 */
export async function setSiteEmblem(user: StaffUser, bytes: Uint8Array | null): Promise<AdminResult> {
  if (!isAdmin(user)) return refuse("只有主管部门可以修改网站信息");
  let type: string | null = null;
  if (bytes) {
    if (bytes.length === 0) return refuse("请选择徽标图片文件", "emblem");
    if (bytes.length > EMBLEM_MAX_BYTES)
      return refuse(
        `徽标图片不能超过 ${EMBLEM_MAX_BYTES / 1024} KB（所选文件 ${Math.ceil(bytes.length / 1024)} KB）`,
        "emblem",
      );
    type = sniffEmblemType(bytes);
    if (!type) return refuse("徽标须为 PNG 或 JPEG 图片", "emblem");
  }
  await db.$transaction(async (tx) => {
    const data = { emblem: bytes ? Buffer.from(bytes) : null, emblemType: type };
    await tx.siteSetting.upsert({
      where: { id: SITE_SETTING_ID },
      create: { id: SITE_SETTING_ID, ...data },
      update: data,
    });
    await tx.auditEvent.create({
      data: {
        action: bytes ? "site.emblem_set" : "site.emblem_removed",
        actorId: user.id,
        detail: bytes ? { type, bytes: bytes.length } : {},
      },
    });
    await announcePublicChange(tx, { kind: "site_changed" });
  });
  return { ok: true };
}
