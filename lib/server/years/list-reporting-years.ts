import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { resolveDeadlines, type YearDeadlines } from "./year-deadlines";

export type ReportingYearRow = {
  year: number;
  format: string;
  deadlines: YearDeadlines;
  openedAt: Date;
  closedAt: Date | null;
  /** Exceptions of the admin's agencies in this year. */
  exceptions: { agencyId: string; agencyName: string; reason: string; createdAt: Date }[];
};

/** The reporting years, newest first, with the exceptions granted in the admin's tree. */
export async function listReportingYears(user: StaffUser): Promise<ReportingYearRow[]> {
  const years = await db.reportingYear.findMany({
    orderBy: { year: "desc" },
    include: { exceptions: { orderBy: { createdAt: "asc" }, include: { agency: { select: { name: true } } } } },
  });
  // Exceptions are few: filtered here rather than with thousands of ids in the query.
  const administered = new Set(user.administeredAgencyIds);
  return years.map((year) => ({
    year: year.year,
    format: year.format,
    deadlines: resolveDeadlines(year),
    openedAt: year.openedAt,
    closedAt: year.closedAt,
    exceptions: year.exceptions
      .filter((exception) => administered.has(exception.agencyId))
      .map((exception) => ({
        agencyId: exception.agencyId,
        agencyName: exception.agency.name,
        reason: exception.reason,
        createdAt: exception.createdAt,
      })),
  }));
}
