import "server-only";
import { isFormatKey, listCellDefinitions } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result } from "@/lib/action-result";
import { isUniqueViolation } from "../is-unique-violation";
import { administeredAgencyWhere } from "../agencies/administered-agency-where";
import { isYearOpen } from "../years/is-year-open";
import { refreshReportChecks } from "../reports/refresh-report-checks";
import { EDITABLE_STATUSES } from "../workflow/transitions";
import { cellAuditText, cellKey, type CellRow } from "../report-cells/cell-row";
import { readCells } from "../report-cells/read-cells";
import { writeCells } from "../report-cells/write-cells";
import { sumMemberCells, type MemberSums } from "./sum-member-cells";

export type ComputedSummary = {
  reportId: string;
  included: number;
  missing: MemberSums["missing"];
  changedCells: number;
};

/**
 * Creates or recomputes a government's summary (汇总) report for a year: every cell is the sum of
 * the members' approved or published reports (sumMemberCells: one SQL statement), written to the
 * working revision with the time of the computation. The texts are the admin's and are kept. The
 * summary then goes through the same review and publication as any report (transitionReport).
 */
export async function computeSummaryReport(
  user: StaffUser,
  input: { governmentId: string; year: number },
): Promise<Result<ComputedSummary>> {
  const government = await db.agency.findFirst({
    where: { AND: [{ id: input.governmentId, kind: "GOVERNMENT", active: true }, administeredAgencyWhere(user)] },
    select: { id: true, name: true },
  });
  if (!government) return refuse("政府不存在，或不在您管理的范围内");
  const year = await db.reportingYear.findUnique({ where: { year: input.year } });
  if (!year || !isFormatKey(year.format)) return refuse(`${input.year} 年度不存在`);
  const existing = await db.report.findUnique({
    where: { agencyId_year_kind: { agencyId: government.id, year: input.year, kind: "SUMMARY" } },
    select: { id: true, status: true, version: true, currentRevisionId: true, publishedRevisionId: true },
  });
  if (existing && !EDITABLE_STATUSES.includes(existing.status)) {
    return refuse("汇总报告已提交、已审核或已发布，不能重新计算；如需更新，请先退回或开始更正");
  }
  if (!existing?.publishedRevisionId && !(await isYearOpen(input.year, government.id)))
    return refuse(`${input.year} 年度已关闭填报`);

  // Taken before the sums: a member approved or published from now on makes this summary out of date.
  const summedAt = new Date();
  const sums = await sumMemberCells(government.id, input.year);
  const values = new Map(sums.cells.map((cell) => [`${cell.table}.${cell.row}.${cell.column}`, cell]));
  const rows: CellRow[] = listCellDefinitions(year.format).map((definition) => {
    const sum = values.get(definition.key);
    const money = definition.type === "money";
    const value = sum?.value ?? null;
    return {
      tableKey: definition.table,
      rowKey: definition.row,
      columnKey: definition.column,
      intValue: !money && value !== null ? Number(value) : null,
      decimalValue: money && value !== null ? String(value) : null,
      unit: money ? (sum?.unit ?? (definition.units?.length === 1 ? definition.units[0]! : null)) : null,
      prefilled: false,
    };
  });

  try {
    return await db.$transaction(async (tx) => {
      const { reportId, revisionId, before } = existing
        ? await reuseRevision(tx, existing)
        : await createSummary(tx, government.id, input.year, year.format);
      if (!reportId) return refuse("汇总报告刚刚已被他人修改或处理，请刷新页面后再操作");
      const changes = diffCells(before, rows);
      await writeCells(tx, revisionId, rows, { replace: true });
      await tx.$executeRaw`UPDATE report SET members_summed_at = ${summedAt} WHERE id = ${reportId}`;
      const event = await tx.auditEvent.create({
        data: {
          action: existing ? "summary.recomputed" : "summary.created",
          actorId: user.id,
          reportId,
          agencyId: government.id,
          toStatus: existing ? null : "DRAFT",
          detail: {
            year: input.year,
            included: sums.included.map((member) => member.reportId),
            missing: sums.missing.map((member) => member.name),
          },
        },
      });
      if (changes.length)
        await tx.auditCellChange.createMany({ data: changes.map((change) => ({ ...change, eventId: event.id })) });
      await refreshReportChecks(tx, reportId);
      return {
        ok: true as const,
        reportId,
        included: sums.included.length,
        missing: sums.missing,
        changedCells: changes.length,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("汇总报告刚刚已由他人创建，请刷新页面");
    throw error;
  }
}

type Existing = { id: string; status: string; version: number; currentRevisionId: string | null };
type Target = { reportId: string | null; revisionId: string; before: CellRow[] };

async function reuseRevision(tx: Prisma.TransactionClient, existing: Existing): Promise<Target> {
  const bumped = await tx.report.updateMany({
    where: { id: existing.id, version: existing.version, status: { in: [...EDITABLE_STATUSES] } },
    data: { version: { increment: 1 } },
  });
  const revisionId = existing.currentRevisionId!;
  if (bumped.count !== 1) return { reportId: null, revisionId, before: [] };
  return { reportId: existing.id, revisionId, before: await readCells(revisionId, tx) };
}

async function createSummary(
  tx: Prisma.TransactionClient,
  agencyId: string,
  year: number,
  format: string,
): Promise<Target> {
  const report = await tx.report.create({ data: { agencyId, year, kind: "SUMMARY", format, status: "DRAFT" } });
  const revision = await tx.reportRevision.create({ data: { reportId: report.id, number: 1 } });
  await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
  return { reportId: report.id, revisionId: revision.id, before: [] };
}

/** The audit's before/after of every cell the computation changed. */
function diffCells(
  before: CellRow[],
  after: CellRow[],
): { cell: string; before: string | null; after: string | null }[] {
  const old = new Map(before.map((cell) => [cellKey(cell), cell]));
  return after.flatMap((cell) => {
    const key = cellKey(cell);
    const stored = old.get(key);
    const from = stored ? cellAuditText(stored, true) : null;
    const to = cellAuditText(cell, true);
    return from === to ? [] : [{ cell: key, before: from, after: to }];
  });
}
