import "server-only";
import { formatDate } from "@/lib/format-date";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";
import { administeredAgencyWhere } from "./administered-agency-where";

export type AgencyDatesInput = {
  agencyId: string;
  /** Set-up day, UTC midnight (a DATE column); null: not recorded. */
  establishedOn: Date | null;
  /** Abolished or merged on that day; null while it exists. */
  abolishedOn: Date | null;
};

/**
 * Records when an agency the user administers was set up and, where it applies, abolished or
 * merged: from then on the board, the summaries and the year pages count it only in the years it
 * existed (agencies/agency-in-year). Refused when a recorded report year falls outside them, so no
 * report loses its agency; audited with both values.
 */
export async function setAgencyDates(user: StaffUser, input: AgencyDatesInput): Promise<Result> {
  const { establishedOn, abolishedOn } = input;
  if (establishedOn && abolishedOn && abolishedOn <= establishedOn)
    return refuse("撤销（合并）日期必须晚于成立日期", "abolishedOn");
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findFirst({
      where: { AND: [{ id: input.agencyId }, administeredAgencyWhere(user)] },
    });
    if (!agency) return refuse("机构不存在，或不在您管理的范围内");
    const years = await tx.report.findMany({
      where: { agencyId: agency.id },
      select: { year: true },
      distinct: ["year"],
      orderBy: { year: "asc" },
    });
    const first = years[0]?.year;
    const last = years[years.length - 1]?.year;
    if (first !== undefined && establishedOn && establishedOn.getUTCFullYear() > first) {
      return refuse(`“${agency.name}”已有 ${first} 年度报告，成立日期不能晚于 ${first}年12月31日`, "establishedOn");
    }
    if (last !== undefined && abolishedOn && abolishedOn.getUTCFullYear() < last) {
      return refuse(`“${agency.name}”已有 ${last} 年度报告，撤销（合并）日期不能早于 ${last}年1月1日`, "abolishedOn");
    }
    const show = (date: Date | null) => (date ? formatDate(date) : null);
    await tx.agency.update({ where: { id: agency.id }, data: { establishedOn, abolishedOn } });
    await tx.auditEvent.create({
      data: {
        action: "agency.dates_changed",
        actorId: user.id,
        agencyId: agency.id,
        detail: {
          establishedOn: { from: show(agency.establishedOn), to: show(establishedOn) },
          abolishedOn: { from: show(agency.abolishedOn), to: show(abolishedOn) },
        },
      },
    });
    return { ok: true as const };
  });
}
