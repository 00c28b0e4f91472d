import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgencyKind, ReportKind } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { CURRENT_KEY_FIGURES, readKeyFigures, type KeyFigures } from "./key-figures";
import { visibleRevisionWhere } from "./visible-revision";

export type AgencyYear = {
  year: number;
  kind: ReportKind;
  format: string;
  firstPublishedAt: Date;
  revisionNumber: number;
  figures: KeyFigures;
};

export type CarryOverLink = {
  from: number;
  to: number;
  /** Per applicant column and the total: applications.4 of `from` against applications.2 of `to`. */
  columns: { key: string; label: string; carriedOver: number | null; carriedIn: number | null; matches: boolean }[];
  matches: boolean;
};

export type AgencyHistory = {
  agency: { name: string; code: string; kind: AgencyKind; region: string | null };
  government: { name: string; code: string } | null;
  /** Oldest year first. */
  years: AgencyYear[];
  /** One link per pair of consecutive published years. */
  carryOver: CarryOverLink[];
};

const CHAIN_COLUMNS = CURRENT_KEY_FIGURES.chainColumns;

/** All published years of one agency, or null when the agency is unknown or has published nothing (one 404). */
export async function getAgencyHistory(code: string, now = new Date()): Promise<AgencyHistory | null> {
  const agency = await db.agency.findFirst({
    where: { code, active: true },
    select: {
      id: true,
      name: true,
      code: true,
      kind: true,
      region: true,
      parent: { select: { name: true, code: true } },
    },
  });
  if (!agency) return null;
  const reports = await db.report.findMany({
    where: { agencyId: agency.id, revisions: { some: visibleRevisionWhere(now) } },
    // The summary first: one report per year, the one the report page shows.
    orderBy: [{ year: "asc" }, { kind: "desc" }],
    select: {
      id: true,
      year: true,
      kind: true,
      format: true,
      revisions: {
        where: visibleRevisionWhere(now),
        orderBy: { number: "asc" },
        select: { number: true, publishedAt: true },
      },
    },
  });
  if (reports.length === 0) return null;
  const shown = reports.filter((report, index) => index === 0 || reports[index - 1]!.year !== report.year);
  const figures = await readKeyFigures(Prisma.sql`r.id IN (${Prisma.join(shown.map((report) => report.id))})`, now);
  const years = shown.map((report) => ({
    year: report.year,
    kind: report.kind,
    format: report.format,
    firstPublishedAt: report.revisions[0]!.publishedAt!,
    revisionNumber: report.revisions[report.revisions.length - 1]!.number,
    figures: figures.get(report.id)!,
  }));
  const { parent, ...rest } = agency;
  return {
    agency: { name: rest.name, code: rest.code, kind: rest.kind, region: rest.region },
    government: parent,
    years,
    carryOver: linkYears(years),
  };
}

function linkYears(years: AgencyYear[]): CarryOverLink[] {
  const links: CarryOverLink[] = [];
  for (let index = 1; index < years.length; index++) {
    const previous = years[index - 1]!;
    const current = years[index]!;
    if (current.year !== previous.year + 1) continue;
    const columns = CHAIN_COLUMNS.map(({ key, label }) => {
      const carriedOver = previous.figures.carriedOverColumns[key] ?? null;
      const carriedIn = current.figures.carriedInColumns[key] ?? null;
      return { key, label, carriedOver, carriedIn, matches: carriedOver === carriedIn };
    });
    links.push({ from: previous.year, to: current.year, columns, matches: columns.every((column) => column.matches) });
  }
  return links;
}
