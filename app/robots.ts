import type { MetadataRoute } from "next";
import { readSiteUrl } from "@/lib/server/public/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/", "/api/public/"], disallow: ["/staff", "/login", "/api/"] },
    sitemap: new URL("/sitemap.xml", readSiteUrl()).toString(),
  };
}
