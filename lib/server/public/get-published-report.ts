import "server-only";
import type { Report } from "@/lib/report-format";
import { db } from "../db";
import { exportRevision } from "../reports/export-report";
import { visibleRevisionWhere } from "./visible-revision";

export type PublishedReport = {
  report: Report;
  agency: { name: string; code: string };
  publishedAt: Date;
  /** The published corrections (revisions after the first), newest first. */
  corrections: { number: number; publishedAt: Date; correctionNote: string | null }[];
  otherYears: number[];
};

/** A published report for the public pages, or null for unknown and unpublished alike (a 404 either way). */
export async function getPublishedReport(year: number, code: string, now = new Date()): Promise<PublishedReport | null> {
  if (!Number.isInteger(year)) return null;
  const found = await db.report.findFirst({
    where: { year, agency: { code, active: true }, revisions: { some: visibleRevisionWhere(now) } },
    orderBy: { kind: "asc" },
    select: {
      agencyId: true,
      agency: { select: { name: true, code: true } },
      revisions: {
        where: visibleRevisionWhere(now),
        orderBy: { number: "desc" },
        select: { id: true, number: true, publishedAt: true, correctionNote: true },
      },
    },
  });
  const visible = found?.revisions[0];
  if (!found || !visible?.publishedAt) return null;
  const [report, others] = await Promise.all([
    exportRevision(visible.id),
    db.report.findMany({
      where: { agencyId: found.agencyId, year: { not: year }, revisions: { some: visibleRevisionWhere(now) } },
      select: { year: true },
      distinct: ["year"],
      orderBy: { year: "desc" },
    }),
  ]);
  if (!report) return null;
  return {
    report,
    agency: found.agency,
    publishedAt: visible.publishedAt,
    // Every published revision after the first is a correction, each with its 更正说明.
    corrections: found.revisions
      .filter((revision) => revision.number > 1)
      .map((revision) => ({ number: revision.number, publishedAt: revision.publishedAt!, correctionNote: revision.correctionNote })),
    otherYears: others.map((other) => other.year),
  };
}
