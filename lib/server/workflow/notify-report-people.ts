import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TransitionAction } from "./transitions";

const MESSAGES: Partial<
  Record<
    TransitionAction,
    { to: "CLERK" | "SUPERVISOR"; text: (agency: string, year: number, reason?: string) => string }
  >
> = {
  submit: { to: "SUPERVISOR", text: (agency, year) => `${agency} ${year} 年度报告已提交，等待审核` },
  return: { to: "CLERK", text: (agency, year, reason) => `${agency} ${year} 年度报告被退回：${reason ?? ""}` },
  approve: { to: "CLERK", text: (agency, year) => `${agency} ${year} 年度报告已审核通过` },
  publish: { to: "CLERK", text: (agency, year) => `${agency} ${year} 年度报告已发布` },
  reopen: { to: "CLERK", text: (agency, year) => `${agency} ${year} 年度报告已开始更正，请修改后重新提交` },
  cancel_publication: {
    to: "CLERK",
    text: (agency, year) => `${agency} ${year} 年度报告的定时发布已取消，报告回到“已审核”状态，尚未公开`,
  },
};

/**
 * In-app notifications for the people of a report, in the transition's transaction. Rows in
 * `notification` are also what an e-mail sender would read, should one be added.
 */
export async function notifyReportPeople(
  tx: Prisma.TransactionClient,
  event: { reportId: string; agencyId: string; action: TransitionAction; actorId: string; reason?: string },
): Promise<void> {
  const message = MESSAGES[event.action];
  if (!message) return;
  const report = await tx.report.findUniqueOrThrow({
    where: { id: event.reportId },
    select: { year: true, agency: { select: { name: true } } },
  });
  const grants = await tx.roleAssignment.findMany({
    where: { agencyId: event.agencyId, role: message.to, userId: { not: event.actorId }, user: { active: true } },
    select: { userId: true },
  });
  if (!grants.length) return;
  await tx.notification.createMany({
    data: grants.map((grant) => ({
      userId: grant.userId,
      kind: `report.${event.action}`,
      reportId: event.reportId,
      message: message.text(report.agency.name, report.year, event.reason),
    })),
  });
}
