import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { announcePublicChange } from "../public/announce-public-change";
import { refuse, type Result } from "@/lib/action-result";
import { administeredAgencyWhere, listAdminRoots } from "./administered-agency-where";

/**
 * Deactivates an agency: it leaves the board, the summaries and the public list, and its reports
 * are kept (an agency is never deleted once it has reports). Refused while active agencies sit
 * under it, and for the user's own government.
 */
export async function deactivateAgency(user: StaffUser, input: { agencyId: string }): Promise<Result> {
  if (listAdminRoots(user).includes(input.agencyId)) return refuse("不能停用您所管理的本级政府");
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findFirst({
      where: { AND: [{ id: input.agencyId }, administeredAgencyWhere(user)] },
    });
    if (!agency) return refuse("机构不存在，或不在您管理的范围内");
    if (!agency.active) return { ok: true as const };
    const activeChildren = await tx.agency.count({ where: { parentId: agency.id, active: true } });
    if (activeChildren) return refuse(`“${agency.name}”下还有 ${activeChildren} 个在用的机构，请先停用或移走它们`);
    await tx.agency.update({ where: { id: agency.id }, data: { active: false } });
    await tx.auditEvent.create({
      data: { action: "agency.deactivated", actorId: user.id, agencyId: agency.id, detail: { name: agency.name } },
    });
    await announcePublicChange(tx, { kind: "agency_changed", code: agency.code });
    return { ok: true as const };
  });
}
