import "server-only";
import { readableAgencyWhere, readableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";

/** What the staff home shows: the user's agencies, the open reporting year and the reports they may see. */
export async function getStaffHome(user: StaffUser) {
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
        agency: { select: { name: true, code: true } },
      },
      take: 200,
    }),
  ]);
  return { openYear, agencies, reports };
}
