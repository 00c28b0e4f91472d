import "server-only";
import { db } from "../db";
import { SITE_SETTING_ID } from "./site-settings";

/** The emblem's bytes and type, or null when none is set. */
export async function getSiteEmblem(): Promise<{ body: Uint8Array; type: string } | null> {
  const row = await db.siteSetting.findUnique({
    where: { id: SITE_SETTING_ID },
    select: { emblem: true, emblemType: true },
  });
  if (!row?.emblem || !row.emblemType) return null;
  return { body: new Uint8Array(row.emblem), type: row.emblemType };
}
