import "server-only";
import { parseFormatKey } from "@/lib/report-format";
import { reviewableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { cellOrder } from "./cell-order";
import { describeAuditCell, type AuditCellKind } from "./describe-audit-cell";
import { loadUserNames } from "./load-user-names";

export type SubmissionChange = {
  /** `table.row.column`, `texts.overview` or `explanations.<warning key>` */
  cell: string;
  label: string;
  kind: AuditCellKind;
  /** The value at the previous submission (null: blank). */
  before: string | null;
  /** The value now. */
  after: string | null;
  changedBy: string[];
  lastChangedAt: Date;
};

export type ChangesSinceSubmission = {
  /** The submission compared against; null when the report was never submitted before. */
  baseline: { at: Date; actorName: string | null } | null;
  changes: SubmissionChange[];
};

/**
 * What the clerk changed since the previous submission: cells, texts and explanations of warnings.
 *
 * Computed from the append-only audit log, not from snapshots: a revision is edited in place, so
 * the only record of what a previous submission contained is the `audit_cell_change` rows of the
 * `report.saved` events after it. The baseline is the last `report.submit` before the current one
 * (for a report back with the clerk, the last one). The changes of each cell are folded into one
 * "first before → last after"; a cell changed and changed back is not a change.
 */
export async function listChangesSinceSubmission(
  user: StaffUser,
  reportId: string,
): Promise<ChangesSinceSubmission | null> {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, reviewableReportWhere(user)] },
    select: { id: true, format: true, status: true },
  });
  if (!report) return null;

  const submissions = await db.auditEvent.findMany({
    where: { reportId: report.id, action: "report.submit" },
    orderBy: { id: "asc" },
    select: { id: true, at: true, actorId: true },
  });
  // While the clerk holds the report there is no current submission yet: compare with the last one.
  const withClerk = report.status === "DRAFT" || report.status === "RETURNED";
  const current = withClerk ? undefined : submissions.at(-1);
  const baseline = withClerk ? submissions.at(-1) : submissions.at(-2);
  if (!baseline) return { baseline: null, changes: [] };

  const rows = await db.auditCellChange.findMany({
    where: {
      event: {
        reportId: report.id,
        action: "report.saved",
        id: { gt: baseline.id, ...(current ? { lt: current.id } : {}) },
      },
    },
    orderBy: [{ eventId: "asc" }, { id: "asc" }],
    select: { cell: true, before: true, after: true, event: { select: { at: true, actorId: true } } },
  });
  const names = await loadUserNames([baseline.actorId, ...rows.map((row) => row.event.actorId)]);

  const folded = new Map<string, { before: string | null; after: string | null; actors: Set<string>; at: Date }>();
  for (const row of rows) {
    const entry = folded.get(row.cell) ?? {
      before: row.before,
      after: row.after,
      actors: new Set<string>(),
      at: row.event.at,
    };
    entry.after = row.after;
    entry.at = row.event.at;
    if (row.event.actorId) entry.actors.add(names.get(row.event.actorId) ?? "（已删除的用户）");
    folded.set(row.cell, entry);
  }

  const format = parseFormatKey(report.format);
  const position = cellOrder(format);
  const changes = [...folded.entries()]
    .filter(([, entry]) => normalise(entry.before) !== normalise(entry.after))
    .map(([cell, entry]): SubmissionChange => ({
      cell,
      ...describeAuditCell(format, cell),
      before: entry.before,
      after: entry.after,
      changedBy: [...entry.actors],
      lastChangedAt: entry.at,
    }))
    .sort((a, b) => position(a.cell) - position(b.cell));
  return {
    baseline: { at: baseline.at, actorName: baseline.actorId ? (names.get(baseline.actorId) ?? null) : null },
    changes,
  };
}

/** A blank cell or an empty text may be recorded as null or "": the same thing to a reader. */
function normalise(value: string | null): string {
  return value ?? "";
}
