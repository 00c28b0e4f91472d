import "server-only";
import { parseFormatKey } from "@/lib/report-format";
import { readableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { cellOrder } from "./cell-order";
import { describeAuditCell, type AuditCellKind } from "./describe-audit-cell";
import { loadUserNames } from "./load-user-names";

export type CellHistoryEntry = { at: Date; actorName: string | null; before: string | null; after: string | null };
export type CellHistory = { cell: string; label: string; kind: AuditCellKind; entries: CellHistoryEntry[] };

const CHANGE_LIMIT = 10_000;

/**
 * Every recorded value of every changed cell and text of a report (from `audit_cell_change`),
 * cells in the order of the printed report, values oldest first; for everyone who may read the report.
 */
export async function listCellHistory(user: StaffUser, reportId: string): Promise<CellHistory[] | null> {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, readableReportWhere(user)] },
    select: { id: true, format: true },
  });
  if (!report) return null;
  const changes = await db.auditCellChange.findMany({
    where: { event: { reportId: report.id } },
    orderBy: [{ eventId: "asc" }, { id: "asc" }],
    take: CHANGE_LIMIT,
    select: { cell: true, before: true, after: true, event: { select: { at: true, actorId: true } } },
  });
  const names = await loadUserNames(changes.map((change) => change.event.actorId));
  const byCell = new Map<string, CellHistoryEntry[]>();
  for (const change of changes) {
    const entries = byCell.get(change.cell) ?? [];
    entries.push({
      at: change.event.at,
      actorName: change.event.actorId ? (names.get(change.event.actorId) ?? "（已删除的用户）") : null,
      before: change.before,
      after: change.after,
    });
    byCell.set(change.cell, entries);
  }
  const format = parseFormatKey(report.format);
  const position = cellOrder(format);
  return [...byCell.entries()]
    .map(([cell, entries]) => ({ cell, ...describeAuditCell(format, cell), entries }))
    .sort((a, b) => position(a.cell) - position(b.cell));
}
