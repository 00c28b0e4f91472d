import "server-only";
import type { Report } from "@/lib/report-format";
import { db } from "../db";
import { exportReport } from "../reports/export-report";

export type PublishedReport = {
  report: Report;
  agency: { name: string; code: string };
  publishedAt: Date;
  otherYears: number[];
};

/** A published report for the public pages, or null for unknown and unpublished alike (a 404 either way). */
export async function getPublishedReport(year: number, code: string): Promise<PublishedReport | null> {
  if (!Number.isInteger(year)) return null;
  const found = await db.report.findFirst({
    where: { year, agency: { code, active: true }, publishedRevisionId: { not: null } },
    orderBy: { kind: "asc" },
    select: { id: true, agencyId: true, agency: { select: { name: true, code: true } }, publishedRevision: { select: { publishedAt: true } } },
  });
  if (!found?.publishedRevision?.publishedAt) return null;
  const [report, others] = await Promise.all([
    exportReport(found.id, "published"),
    db.report.findMany({
      where: { agencyId: found.agencyId, publishedRevisionId: { not: null }, year: { not: year } },
      select: { year: true },
      orderBy: { year: "desc" },
    }),
  ]);
  if (!report) return null;
  return { report, agency: found.agency, publishedAt: found.publishedRevision.publishedAt, otherYears: others.map((other) => other.year) };
}
