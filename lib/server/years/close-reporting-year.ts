import "server-only";
import { isAdmin } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";

/**
 * Closes a reporting year: its reports can no longer be saved or submitted (see isYearOpen), except
 * corrections of published reports and the agencies reopened as exceptions. Audited.
 */
export async function closeReportingYear(user: StaffUser, input: { year: number }): Promise<Result> {
  if (!isAdmin(user)) return refuse("只有主管部门管理员可以关闭填报年度");
  return db.$transaction(async (tx) => {
    const closed = await tx.reportingYear.updateMany({
      where: { year: input.year, closedAt: null },
      data: { closedAt: new Date() },
    });
    if (!closed.count) return refuse(`${input.year} 年度不存在或已关闭`);
    await tx.auditEvent.create({ data: { action: "year.closed", actorId: user.id, detail: { year: input.year } } });
    return { ok: true as const };
  });
}
