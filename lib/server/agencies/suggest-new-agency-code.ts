import "server-only";
import { suggestAgencyCode } from "./agency-code";
import { db } from "../db";

/** The code the create form proposes for a name (pinyin initials, made unique); nothing is reserved. */
export async function suggestNewAgencyCode(name: string): Promise<string> {
  return suggestAgencyCode(db, name.trim());
}
