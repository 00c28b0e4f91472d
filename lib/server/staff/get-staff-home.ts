import "server-only";
import { readableAgencyWhere, readableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { daysUntil } from "../review/days-until";
import { EDITABLE_STATUSES } from "../workflow/transitions";
import { staffReportHref } from "./staff-report-href";

/**
 * What the staff home shows: the user's agencies, the open reporting year and the reports they may
 * see; each agency report of the open year still to be submitted (draft or returned) with the days
 * left before its deadline, negative once overdue.
 */
export async function getStaffHome(user: StaffUser, now = new Date()) {
  const [openYear, agencies, reports] = await Promise.all([
    db.reportingYear.findFirst({ where: { closedAt: null }, orderBy: { year: "desc" } }),
    db.agency.findMany({
      where: { ...readableAgencyWhere(user), active: true },
      orderBy: [{ kind: "desc" }, { name: "asc" }],
      select: { id: true, name: true, code: true, kind: true },
      take: 200,
    }),
    db.report.findMany({
      where: readableReportWhere(user),
      orderBy: [{ year: "desc" }, { agency: { name: "asc" } }],
      select: {
        id: true,
        year: true,
        kind: true,
        status: true,
        updatedAt: true,
        agencyId: true,
        agency: { select: { name: true, code: true } },
      },
      take: 200,
    }),
  ]);
  // A clerk's own agencies whose report of the open year is not yet submitted: the deadline concerns them.
  const submitted = new Set(
    reports
      .filter((report) => report.year === openYear?.year && report.kind === "AGENCY")
      .filter((report) => !EDITABLE_STATUSES.includes(report.status))
      .map((report) => report.agencyId),
  );
  const toSubmit = user.roles.filter((grant) => grant.role === "CLERK" && !submitted.has(grant.agencyId)).length;
  const deadline = openYear && { ...openYear, daysLeft: daysUntil(openYear.deadline, now), toSubmit };
  return {
    openYear: deadline,
    agencies,
    reports: reports.map((report) => ({
      ...report,
      href: staffReportHref(user, report),
      pendingDeadline:
        deadline &&
        report.year === deadline.year &&
        report.kind === "AGENCY" &&
        EDITABLE_STATUSES.includes(report.status)
          ? { deadline: deadline.deadline, daysLeft: deadline.daysLeft }
          : null,
    })),
  };
}
