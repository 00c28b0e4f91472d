import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { existedInYearSql, nameInYearSql } from "../agencies/agency-in-year";
import { db } from "../db";

// The summary (汇总) of a government for a year: cell by cell, the sum over its members' reports,
// in one SQL statement. Members (spec: 县 = 部门 + 乡镇; 市 = 部门 + 县; 省 = 部门 + 市) are the active
// direct children of the government that existed in the year (agencies/agency-in-year; a member
// with a counted report is one whatever its recorded dates): departments and 乡镇 with their own
// reports, governments with their summary reports, named as they were that year. A member counts when its report is approved or published; a report being
// corrected counts with its published revision.
//
// With `publishedBy` (the public year page), only what citizens may see counts: each member's
// latest revision published by then; approved but unpublished reports are missing members.

export type MemberCellSum = {
  table: string;
  row: string;
  column: string;
  /** Sum of counts, or of money as an exact decimal string. */
  value: number | string | null;
  /** Money only: the unit of `value` (amounts in 万元 and 元 are summed in 元). */
  unit: string | null;
};

export type MemberSums = {
  cells: MemberCellSum[];
  included: { agencyId: string; reportId: string }[];
  missing: { agencyId: string; name: string }[];
};

type Row = {
  table_key: string;
  row_key: string;
  column_key: string;
  int_sum: bigint | null;
  decimal_sum: string | null;
  unit: string | null;
};
type MemberRow = { agency_id: string; name: string; report_id: string | null };

export type SumMemberOptions = { publishedBy?: Date };

function countedReport(publishedBy: Date | undefined): Prisma.Sql {
  return publishedBy
    ? Prisma.sql`EXISTS (SELECT 1 FROM report_revision v WHERE v.report_id = r.id AND v.published_at <= ${publishedBy})`
    : Prisma.sql`(r.status IN ('APPROVED', 'PUBLISHED') OR r.published_revision_id IS NOT NULL)`;
}

function countedRevision(publishedBy: Date | undefined): Prisma.Sql {
  return publishedBy
    ? Prisma.sql`(SELECT v.id FROM report_revision v WHERE v.report_id = r.id AND v.published_at <= ${publishedBy} ORDER BY v.number DESC LIMIT 1)`
    : Prisma.sql`CASE WHEN r.status IN ('APPROVED', 'PUBLISHED') THEN r.current_revision_id ELSE r.published_revision_id END`;
}

const MEMBER_REPORTS = (governmentId: string, year: number, publishedBy: Date | undefined) => db.$queryRaw<MemberRow[]>`
  SELECT m.id AS agency_id, ${nameInYearSql("m", year)} AS name, r.id AS report_id
  FROM agency m
  LEFT JOIN report r ON r.agency_id = m.id AND r.year = ${year}
    AND r.kind = (CASE WHEN m.kind = 'GOVERNMENT' THEN 'SUMMARY' ELSE 'AGENCY' END)::"ReportKind"
    AND ${countedReport(publishedBy)}
  WHERE m.parent_id = ${governmentId} AND m.active AND (${existedInYearSql("m", year)} OR r.id IS NOT NULL)
  ORDER BY m.name`;

export async function sumMemberCells(
  governmentId: string,
  year: number,
  options: SumMemberOptions = {},
): Promise<MemberSums> {
  const { publishedBy } = options;
  const [rows, members] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH member_revision AS (
        SELECT ${countedRevision(publishedBy)} AS revision_id
        FROM agency m
        JOIN report r ON r.agency_id = m.id AND r.year = ${year}
          AND r.kind = (CASE WHEN m.kind = 'GOVERNMENT' THEN 'SUMMARY' ELSE 'AGENCY' END)::"ReportKind"
        WHERE m.parent_id = ${governmentId} AND m.active
      )
      SELECT c.table_key, c.row_key, c.column_key,
        SUM(c.int_value) AS int_sum,
        CASE WHEN MIN(c.unit) IS DISTINCT FROM MAX(c.unit)
          THEN trim_scale(SUM(c.decimal_value * CASE c.unit WHEN '万元' THEN 10000 ELSE 1 END))
          ELSE trim_scale(SUM(c.decimal_value)) END::text AS decimal_sum,
        CASE WHEN MIN(c.unit) IS DISTINCT FROM MAX(c.unit) THEN '元' ELSE MIN(c.unit) END AS unit
      FROM report_cell c
      JOIN member_revision mr ON c.revision_id = mr.revision_id
      GROUP BY c.table_key, c.row_key, c.column_key`,
    MEMBER_REPORTS(governmentId, year, publishedBy),
  ]);
  return {
    cells: rows.map((row) => ({
      table: row.table_key,
      row: row.row_key,
      column: row.column_key,
      value: row.decimal_sum !== null ? row.decimal_sum : row.int_sum === null ? null : Number(row.int_sum),
      unit: row.unit,
    })),
    included: members
      .filter((member) => member.report_id)
      .map((member) => ({ agencyId: member.agency_id, reportId: member.report_id! })),
    missing: members
      .filter((member) => !member.report_id)
      .map((member) => ({ agencyId: member.agency_id, name: member.name })),
  };
}
