import "server-only";
import type { SiteSettingsFields } from "@/lib/requests/site-settings";
import { isAdmin } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { announcePublicChange } from "../public/announce-public-change";
import { refuse, type Result as AdminResult } from "@/lib/action-result";
import { SITE_SETTING_ID } from "./site-settings";

const FIELDS = [
  "sponsor",
  "operator",
  "phone",
  "address",
  "email",
  "siteCode",
  "icpRecord",
  "policeRecord",
] as const satisfies readonly (keyof SiteSettingsFields)[];

/**
 * Saves the footer details of the public site (checked input, see lib/requests/site-settings.ts).
 * Audited with each changed field before and after; every app instance is told to refresh its
 * public pages in the same transaction. Nothing changed: nothing written.
 */
export async function updateSiteSettings(
  user: StaffUser,
  input: SiteSettingsFields,
): Promise<AdminResult<{ changed: number }>> {
  if (!isAdmin(user)) return refuse("只有主管部门可以修改网站信息");
  return db.$transaction(async (tx) => {
    // One row: lock it (or create it) so that two admins saving at once are applied one after the other.
    await tx.$executeRaw`INSERT INTO site_setting (id) VALUES (${SITE_SETTING_ID}) ON CONFLICT (id) DO NOTHING`;
    await tx.$queryRaw`SELECT id FROM site_setting WHERE id = ${SITE_SETTING_ID} FOR UPDATE`;
    const current = await tx.siteSetting.findUniqueOrThrow({ where: { id: SITE_SETTING_ID }, omit: { emblem: true } });
    const changes = Object.fromEntries(
      FIELDS.filter((field) => current[field] !== input[field]).map((field) => [
        field,
        { from: current[field], to: input[field] },
      ]),
    );
    const changed = Object.keys(changes).length;
    if (changed === 0) return { ok: true as const, changed };
    await tx.siteSetting.update({
      where: { id: SITE_SETTING_ID },
      data: Object.fromEntries(FIELDS.map((field) => [field, input[field]])),
    });
    await tx.auditEvent.create({ data: { action: "site.settings_changed", actorId: user.id, detail: changes } });
    await announcePublicChange(tx, { kind: "site_changed" });
    return { ok: true as const, changed };
  });
}
