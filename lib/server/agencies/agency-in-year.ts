import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Agencies in time. An agency belongs to a report year when it existed on the last day of that
// year: set up on or before 31 December (or set-up day not recorded) and not abolished by then.
// The report of a year describes the agency as it was at the year's end, and it is due after
// that; an agency abolished during the year owes no report for it, one set up during it does.
// Lists of a year's members keep an agency that has a report for the year all the same: a
// published report is proof that it existed.
//
// Its name in a year: the former name with the smallest last year at or after that year, else
// the current name (a renamed agency keeps its code and URLs).

/** 31 December of `year` as the UTC midnight Prisma uses for DATE columns. */
export function lastDayOf(year: number): Date {
  return new Date(Date.UTC(year, 11, 31));
}

/** Prisma filter: agencies that existed at the end of `year`. */
export function existedInYearWhere(year: number): Prisma.AgencyWhereInput {
  const end = lastDayOf(year);
  return {
    AND: [
      { OR: [{ establishedOn: null }, { establishedOn: { lte: end } }] },
      { OR: [{ abolishedOn: null }, { abolishedOn: { gt: end } }] },
    ],
  };
}

/** SQL condition on the agency row `alias`: it existed at the end of `year`. */
export function existedInYearSql(alias: string, year: number): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`((${a}.established_on IS NULL OR ${a}.established_on <= make_date(${year}::int, 12, 31))
    AND (${a}.abolished_on IS NULL OR ${a}.abolished_on > make_date(${year}::int, 12, 31)))`;
}

/** SQL expression: the name the agency row `alias` had in `year`. */
export function nameInYearSql(alias: string, year: number): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`COALESCE((SELECT f.name FROM agency_former_name f WHERE f.agency_id = ${a}.id AND f.last_year >= ${year}::int ORDER BY f.last_year LIMIT 1), ${a}.name)`;
}

/** Prisma select of the former names, for `nameInYear`. */
export const formerNamesSelect = { select: { name: true, lastYear: true }, orderBy: { lastYear: "asc" } } as const;

/** The name an agency had in `year`, from its current name and former names. */
export function nameInYear(
  agency: { name: string; formerNames: readonly { name: string; lastYear: number }[] },
  year: number,
): string {
  let chosen: { name: string; lastYear: number } | undefined;
  for (const former of agency.formerNames)
    if (former.lastYear >= year && (!chosen || former.lastYear < chosen.lastYear)) chosen = former;
  return chosen?.name ?? agency.name;
}
