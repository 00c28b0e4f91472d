import "server-only";
import { formatForYear } from "@/lib/report-format";
import { isAdmin } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";
import { legalDeadlines, type YearDeadlines } from "./year-deadlines";

export type OpenYearInput = { year: number; deadlines?: Partial<YearDeadlines> };

/**
 * Opens a reporting year with the format the spec fixes for it and its deadlines (the legal ones
 * unless given); reopens a closed year; on an open year, changes its deadlines. Audited.
 */
export async function openReportingYear(
  user: StaffUser,
  input: OpenYearInput,
): Promise<Result<{ change: "opened" | "reopened" | "updated" }>> {
  if (!isAdmin(user)) return refuse("只有主管部门管理员可以开放填报年度");
  const format = formatForYear(input.year);
  if (!format) return refuse(`${input.year} 年度不在支持范围内（2019 年度起）`, "year");
  if (input.year > new Date().getFullYear()) return refuse(`${input.year} 年度尚未开始`, "year");
  return db.$transaction(async (tx) => {
    const existing = await tx.reportingYear.findUnique({ where: { year: input.year } });
    const change = !existing ? "opened" : existing.closedAt ? "reopened" : "updated";
    // A new year starts from the legal deadlines; an existing one keeps those not given.
    const given = existing ? { ...input.deadlines } : { ...legalDeadlines(input.year), ...input.deadlines };
    const columns = {
      deadline: given.AGENCY,
      countyDeadline: given.COUNTY,
      cityDeadline: given.CITY,
      provinceDeadline: given.PROVINCE,
    };
    const detail = {
      format,
      ...Object.fromEntries(Object.entries(given).map(([level, date]) => [level, date.toISOString()])),
    };
    if (existing) await tx.reportingYear.update({ where: { year: input.year }, data: { ...columns, closedAt: null } });
    else await tx.reportingYear.create({ data: { year: input.year, format, ...columns, deadline: given.AGENCY! } });
    await tx.auditEvent.create({
      data: { action: `year.${change}`, actorId: user.id, detail: { year: input.year, ...detail } },
    });
    return { ok: true as const, change };
  });
}
