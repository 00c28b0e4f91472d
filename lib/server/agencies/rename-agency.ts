import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { announcePublicChange } from "../public/announce-public-change";
import { refuse, type Result } from "@/lib/action-result";
import { isUniqueViolation } from "../is-unique-violation";
import { administeredAgencyWhere } from "./administered-agency-where";

/**
 * Renames an agency the user administers (its code, and so its URLs, stay); audited with both names.
 * With `firstYear` (the first report year of the new name) the old name is kept as a former name:
 * the pages of the years before show it (agencies/agency-in-year). Without it the rename corrects
 * the name for every year.
 */
export async function renameAgency(
  user: StaffUser,
  input: { agencyId: string; name: string; firstYear?: number },
): Promise<Result> {
  const name = input.name.trim();
  try {
    return await db.$transaction(async (tx) => {
      const agency = await tx.agency.findFirst({
        where: { AND: [{ id: input.agencyId }, administeredAgencyWhere(user)] },
      });
      if (!agency) return refuse("机构不存在，或不在您管理的范围内");
      if (agency.name === name) return { ok: true as const };
      if (await tx.agency.findUnique({ where: { name }, select: { id: true } }))
        return refuse(`已有名为“${name}”的机构`, "name");
      if (input.firstYear !== undefined) {
        const lastYear = input.firstYear - 1;
        const latest = await tx.agencyFormerName.findFirst({
          where: { agencyId: agency.id },
          orderBy: { lastYear: "desc" },
        });
        if (latest && latest.lastYear >= lastYear)
          return refuse(
            `新名称的起始年度须晚于 ${latest.lastYear + 1} 年度（上一次改名时“${latest.name}”用到 ${latest.lastYear} 年度）`,
            "firstYear",
          );
        await tx.agencyFormerName.create({ data: { agencyId: agency.id, name: agency.name, lastYear } });
      }
      await tx.agency.update({ where: { id: agency.id }, data: { name } });
      await tx.auditEvent.create({
        data: {
          action: "agency.renamed",
          actorId: user.id,
          agencyId: agency.id,
          detail: { from: agency.name, to: name, firstYear: input.firstYear ?? null },
        },
      });
      // The name is on its public pages and in its downloads, on every instance.
      await announcePublicChange(tx, { kind: "agency_renamed", code: agency.code });
      return { ok: true as const };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(`已有名为“${name}”的机构`, "name");
    throw error;
  }
}
