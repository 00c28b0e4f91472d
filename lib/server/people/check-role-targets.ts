import "server-only";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { ROLE_LABELS } from "@/lib/labels";
import type { StaffUser } from "../auth/current-user";

/**
 * Why these grants cannot be given by this admin, or null: every agency in the admin's tree and in
 * use; 填报人 of a department or 乡镇 (a government's summary is written by its 主管部门);
 * 主管部门管理员 of a government.
 */
export async function checkRoleTargets(
  tx: Prisma.TransactionClient,
  admin: StaffUser,
  grants: { role: Role; agencyId: string }[],
): Promise<string | null> {
  const ids = [...new Set(grants.map((grant) => grant.agencyId))];
  if (ids.some((id) => !admin.administeredAgencyIds.includes(id))) return "所选机构不存在，或不在您管理的范围内";
  const agencies = new Map(
    (
      await tx.agency.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, kind: true, active: true },
      })
    ).map((agency) => [agency.id, agency]),
  );
  for (const grant of grants) {
    const agency = agencies.get(grant.agencyId);
    if (!agency) return "所选机构不存在";
    if (!agency.active) return `“${agency.name}”已停用`;
    if (grant.role === "CLERK" && agency.kind === "GOVERNMENT")
      return `${ROLE_LABELS.CLERK}只能是部门或乡镇的；“${agency.name}”的汇总报告由主管部门管理员填写`;
    if (grant.role === "ADMIN" && agency.kind !== "GOVERNMENT")
      return `${ROLE_LABELS.ADMIN}只能是人民政府的，“${agency.name}”不是人民政府`;
    if (grant.role === "AUDITOR" && agency.kind !== "GOVERNMENT")
      return `${ROLE_LABELS.AUDITOR}只能是人民政府的，“${agency.name}”不是人民政府`;
  }
  return null;
}
