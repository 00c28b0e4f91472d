import type { SiteSettingsFields } from "@/lib/requests/site-settings";

// What the public pages know of the site itself (the emblem's bytes stay in the database; a page
// only needs to know whether there is one and which version to ask for).

export type SiteSettings = SiteSettingsFields & {
  /** Path of the emblem image with its version, or null when none was set. */
  emblemPath: string | null;
  /** The database holds generated demo reports: every public page says so. */
  demoData: boolean;
};

export const EMPTY_SITE_SETTINGS: SiteSettings = {
  sponsor: "",
  operator: "",
  phone: "",
  address: "",
  email: "",
  siteCode: "",
  icpRecord: "",
  policeRecord: "",
  emblemPath: null,
  demoData: false,
};

export const SITE_SETTING_ID = 1;
export const EMBLEM_PATH = "/site/emblem";

/** The public security bureau's record page of a 公安备案号 (the digits of the number name it). */
export function policeRecordLink(record: string): string | null {
  const digits = record.replace(/\D/g, "");
  return digits ? `https://beian.mps.gov.cn/#/query/webSearch?code=${digits}` : null;
}

/** Where every ICP 备案号 is looked up. */
export const ICP_RECORD_LINK = "https://beian.miit.gov.cn/";
