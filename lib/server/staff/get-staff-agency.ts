import "server-only";
import { readableAgencyWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { staffReportHref } from "./staff-report-href";

/**
 * One agency's staff page, or null when it does not exist or the user may not see it (same answer);
 * each report with where it leads for this user (staffReportHref).
 */
export async function getStaffAgency(user: StaffUser, code: string) {
  const agency = await db.agency.findFirst({
    where: { AND: [{ code }, readableAgencyWhere(user)] },
    select: {
      id: true,
      name: true,
      code: true,
      kind: true,
      region: true,
      parent: { select: { name: true } },
      reports: {
        orderBy: { year: "desc" },
        select: {
          id: true,
          year: true,
          kind: true,
          format: true,
          status: true,
          version: true,
          updatedAt: true,
          publishedRevision: { select: { publishedAt: true } },
        },
      },
    },
  });
  if (!agency) return null;
  return {
    ...agency,
    reports: agency.reports.map((report) => ({
      ...report,
      href: staffReportHref(user, { id: report.id, kind: report.kind, agencyId: agency.id }),
    })),
  };
}
