import "server-only";
import { emptyReport, formatForYear, getCellDefinition, isFormatKey } from "@/lib/report-format";
import { derivePrefill } from "@/lib/report-format/derive-prefill";
import { Prisma } from "@/lib/generated/prisma/client";
import { editableReportWhere } from "../auth/access";
import { isYearOpen } from "../years/is-year-open";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { loadLastYearsReport } from "../report-cells/load-last-years-report";
import { tablesToCellRows } from "../report-cells/read-cells";
import { writeCells } from "../report-cells/write-cells";

export type StartReportInput = { agencyCode: string; year: number };

export type StartReportResult =
  | { ok: true; reportId: string; created: boolean; prefilled: string[] }
  | { ok: false; code: "not_found" | "not_open"; message: string };

/**
 * Starts the agency's own report for an open reporting year, in that year's format, as its clerk.
 * One report per agency, year and kind: when it exists already (or is created meanwhile by a
 * colleague) the existing one is returned. Cells that last year's published report determines
 * (carry-over, in force, previous items) are filled in and marked prefilled.
 */
export async function startReport(user: StaffUser, input: StartReportInput): Promise<StartReportResult> {
  const grant = user.roles.find((role) => role.role === "CLERK" && role.agencyCode === input.agencyCode);
  if (!grant) return { ok: false, code: "not_found", message: "机构不存在，或您不是该机构的填报人" };
  const year = await db.reportingYear.findUnique({ where: { year: input.year } });
  if (!year || !(await isYearOpen(year.year, grant.agencyId)))
    return { ok: false, code: "not_open", message: `${input.year} 年度未开放填报` };
  const format = year.format;
  if (!isFormatKey(format) || formatForYear(year.year) !== format) {
    return { ok: false, code: "not_open", message: `${year.year} 年度的报告格式配置有误（${format}），请联系主管部门` };
  }

  const existing = await findExisting(user, grant.agencyId, year.year);
  if (existing) return { ok: true, reportId: existing, created: false, prefilled: [] };

  const previous = await loadLastYearsReport({ agencyId: grant.agencyId, year: year.year, kind: "AGENCY" });
  const draft = emptyReport(format, year.year, grant.agencyName);
  const prefill = previous ? derivePrefill(format, previous.report, draft.tables) : new Map<string, number>();
  for (const [key, value] of prefill) {
    const cell = getCellDefinition(format, key)!;
    draft.tables[cell.table]![cell.row]![cell.column] = value;
  }
  const rows = tablesToCellRows(format, draft.tables, new Set(prefill.keys()));

  try {
    const reportId = await db.$transaction(async (tx) => {
      const report = await tx.report.create({
        data: { agencyId: grant.agencyId, year: year.year, kind: "AGENCY", format, status: "DRAFT" },
      });
      const revision = await tx.reportRevision.create({ data: { reportId: report.id, number: 1 } });
      await writeCells(tx, revision.id, rows);
      await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
      await tx.auditEvent.create({
        data: {
          action: "report.created",
          actorId: user.id,
          reportId: report.id,
          agencyId: grant.agencyId,
          toStatus: "DRAFT",
          detail: { format, year: year.year, previousReportId: previous?.id ?? null, prefilled: [...prefill.keys()] },
        },
      });
      return report.id;
    });
    return { ok: true, reportId, created: true, prefilled: [...prefill.keys()] };
  } catch (error) {
    // A colleague started the same report a moment ago: the unique index (agency, year, kind) refused ours.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const reportId = await findExisting(user, grant.agencyId, year.year);
      if (reportId) return { ok: true, reportId, created: false, prefilled: [] };
    }
    throw error;
  }
}

async function findExisting(user: StaffUser, agencyId: string, year: number): Promise<string | null> {
  const report = await db.report.findFirst({
    where: { AND: [{ agencyId, year, kind: "AGENCY" }, editableReportWhere(user)] },
    select: { id: true },
  });
  return report?.id ?? null;
}
