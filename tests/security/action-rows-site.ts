// Rows of the server-action matrix: the public site's footer details and emblem (admin/site).
import { db } from "@/lib/server/db";
import { uniqueSuffix } from "@/tests/factories";
import { SITE_SETTING_LOCK } from "@/tests/test-lock";
import { defineRow, form, ADMINS, type AnyActionRow } from "./action-matrix-support";

/** The first bytes of a PNG file: enough for the emblem's type check. */
const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** The site's settings row as the actions change it (the emblem by its type and version). */
async function siteSettingState(): Promise<unknown> {
  return db.siteSetting.findUnique({ where: { id: 1 }, omit: { emblem: true } });
}

/** The site shows no emblem unless a test sets one for itself (and it stays when the action was refused). */
async function removeEmblem(): Promise<void> {
  await db.siteSetting.updateMany({ where: { id: 1 }, data: { emblem: null, emblemType: null } });
}

export const SITE_ACTION_ROWS: Record<string, AnyActionRow> = {
  "app/(staff)/staff/admin/site/actions.ts#saveSiteSettingsAction": defineRow({
    prepare: async () => `测试主办单位${uniqueSuffix()}`,
    args: (sponsor) => [null, form({ sponsor, phone: "024-42800000" })],
    state: () => siteSettingState(),
    allowed: ADMINS,
    exclusive: SITE_SETTING_LOCK,
  }),
  "app/(staff)/staff/admin/site/actions.ts#setSiteEmblemAction": defineRow({
    prepare: async () => null,
    args: () => [null, form({ emblem: new File([PNG_SIGNATURE], "emblem.png", { type: "image/png" }) })],
    state: () => siteSettingState(),
    allowed: ADMINS,
    cleanup: removeEmblem,
    exclusive: SITE_SETTING_LOCK,
  }),
  "app/(staff)/staff/admin/site/actions.ts#removeSiteEmblemAction": defineRow({
    prepare: async () => {
      const emblem = { emblem: Buffer.from(PNG_SIGNATURE), emblemType: "image/png" };
      await db.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, ...emblem }, update: emblem });
    },
    args: () => [null, form({})],
    state: () => siteSettingState(),
    allowed: ADMINS,
    cleanup: removeEmblem,
    exclusive: SITE_SETTING_LOCK,
  }),
};
