import "server-only";
import type { ReportStatus } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { formerNamesSelect, nameInYear } from "../agencies/agency-in-year";
import { db } from "../db";
import { administeredAgencyWhere } from "../agencies/administered-agency-where";
import { cellInputText, cellKey, type CellRow } from "../report-cells/cell-row";
import { readCells } from "../report-cells/read-cells";
import { sumMemberCells, type MemberSums } from "./sum-member-cells";

export type SummaryOverview = {
  government: { id: string; name: string; code: string };
  year: number;
  report: {
    id: string;
    status: ReportStatus;
    version: number;
    revisionNumber: number;
    texts: { overview: string; problems: string; other: string };
    membersSummedAt: Date | null;
    errors: number | null;
    warnings: number | null;
  } | null;
  included: { agencyId: string; name: string; reportId: string }[];
  missing: MemberSums["missing"];
  /** Why the summary no longer matches its members (empty lists: up to date). */
  outOfDate: {
    /** Members approved, published or corrected after the summary was computed. */
    changedMembers: { agencyId: string; name: string; at: Date }[];
    /** Cells whose stored value differs from the members' sums now. */
    differingCells: string[];
  };
};

type ChangedRow = { agency_id: string; name: string; at: Date };

/**
 * A government's summary for a year beside its members: who is included and who is missing, and
 * whether the summary is out of date — a member approved or published (a correction too) after
 * the computation, or stored cells that differ from the members' sums now.
 */
export async function getSummaryOverview(
  user: StaffUser,
  input: { governmentId: string; year: number },
): Promise<SummaryOverview | null> {
  const government = await db.agency.findFirst({
    where: { AND: [{ id: input.governmentId, kind: "GOVERNMENT" }, administeredAgencyWhere(user)] },
    select: { id: true, name: true, code: true },
  });
  if (!government) return null;
  const [report, sums] = await Promise.all([
    db.report.findUnique({
      where: { agencyId_year_kind: { agencyId: government.id, year: input.year, kind: "SUMMARY" } },
      select: {
        id: true,
        status: true,
        version: true,
        membersSummedAt: true,
        errorCount: true,
        warningCount: true,
        checkedVersion: true,
        currentRevision: { select: { id: true, number: true, overview: true, problems: true, other: true } },
      },
    }),
    sumMemberCells(government.id, input.year),
  ]);
  const names = new Map(
    (
      await db.agency.findMany({
        where: { id: { in: sums.included.map((member) => member.agencyId) } },
        select: { id: true, name: true, formerNames: formerNamesSelect },
      })
    ).map((agency) => [agency.id, nameInYear(agency, input.year)]),
  );
  const included = sums.included
    .map((member) => ({ ...member, name: names.get(member.agencyId) ?? "" }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  if (!report?.currentRevision)
    return {
      government,
      year: input.year,
      report: null,
      included,
      missing: sums.missing,
      outOfDate: { changedMembers: [], differingCells: [] },
    };

  const revision = report.currentRevision;
  const fresh = report.checkedVersion === report.version;
  return {
    government,
    year: input.year,
    report: {
      id: report.id,
      status: report.status,
      version: report.version,
      revisionNumber: revision.number,
      texts: { overview: revision.overview, problems: revision.problems, other: revision.other },
      membersSummedAt: report.membersSummedAt,
      errors: fresh ? report.errorCount : null,
      warnings: fresh ? report.warningCount : null,
    },
    included,
    missing: sums.missing,
    outOfDate: {
      changedMembers: report.membersSummedAt
        ? await listChangedMembers(government.id, input.year, report.membersSummedAt)
        : [],
      differingCells: listDifferingCells(await readCells(revision.id), sums),
    },
  };
}

/** Members whose report was approved or published (first time or a correction) after `since`. */
async function listChangedMembers(governmentId: string, year: number, since: Date) {
  const rows = await db.$queryRaw<ChangedRow[]>`
    SELECT m.id AS agency_id, m.name, GREATEST(approved.at, published.at) AS at
    FROM agency m
    JOIN report r ON r.agency_id = m.id AND r.year = ${year}
      AND r.kind = (CASE WHEN m.kind = 'GOVERNMENT' THEN 'SUMMARY' ELSE 'AGENCY' END)::"ReportKind"
    LEFT JOIN LATERAL (
      SELECT max(e.at) AS at FROM audit_event e
      WHERE e.report_id = r.id AND e.action IN ('report.approve', 'report.publish', 'report.imported', 'report.replaced_by_import')
    ) approved ON true
    LEFT JOIN LATERAL (SELECT max(v.published_at) AS at FROM report_revision v WHERE v.report_id = r.id AND v.published_at <= ${new Date()}) published ON true
    WHERE m.parent_id = ${governmentId} AND m.active
      AND (r.status IN ('APPROVED', 'PUBLISHED') OR r.published_revision_id IS NOT NULL)
      AND GREATEST(approved.at, published.at) > ${since}
    ORDER BY m.name`;
  return rows.map((row) => ({ agencyId: row.agency_id, name: row.name, at: row.at }));
}

function listDifferingCells(stored: CellRow[], sums: MemberSums): string[] {
  const expected = new Map(
    sums.cells.map((cell) => [
      `${cell.table}.${cell.row}.${cell.column}`,
      cell.value === null ? null : String(cell.value),
    ]),
  );
  const differing: string[] = [];
  for (const cell of stored) {
    const key = cellKey(cell);
    const value = cellInputText(cell) || null;
    if ((expected.get(key) ?? null) !== value) differing.push(key);
  }
  return differing;
}
