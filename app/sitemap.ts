import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/server/public/list-sitemap-entries";
import { readSiteUrl } from "@/lib/server/public/site-url";

// Every published report, agency and year for search engines.
// The database is only there at run time, not during `next build`.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = readSiteUrl();
  const at = (path: string) => new URL(path, site).toString();
  const reports = await listSitemapEntries();
  const latest = (entries: typeof reports) =>
    entries.reduce<Date | undefined>(
      (max, entry) => (!max || entry.lastModified > max ? entry.lastModified : max),
      undefined,
    );
  const years = [...new Set(reports.map((report) => report.year))];
  const agencies = [...new Set(reports.map((report) => report.code))];
  return [
    { url: at("/"), lastModified: latest(reports), changeFrequency: "daily", priority: 1 },
    { url: at("/open-data"), changeFrequency: "monthly", priority: 0.5 },
    ...years.map((year) => ({
      url: at(`/years/${year}`),
      lastModified: latest(reports.filter((report) => report.year === year)),
      priority: 0.7,
    })),
    ...agencies.map((code) => ({
      url: at(`/agencies/${encodeURIComponent(code)}`),
      lastModified: latest(reports.filter((report) => report.code === code)),
      priority: 0.6,
    })),
    ...reports.map((report) => ({
      url: at(`/reports/${report.year}/${encodeURIComponent(report.code)}`),
      lastModified: report.lastModified,
      priority: 0.8,
    })),
  ];
}
