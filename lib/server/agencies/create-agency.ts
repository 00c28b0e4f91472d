import "server-only";
import type { AgencyKind, GovernmentLevel } from "@/lib/generated/prisma/client";
import { isValidAgencyCode, suggestAgencyCode } from "./agency-code";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";
import { isUniqueViolation } from "../is-unique-violation";
import { administersAgency } from "./administered-agency-where";
import { checkAgencyPlacement } from "./agency-placement";

export type CreateAgencyInput = {
  name: string;
  /** ASCII code for URLs; suggested from the name's pinyin when left out. */
  code?: string;
  kind: AgencyKind;
  level?: GovernmentLevel | null;
  parentId: string;
};

/** Creates an agency under a government the user administers; audited. */
export async function createAgency(
  user: StaffUser,
  input: CreateAgencyInput,
): Promise<Result<{ agencyId: string; code: string }>> {
  if (!administersAgency(user, input.parentId)) return refuse("上级机构不存在，或不在您管理的范围内", "parentId");
  const name = input.name.trim();
  const code = input.code?.trim().toLowerCase() || undefined;
  if (code && !isValidAgencyCode(code))
    return refuse("代码只能由小写字母、数字和连字符组成（不超过 40 个字符，不以连字符开头或结尾）", "code");
  try {
    return await db.$transaction(async (tx) => {
      const parent = await tx.agency.findUniqueOrThrow({ where: { id: input.parentId } });
      const misplaced = checkAgencyPlacement(parent, { kind: input.kind, level: input.level ?? null });
      if (misplaced) return refuse(misplaced, "parentId");
      if (await tx.agency.findUnique({ where: { name }, select: { id: true } }))
        return refuse(`已有名为“${name}”的机构`, "name");
      if (code && (await tx.agency.findUnique({ where: { code }, select: { id: true } })))
        return refuse(`代码 ${code} 已被其他机构使用`, "code");
      const agency = await tx.agency.create({
        data: {
          name,
          code: code ?? (await suggestAgencyCode(tx, name)),
          kind: input.kind,
          level: input.kind === "GOVERNMENT" ? (input.level ?? null) : null,
          region: parent.region,
          parentId: parent.id,
        },
      });
      await tx.auditEvent.create({
        data: {
          action: "agency.created",
          actorId: user.id,
          agencyId: agency.id,
          detail: { name, code: agency.code, kind: agency.kind, level: agency.level, parentId: parent.id },
        },
      });
      return { ok: true as const, agencyId: agency.id, code: agency.code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("名称或代码刚刚已被其他机构使用，请换一个");
    throw error;
  }
}
