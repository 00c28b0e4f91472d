import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";
import { administeredAgencyWhere, administersAgency, listAdminRoots } from "./administered-agency-where";
import { checkAgencyPlacement } from "./agency-placement";

/**
 * Moves an agency (with everything under it) to another government of the user's tree. Refused when
 * the new parent is the agency itself or lies under it (a cycle), or when the agency is one of the
 * governments the user was granted (moving it would take it out of the user's own tree).
 */
export async function moveAgency(user: StaffUser, input: { agencyId: string; parentId: string }): Promise<Result> {
  if (!administersAgency(user, input.parentId)) return refuse("新的上级机构不存在，或不在您管理的范围内", "parentId");
  if (listAdminRoots(user).includes(input.agencyId)) return refuse("不能移动您所管理的本级政府");
  return db.$transaction(async (tx) => {
    // Moves run one at a time: two crossing moves (X under Y, Y under X) cannot both pass the cycle check.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('agency.move'))`;
    const agency = await tx.agency.findFirst({
      where: { AND: [{ id: input.agencyId }, administeredAgencyWhere(user)] },
    });
    if (!agency) return refuse("机构不存在，或不在您管理的范围内");
    if (agency.parentId === input.parentId) return { ok: true as const };
    const [cycle] = await tx.$queryRaw<{ found: boolean }[]>`
      WITH RECURSIVE below AS (
        SELECT id FROM agency WHERE id = ${agency.id}
        UNION
        SELECT child.id FROM agency child JOIN below ON child.parent_id = below.id
      )
      SELECT EXISTS (SELECT 1 FROM below WHERE id = ${input.parentId}) AS found`;
    if (cycle?.found) return refuse("不能把机构移到它自己或它的下级机构之下", "parentId");
    const parent = await tx.agency.findUniqueOrThrow({ where: { id: input.parentId } });
    const misplaced = checkAgencyPlacement(parent, agency);
    if (misplaced) return refuse(misplaced, "parentId");
    await tx.agency.update({ where: { id: agency.id }, data: { parentId: parent.id } });
    await tx.auditEvent.create({
      data: {
        action: "agency.moved",
        actorId: user.id,
        agencyId: agency.id,
        detail: { fromParentId: agency.parentId, toParentId: parent.id },
      },
    });
    return { ok: true as const };
  });
}
