import "server-only";
import type { ReportStatus } from "@/lib/generated/prisma/client";
import { readableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { daysUntil } from "../review/days-until";
import { EDITABLE_STATUSES } from "../workflow/transitions";

export type OpenYearReport = {
  year: number;
  format: string;
  deadline: Date;
  /** Calendar days to the deadline in Beijing, negative once overdue. */
  daysLeft: number;
  /** The user is a clerk of the agency: may start or continue its report. */
  canEdit: boolean;
  report: { id: string; status: ReportStatus; updatedAt: Date; editable: boolean } | null;
};

/** The open reporting year and the agency's own report for it (if started), for the agency's staff page. */
export async function getOpenYearReport(
  user: StaffUser,
  agencyId: string,
  now = new Date(),
): Promise<OpenYearReport | null> {
  const year = await db.reportingYear.findFirst({ where: { closedAt: null }, orderBy: { year: "desc" } });
  if (!year) return null;
  const report = await db.report.findFirst({
    where: { AND: [{ agencyId, year: year.year, kind: "AGENCY" }, readableReportWhere(user)] },
    select: { id: true, status: true, updatedAt: true },
  });
  const canEdit = user.roles.some((grant) => grant.role === "CLERK" && grant.agencyId === agencyId);
  return {
    year: year.year,
    format: year.format,
    deadline: year.deadline,
    daysLeft: daysUntil(year.deadline, now),
    canEdit,
    report: report ? { ...report, editable: canEdit && EDITABLE_STATUSES.includes(report.status) } : null,
  };
}
