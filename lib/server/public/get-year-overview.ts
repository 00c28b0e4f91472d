import "server-only";
import {
  formatForYear,
  listCellDefinitions,
  type CellValue,
  type FormatKey,
  type MoneyUnit,
  type ReportTables,
} from "@/lib/report-format";
import { Prisma, type AgencyKind, type ReportKind } from "@/lib/generated/prisma/client";
import { existedInYearWhere, formerNamesSelect, nameInYear } from "../agencies/agency-in-year";
import { db } from "../db";
import { sumMemberCells, type MemberCellSum } from "../summary/sum-member-cells";
import { readKeyFigures, type KeyFigures } from "./key-figures";
import { visibleRevisionWhere } from "./visible-revision";

export type YearMember = {
  name: string;
  code: string;
  kind: AgencyKind;
  /** Null when the member has not published its report for the year. */
  report: { kind: ReportKind; firstPublishedAt: Date; figures: KeyFigures } | null;
};

export type YearOverview = {
  year: number;
  format: FormatKey;
  government: { name: string; code: string };
  /** Governments with members, to switch between. */
  governments: { name: string; code: string }[];
  members: YearMember[];
  /** The government's summary (汇总): cell sums over the members' published reports, computed in SQL. */
  summary: { tables: ReportTables; included: number; missing: { name: string; code: string }[] };
};

/**
 * A year for the public: the members of one government (by default the first top-level one)
 * with their published figures and the summary of the published reports. Null for a year
 * without any published report, or an unknown government (the same 404).
 */
export async function getYearOverview(
  year: number,
  governmentCode: string | undefined,
  now = new Date(),
): Promise<YearOverview | null> {
  const format = formatForYear(year);
  if (!format || !Number.isInteger(year)) return null;
  const anyPublished = await db.report.findFirst({
    where: { year, agency: { active: true }, revisions: { some: visibleRevisionWhere(now) } },
    select: { id: true },
  });
  if (!anyPublished) return null;
  const governments = await db.agency.findMany({
    where: { kind: "GOVERNMENT", active: true, children: { some: { active: true } } },
    orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, name: true, code: true, formerNames: formerNamesSelect },
  });
  const government =
    governmentCode === undefined ? governments[0] : governments.find((candidate) => candidate.code === governmentCode);
  if (!government) return null;

  // Members of that year: agencies that existed then, or published a report for it (agencies/agency-in-year).
  const children = await db.agency.findMany({
    where: {
      parentId: government.id,
      active: true,
      OR: [existedInYearWhere(year), { reports: { some: { year, revisions: { some: visibleRevisionWhere(now) } } } }],
    },
    orderBy: { name: "asc" },
    select: {
      name: true,
      formerNames: formerNamesSelect,
      code: true,
      kind: true,
      reports: {
        where: { year, revisions: { some: visibleRevisionWhere(now) } },
        select: {
          id: true,
          kind: true,
          revisions: {
            where: visibleRevisionWhere(now),
            orderBy: { number: "asc" },
            take: 1,
            select: { publishedAt: true },
          },
        },
      },
    },
  });
  // A member government counts with its summary report, a department or 乡镇 with its own (as in the summary SQL).
  const memberReports = children.map((child) => ({
    child,
    report: child.reports.find((report) => report.kind === (child.kind === "GOVERNMENT" ? "SUMMARY" : "AGENCY")),
  }));
  const reportIds = memberReports.flatMap(({ report }) => (report ? [report.id] : []));
  const [figures, sums] = await Promise.all([
    reportIds.length
      ? readKeyFigures(Prisma.sql`r.id IN (${Prisma.join(reportIds)})`, now)
      : Promise.resolve(new Map<string, KeyFigures>()),
    sumMemberCells(government.id, year, { publishedBy: now }),
  ]);
  const members = memberReports.map(({ child, report }): YearMember => ({
    name: nameInYear(child, year),
    code: child.code,
    kind: child.kind,
    report: report
      ? { kind: report.kind, firstPublishedAt: report.revisions[0]!.publishedAt!, figures: figures.get(report.id)! }
      : null,
  }));
  return {
    year,
    format,
    government: { name: nameInYear(government, year), code: government.code },
    governments: governments.map((candidate) => ({ name: nameInYear(candidate, year), code: candidate.code })),
    members,
    summary: {
      tables: sumsToTables(format, sums.cells),
      included: sums.included.length,
      missing: members.filter((member) => !member.report).map(({ name, code }) => ({ name, code })),
    },
  };
}

/** The SQL sums as report tables, for the official table renderer (a money sum keeps its unit where the format asks for one). */
function sumsToTables(format: FormatKey, cells: readonly MemberCellSum[]): ReportTables {
  const byKey = new Map(cells.map((cell) => [`${cell.table}.${cell.row}.${cell.column}`, cell]));
  const tables: ReportTables = {};
  for (const definition of listCellDefinitions(format)) {
    const sum = byKey.get(`${definition.table}.${definition.row}.${definition.column}`);
    let value: CellValue = sum?.value ?? null;
    if (value !== null && definition.type === "money" && (definition.units?.length ?? 0) > 1)
      value = { value: String(value), unit: (sum?.unit ?? "元") as MoneyUnit };
    const table = (tables[definition.table] ??= {});
    (table[definition.row] ??= {})[definition.column] = value;
  }
  return tables;
}
