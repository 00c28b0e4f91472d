import "server-only";
import { z } from "zod";

// The public address of the site, for the sitemap and robots.txt: BETTER_AUTH_URL, the app's public URL (see .env.example).
const siteUrlSchema = z.url().default("http://localhost:3000");

export function readSiteUrl(): URL {
  const parsed = siteUrlSchema.safeParse(process.env.BETTER_AUTH_URL || undefined);
  return new URL(parsed.success ? parsed.data : "http://localhost:3000");
}
