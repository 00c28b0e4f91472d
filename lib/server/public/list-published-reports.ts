import "server-only";
import type { AgencyKind, Prisma, ReportKind } from "@/lib/generated/prisma/client";
import { formerNamesSelect, nameInYear } from "../agencies/agency-in-year";
import { db } from "../db";
import { visibleRevisionWhere } from "./visible-revision";

// Public reads: only published revisions, only public fields.

export type PublishedReportEntry = {
  year: number;
  kind: ReportKind;
  format: string;
  agency: { name: string; code: string; kind: AgencyKind };
  /** The government the agency reports to (its parent), for grouping; null for a top-level agency. */
  government: { name: string; code: string } | null;
  firstPublishedAt: Date;
  latestPublishedAt: Date;
  /** Number of the latest published revision (greater than 1 after a correction). */
  revisionNumber: number;
};

export type ListPublishedOptions = {
  year?: number;
  /** Part of the agency's name (or its code); several words must all match. */
  query?: string;
  now?: Date;
};

/** Search words: spaces (also the ideographic space) separate them; at most five are used. */
export function splitSearchQuery(query: string | undefined): string[] {
  return (query ?? "")
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .slice(0, 5);
}

export async function listPublishedReports(options: ListPublishedOptions = {}): Promise<PublishedReportEntry[]> {
  const now = options.now ?? new Date();
  const words = splitSearchQuery(options.query);
  const agencyWhere: Prisma.AgencyWhereInput = {
    active: true,
    AND: words.map((word) => ({
      OR: [
        { name: { contains: word, mode: "insensitive" } },
        { code: { contains: word, mode: "insensitive" } },
        { formerNames: { some: { name: { contains: word } } } },
      ],
    })),
  };
  const reports = await db.report.findMany({
    where: { year: options.year, agency: agencyWhere, revisions: { some: visibleRevisionWhere(now) } },
    orderBy: [{ year: "desc" }, { agency: { name: "asc" } }, { kind: "desc" }],
    select: {
      year: true,
      kind: true,
      format: true,
      agency: {
        select: {
          name: true,
          code: true,
          kind: true,
          formerNames: formerNamesSelect,
          parent: { select: { name: true, code: true, formerNames: formerNamesSelect } },
        },
      },
      revisions: {
        where: visibleRevisionWhere(now),
        orderBy: { number: "asc" },
        select: { number: true, publishedAt: true },
      },
    },
  });
  // Each year's entry names the agency (and its government) as they were named that year.
  return reports.map(({ revisions, agency: { parent, formerNames, ...agency }, ...report }) => ({
    ...report,
    agency: { ...agency, name: nameInYear({ name: agency.name, formerNames }, report.year) },
    government: parent ? { name: nameInYear(parent, report.year), code: parent.code } : null,
    firstPublishedAt: revisions[0]!.publishedAt!,
    latestPublishedAt: revisions[revisions.length - 1]!.publishedAt!,
    revisionNumber: revisions[revisions.length - 1]!.number,
  }));
}

/** For each year with published reports: how many agencies have published (newest year first). */
export async function countPublishedByYear(now = new Date()): Promise<{ year: number; agencies: number }[]> {
  const rows = await db.$queryRaw<{ year: number; agencies: bigint }[]>`
    SELECT r.year, COUNT(DISTINCT r.agency_id) AS agencies
    FROM report r JOIN agency a ON a.id = r.agency_id AND a.active
    WHERE EXISTS (SELECT 1 FROM report_revision v WHERE v.report_id = r.id AND v.published_at <= ${now})
    GROUP BY r.year ORDER BY r.year DESC`;
  return rows.map((row) => ({ year: row.year, agencies: Number(row.agencies) }));
}
