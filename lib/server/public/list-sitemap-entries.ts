import "server-only";
import { db } from "../db";
import { visibleRevisionWhere } from "./visible-revision";

export type SitemapReport = { year: number; code: string; lastModified: Date };

/** What the sitemap lists: each published report (its latest visible revision's date), its agency and year. */
export async function listSitemapEntries(now = new Date()): Promise<SitemapReport[]> {
  const reports = await db.report.findMany({
    where: { agency: { active: true }, revisions: { some: visibleRevisionWhere(now) } },
    orderBy: [{ year: "desc" }, { agency: { code: "asc" } }],
    select: {
      year: true,
      agency: { select: { code: true } },
      revisions: {
        where: visibleRevisionWhere(now),
        orderBy: { number: "desc" },
        take: 1,
        select: { publishedAt: true },
      },
    },
  });
  return reports.map((report) => ({
    year: report.year,
    code: report.agency.code,
    lastModified: report.revisions[0]!.publishedAt!,
  }));
}
