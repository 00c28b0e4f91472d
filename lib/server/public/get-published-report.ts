import "server-only";
import type { Report } from "@/lib/report-format";
import { db } from "../db";
import { exportRevision } from "../report-cells/read-report";
import { visibleRevisionWhere } from "./visible-revision";

export type PublishedRevisionInfo = { number: number; publishedAt: Date; correctionNote: string | null };

export type PublishedReport = {
  report: Report;
  agency: { name: string; code: string };
  /** Publication time of the revision shown. */
  publishedAt: Date;
  /** When the report was first published (revision 1). */
  firstPublishedAt: Date;
  /** The revision shown, and the latest one citizens may see (they differ on an earlier revision's page). */
  revisionNumber: number;
  latestRevisionNumber: number;
  /** Every published revision, oldest first. */
  revisions: PublishedRevisionInfo[];
  /** The published corrections (revisions after the first), newest first. */
  corrections: PublishedRevisionInfo[];
  otherYears: number[];
};

/** A published report for the public pages, or null for unknown and unpublished alike (a 404 either way). */
export async function getPublishedReport(
  year: number,
  code: string,
  now = new Date(),
): Promise<PublishedReport | null> {
  return loadPublishedReport(year, code, null, now);
}

/** One published revision (1 = as first published), or null when it does not exist or is not public yet. */
export async function getPublishedRevision(
  year: number,
  code: string,
  number: number,
  now = new Date(),
): Promise<PublishedReport | null> {
  if (!Number.isInteger(number) || number < 1) return null;
  return loadPublishedReport(year, code, number, now);
}

async function loadPublishedReport(
  year: number,
  code: string,
  number: number | null,
  now: Date,
): Promise<PublishedReport | null> {
  if (!Number.isInteger(year)) return null;
  const found = await db.report.findFirst({
    where: { year, agency: { code, active: true }, revisions: { some: visibleRevisionWhere(now) } },
    // A government's page shows its summary (本级政府汇总) report when it has one.
    orderBy: { kind: "desc" },
    select: {
      agencyId: true,
      agency: { select: { name: true, code: true } },
      revisions: {
        where: visibleRevisionWhere(now),
        orderBy: { number: "asc" },
        select: { id: true, number: true, publishedAt: true, correctionNote: true },
      },
    },
  });
  if (!found || found.revisions.length === 0) return null;
  const revisions = found.revisions.map((revision) => ({ ...revision, publishedAt: revision.publishedAt! }));
  const latest = revisions[revisions.length - 1]!;
  const shown = number === null ? latest : revisions.find((revision) => revision.number === number);
  if (!shown) return null;
  const [report, others] = await Promise.all([
    exportRevision(shown.id),
    db.report.findMany({
      where: { agencyId: found.agencyId, year: { not: year }, revisions: { some: visibleRevisionWhere(now) } },
      select: { year: true },
      distinct: ["year"],
      orderBy: { year: "desc" },
    }),
  ]);
  if (!report) return null;
  const infos = revisions.map(({ number: n, publishedAt, correctionNote }) => ({
    number: n,
    publishedAt,
    correctionNote,
  }));
  return {
    report,
    // Named as in the report's year, as the document itself is.
    agency: { name: report.agency.name, code: found.agency.code },
    publishedAt: shown.publishedAt,
    firstPublishedAt: revisions[0]!.publishedAt,
    revisionNumber: shown.number,
    latestRevisionNumber: latest.number,
    revisions: infos,
    // Every published revision after the first is a correction, each with its 更正说明.
    corrections: infos.filter((revision) => revision.number > 1).reverse(),
    otherYears: others.map((other) => other.year),
  };
}
