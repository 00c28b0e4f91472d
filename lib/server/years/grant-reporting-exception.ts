import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";
import { administeredAgencyWhere } from "../agencies/administered-agency-where";

/**
 * Reopens one agency's report of a closed year as an exception (a late department, a report to
 * redo): its clerk may save and submit again. The reason is required and kept in the audit log.
 */
export async function grantReportingException(
  user: StaffUser,
  input: { year: number; agencyId: string; reason: string },
): Promise<Result> {
  const reason = input.reason.trim();
  if (!reason) return refuse("请填写例外开放的理由", "reason");
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findFirst({
      where: { AND: [{ id: input.agencyId }, administeredAgencyWhere(user)] },
      select: { id: true, name: true, kind: true },
    });
    if (!agency) return refuse("机构不存在，或不在您管理的范围内", "agencyId");
    const year = await tx.reportingYear.findUnique({ where: { year: input.year } });
    if (!year) return refuse(`${input.year} 年度不存在`);
    if (!year.closedAt) return refuse(`${input.year} 年度仍在填报中，无需例外开放`);
    const report = await tx.report.findUnique({
      where: {
        agencyId_year_kind: {
          agencyId: agency.id,
          year: input.year,
          kind: agency.kind === "GOVERNMENT" ? "SUMMARY" : "AGENCY",
        },
      },
      select: { id: true, status: true },
    });
    if (report?.status === "PUBLISHED") return refuse("该报告已发布，如需修改请走更正流程");
    await tx.reportingException.upsert({
      where: { year_agencyId: { year: input.year, agencyId: agency.id } },
      create: { year: input.year, agencyId: agency.id, reason, createdById: user.id },
      update: { reason, createdById: user.id, createdAt: new Date() },
    });
    await tx.auditEvent.create({
      data: {
        action: "year.exception_granted",
        actorId: user.id,
        agencyId: agency.id,
        reportId: report?.id ?? null,
        detail: { year: input.year, reason },
      },
    });
    return { ok: true as const };
  });
}
