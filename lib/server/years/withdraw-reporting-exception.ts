import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";
import { administersAgency } from "../agencies/administered-agency-where";

/** Ends an exception: the agency's report of the closed year is locked again. Audited. */
export async function withdrawReportingException(
  user: StaffUser,
  input: { year: number; agencyId: string },
): Promise<Result> {
  if (!administersAgency(user, input.agencyId)) return refuse("机构不存在，或不在您管理的范围内");
  return db.$transaction(async (tx) => {
    const removed = await tx.reportingException.deleteMany({ where: { year: input.year, agencyId: input.agencyId } });
    if (removed.count)
      await tx.auditEvent.create({
        data: {
          action: "year.exception_withdrawn",
          actorId: user.id,
          agencyId: input.agencyId,
          detail: { year: input.year },
        },
      });
    return { ok: true as const };
  });
}
