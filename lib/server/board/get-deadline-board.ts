import "server-only";
import { beijingDayNumber } from "@/lib/beijing-time";
import type { AgencyKind, GovernmentLevel, ReportStatus } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { existedInYearSql, nameInYearSql } from "../agencies/agency-in-year";
import { db } from "../db";
import { listAdminRoots } from "../agencies/administered-agency-where";
import { BOARD_FILTERS, type BoardFilter } from "./board-filters";
import { deadlineLevelOf, resolveDeadlines, type DeadlineLevel } from "../years/year-deadlines";

export type BoardRow = {
  agencyId: string;
  name: string;
  code: string;
  kind: AgencyKind;
  level: GovernmentLevel | null;
  depth: number;
  reportId: string | null;
  /** null: not started (no report yet). */
  status: ReportStatus | null;
  /** A published report being corrected (its published revision stays public meanwhile). */
  correcting: boolean;
  lastActivity: Date | null;
  /** null: not counted yet for the report's current version. */
  errors: number | null;
  warnings: number | null;
  deadline: Date;
  /** Calendar days (Beijing) to the deadline's day: 0 on the day, negative past it. */
  daysLeft: number;
  /** When the report was first made public (null while unpublished or scheduled later). */
  publishedAt: Date | null;
  late: boolean;
};

export type BoardRate = { label: string; expected: number; published: number; onTime: number };

export type DeadlineBoard = {
  government: { id: string; name: string };
  /** Governments of the user's tree, to switch the board to a lower one. */
  governments: { id: string; name: string }[];
  /** The rows of the page asked for (all of them without `pageSize`), of `matchingRows` that pass the filter. */
  year: { year: number; format: string; closedAt: Date | null; deadlines: Record<DeadlineLevel, Date> };
  /** Every reporting year, newest first (to switch the board to another). */
  years: number[];
  rows: BoardRow[];
  matchingRows: number;
  page: number;
  pageCount: number;
  counts: Record<BoardFilter, number>;
  /** Reporting rates: the whole tree, each kind of agency, and each government's own members. */
  rates: { overall: BoardRate; byLevel: BoardRate[]; byGovernment: BoardRate[] };
  staleChecks: number;
};

type Row = {
  id: string;
  name: string;
  code: string;
  kind: AgencyKind;
  level: GovernmentLevel | null;
  parent_id: string | null;
  depth: number;
  report_id: string | null;
  status: ReportStatus | null;
  has_published: boolean | null;
  error_count: number | null;
  warning_count: number | null;
  checks_fresh: boolean | null;
  last_activity: Date | null;
  first_published_at: Date | null;
};

const LEVEL_RATE_LABELS: Record<DeadlineLevel | "TOWNSHIP", string> = {
  AGENCY: "部门",
  TOWNSHIP: "乡镇",
  COUNTY: "县级政府（汇总报告）",
  CITY: "市级政府（汇总报告）",
  PROVINCE: "省级政府（汇总报告）",
};

/**
 * The deadline board of a government for a year: every active agency under it that existed in
 * that year (or has a report for it; see agencies/agency-in-year), named as it was then, with its report's
 * status, last activity and stored error/warning counts (one SQL statement; nothing is validated
 * here), the days to or past its deadline, and the reporting rates. Null when the user does not
 * administer that government or the year does not exist.
 */
export async function getDeadlineBoard(
  user: StaffUser,
  input: { year: number; governmentId?: string; filter?: BoardFilter; now?: Date; page?: number; pageSize?: number },
): Promise<DeadlineBoard | null> {
  const roots = listAdminRoots(user);
  const governmentId = input.governmentId ?? roots[0];
  if (!governmentId || !user.administeredAgencyIds.includes(governmentId)) return null;
  const [government, years] = await Promise.all([
    db.agency.findFirst({ where: { id: governmentId, kind: "GOVERNMENT" }, select: { id: true, name: true } }),
    db.reportingYear.findMany({ orderBy: { year: "desc" } }),
  ]);
  const year = years.find((candidate) => candidate.year === input.year);
  if (!government || !year) return null;

  const rows = await db.$queryRaw<Row[]>`
    WITH RECURSIVE tree AS (
      SELECT id, name, code, kind, level, parent_id, established_on, abolished_on, 0 AS depth, ARRAY['2' || name] AS path
      FROM agency WHERE id = ${government.id}
      UNION ALL
      SELECT a.id, a.name, a.code, a.kind, a.level, a.parent_id, a.established_on, a.abolished_on, t.depth + 1,
        t.path || ((CASE a.kind WHEN 'DEPARTMENT' THEN '0' WHEN 'TOWNSHIP' THEN '1' ELSE '2' END) || a.name)
      FROM agency a JOIN tree t ON a.parent_id = t.id
      WHERE a.active
    )
    SELECT t.id, ${nameInYearSql("t", input.year)} AS name, t.code, t.kind, t.level, t.parent_id, t.depth,
      r.id AS report_id, r.status, r.published_revision_id IS NOT NULL AS has_published,
      r.error_count, r.warning_count, r.checked_version = r.version AS checks_fresh,
      GREATEST(r.updated_at, activity.last_at) AS last_activity,
      first_revision.published_at AS first_published_at
    FROM tree t
    LEFT JOIN report r ON r.agency_id = t.id AND r.year = ${input.year}
      AND r.kind = (CASE WHEN t.kind = 'GOVERNMENT' THEN 'SUMMARY' ELSE 'AGENCY' END)::"ReportKind"
    LEFT JOIN LATERAL (SELECT max(e.at) AS last_at FROM audit_event e WHERE e.report_id = r.id) activity ON true
    LEFT JOIN report_revision first_revision ON first_revision.report_id = r.id AND first_revision.number = 1
    WHERE t.depth = 0 OR ${existedInYearSql("t", input.year)} OR r.id IS NOT NULL
    ORDER BY t.path`;

  const now = input.now ?? new Date();
  const deadlines = resolveDeadlines(year);
  const all = rows.map((row) => toBoardRow(row, deadlines, now));
  const counts = Object.fromEntries(
    BOARD_FILTERS.map((filter) => [filter, all.filter((row) => matches(row, filter)).length]),
  ) as Record<BoardFilter, number>;
  const filter = input.filter ?? "all";
  const filtered = filter === "all" ? all : all.filter((row) => matches(row, filter));
  const pageSize = input.pageSize ?? filtered.length;
  const pageCount = Math.max(1, Math.ceil(filtered.length / Math.max(1, pageSize)));
  const page = Math.min(Math.max(1, input.page ?? 1), pageCount);
  // The user's own governments, then the governments of this tree (to switch the board to a lower one).
  const governments = new Map(
    user.roles.filter((grant) => grant.role === "ADMIN").map((grant) => [grant.agencyId, grant.agencyName]),
  );
  for (const row of all) if (row.kind === "GOVERNMENT") governments.set(row.agencyId, row.name);
  return {
    government,
    governments: [...governments].map(([id, name]) => ({ id, name })),
    year: { year: year.year, format: year.format, closedAt: year.closedAt, deadlines },
    years: years.map((candidate) => candidate.year),
    rows: filtered.slice((page - 1) * pageSize, page * pageSize),
    matchingRows: filtered.length,
    page,
    pageCount,
    counts,
    rates: computeRates(all, rows),
    staleChecks: rows.filter((row) => row.report_id && !row.checks_fresh).length,
  };
}

function toBoardRow(row: Row, deadlines: Record<DeadlineLevel, Date>, now: Date): BoardRow {
  const deadline = deadlines[deadlineLevelOf(row)];
  const publishedAt = row.first_published_at && row.first_published_at <= now ? row.first_published_at : null;
  const fresh = Boolean(row.checks_fresh);
  return {
    agencyId: row.id,
    name: row.name,
    code: row.code,
    kind: row.kind,
    level: row.level,
    depth: row.depth,
    reportId: row.report_id,
    status: row.status,
    correcting: Boolean(row.has_published) && row.status !== "PUBLISHED",
    lastActivity: row.last_activity,
    errors: fresh ? row.error_count : null,
    warnings: fresh ? row.warning_count : null,
    deadline,
    daysLeft: beijingDayNumber(deadline) - beijingDayNumber(now),
    publishedAt,
    late: publishedAt ? publishedAt > deadline : now > deadline,
  };
}

function matches(row: BoardRow, filter: BoardFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "not_started":
      return row.status === null;
    case "late":
      return row.late;
    case "published":
      return row.publishedAt !== null;
    default:
      // A published report being corrected shows under its working status and under published.
      return row.status === filter.toUpperCase();
  }
}

function rate(label: string, rows: BoardRow[]): BoardRate {
  const published = rows.filter((row) => row.publishedAt);
  return {
    label,
    expected: rows.length,
    published: published.length,
    onTime: published.filter((row) => !row.late).length,
  };
}

function computeRates(all: BoardRow[], raw: Row[]): DeadlineBoard["rates"] {
  const categoryOf = (row: BoardRow) => (row.kind === "TOWNSHIP" ? "TOWNSHIP" : deadlineLevelOf(row));
  const categories = (["AGENCY", "TOWNSHIP", "COUNTY", "CITY", "PROVINCE"] as const)
    .map((category) =>
      rate(
        LEVEL_RATE_LABELS[category],
        all.filter((row) => categoryOf(row) === category),
      ),
    )
    .filter((entry) => entry.expected > 0);
  const parentOf = new Map(raw.map((row) => [row.id, row.parent_id]));
  const byGovernment = all
    .filter((row) => row.kind === "GOVERNMENT")
    .map((government) =>
      rate(
        `${government.name}（本级部门和下级）`,
        all.filter((row) => parentOf.get(row.agencyId) === government.agencyId),
      ),
    )
    .filter((entry) => entry.expected > 0);
  return { overall: rate("全部", all), byLevel: categories, byGovernment };
}
