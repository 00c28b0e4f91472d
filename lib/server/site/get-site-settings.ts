import "server-only";
import { db } from "../db";
import { cachePublic } from "../public/public-cache";
import { EMBLEM_PATH, EMPTY_SITE_SETTINGS, SITE_SETTING_ID, type SiteSettings } from "./site-settings";

/** The site's settings as stored (defaults when the admin never saved them). */
export async function readSiteSettings(): Promise<SiteSettings> {
  const row = await db.siteSetting.findUnique({
    where: { id: SITE_SETTING_ID },
    omit: { emblem: true },
  });
  if (!row) return EMPTY_SITE_SETTINGS;
  return {
    sponsor: row.sponsor,
    operator: row.operator,
    phone: row.phone,
    address: row.address,
    email: row.email,
    siteCode: row.siteCode,
    icpRecord: row.icpRecord,
    policeRecord: row.policeRecord,
    emblemPath: row.emblemType ? `${EMBLEM_PATH}?v=${row.updatedAt.getTime()}` : null,
    demoData: row.demoData,
  };
}

/**
 * For the public pages, kept with them in the public cache: a change of the settings expires it
 * like a publication does (updateSiteSettings announces it), so the footer is never older than the page.
 */
export const getSiteSettings = cachePublic("site-settings", readSiteSettings);
