import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { announcePublicChange } from "../public/announce-public-change";
import { refuse, type Result } from "@/lib/action-result";
import { administeredAgencyWhere } from "./administered-agency-where";

/** Puts a deactivated agency back in use (its parent must be in use); audited. */
export async function reactivateAgency(user: StaffUser, input: { agencyId: string }): Promise<Result> {
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findFirst({
      where: { AND: [{ id: input.agencyId }, administeredAgencyWhere(user)] },
      include: { parent: true },
    });
    if (!agency) return refuse("机构不存在，或不在您管理的范围内");
    if (agency.active) return { ok: true as const };
    if (agency.parent && !agency.parent.active) return refuse(`上级机构“${agency.parent.name}”已停用，请先启用它`);
    await tx.agency.update({ where: { id: agency.id }, data: { active: true } });
    await tx.auditEvent.create({
      data: { action: "agency.reactivated", actorId: user.id, agencyId: agency.id, detail: { name: agency.name } },
    });
    await announcePublicChange(tx, { kind: "agency_changed", code: agency.code });
    return { ok: true as const };
  });
}
