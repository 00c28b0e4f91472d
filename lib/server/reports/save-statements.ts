import "server-only";
import type { FormatKey, TextKey, WarningExplanations } from "@/lib/report-format";
import type { ReportKind, ReportStatus } from "@/lib/generated/prisma/client";
import {
  sessionUserFromJson,
  sessionUserJsonSql,
  type SessionUserFound,
  type SessionUserJson,
} from "../auth/load-staff-user";
import { sqlPool } from "../db";
import { cellKeySql, type CellContent } from "../report-cells/cell-row";
import { lastYearsReportSql } from "../report-cells/load-last-years-report";
import { cellUpsertSql, cellUpsertValues } from "../report-cells/write-cells";
import { EDITABLE_STATUSES } from "../workflow/transitions";
import { yearTakesFiguresSql } from "../years/is-year-open";
import type { CellWrite, Change } from "./plan-save-writes";

// The autosave's two statements, in plain SQL: it is the most frequent request of the season, and
// through the query builder its dozen round trips cost most of its CPU (docs/deployment.md). Both
// are named, so each connection parses and plans them once.
//
// 1. One read: the report, whether its year takes figures, its agency, its working revision
//    (texts, explanations, every cell) and last year's published revision — one snapshot, so the
//    cells are those of the version read — and, for a request's caller, who is calling.
// 2. One write, all or nothing: the version bump (guarded by the version read, which is the
//    version the clerk's changes are based on), the cells, the texts, the board's counts and the
//    audit rows. Every writer of a draft's content bumps its version, so when the guarded update
//    matches, nothing has changed since the read and the plan made from it still holds; when it
//    does not (another save, a transition in between), nothing is written at all. Timestamps are
//    stored as UTC without a time zone (Prisma's convention).

/** The read's cells: key → [int_value, decimal_value, unit, prefilled]. */
type StoredCellsJson = Record<string, [number | null, string | null, string | null, boolean]>;

export type ReportToSave = {
  id: string;
  agencyId: string;
  year: number;
  kind: ReportKind;
  format: FormatKey;
  status: ReportStatus;
  version: number;
  currentRevisionId: string | null;
  publishedRevisionId: string | null;
  agencyName: string;
  agencyRegion: string | null;
  /** The year takes figures: open, or reopened for this agency (corrections are not governed by it). */
  yearOpen: boolean;
  texts: Record<TextKey, string>;
  warningExplanations: WarningExplanations | null;
  /** Every stored cell of the working revision, by key ("table.row.column"). */
  cells: Map<string, CellContent>;
  lastYearsRevisionId: string | null;
};

// One row whether or not the report exists: the caller's user (when the statement is asked who
// is calling) and, beside it, the report or nulls.
const READ_REPORT = `
  SELECT ${sessionUserJsonSql("$2", "$3")} AS "sessionUser", report.* FROM (VALUES (1)) AS one LEFT JOIN (
    SELECT r.id, r.agency_id AS "agencyId", r.year, r.kind, r.format, r.status, r.version,
      r.current_revision_id AS "currentRevisionId", r.published_revision_id AS "publishedRevisionId",
      a.name AS "agencyName", a.region AS "agencyRegion",
      ${yearTakesFiguresSql("r.year", "r.agency_id")} AS "yearOpen",
      json_build_object('overview', v.overview, 'problems', v.problems, 'other', v.other) AS texts,
      v.warning_explanations AS "warningExplanations",
      COALESCE((
        SELECT json_object_agg(${cellKeySql("c")},
          json_build_array(c.int_value, trim_scale(c.decimal_value)::text, c.unit, c.prefilled))
        FROM report_cell c WHERE c.revision_id = r.current_revision_id), '{}') AS cells,
      (SELECT last.revision_id FROM (${lastYearsReportSql("r.agency_id", "r.year", "r.kind")}) last) AS "lastYearsRevisionId"
    FROM report r
    JOIN agency a ON a.id = r.agency_id
    LEFT JOIN report_revision v ON v.id = r.current_revision_id
    WHERE r.id = $1
  ) AS report ON true`;

/**
 * The report with everything a save needs to plan its writes (null when there is no such report)
 * and, given the request's session, its user as loadSessionUser would read it, in the same
 * statement (RequestCaller in current-user.ts).
 */
export async function readReportToSave(
  reportId: string,
  session: { id: string; userId: string } | null,
): Promise<{ report: ReportToSave | null; sessionUser: SessionUserFound | null }> {
  const { rows } = await sqlPool().query<
    Omit<ReportToSave, "cells"> & { cells: StoredCellsJson; sessionUser: SessionUserJson | null }
  >({
    name: "save-read",
    text: READ_REPORT,
    values: [reportId, session?.id ?? null, session?.userId ?? null],
  });
  const { sessionUser, cells, ...report } = rows[0]!;
  return {
    report: report.id === null ? null : { ...report, cells: storedCells(cells) },
    sessionUser: sessionUserFromJson(sessionUser),
  };
}

/** The cells as the read sends them, compactly (key → [int, decimal, unit, prefilled]), by key. */
function storedCells(cells: StoredCellsJson): Map<string, CellContent> {
  const contents = new Map<string, CellContent>();
  for (const key in cells) {
    const [intValue, decimalValue, unit, prefilled] = cells[key]!;
    contents.set(key, { intValue, decimalValue, unit, prefilled });
  }
  return contents;
}

const WRITE_SAVE = `
  WITH bumped AS (
    UPDATE report SET version = version + 1, updated_at = $4::timestamptz AT TIME ZONE 'UTC',
      error_count = $5, warning_count = $6, checked_version = $3 + 1
    WHERE id = $1 AND version = $3 AND current_revision_id = $2 AND status = ANY($7::"ReportStatus"[])
    RETURNING id
  ), cells AS (${cellUpsertSql(8, "EXISTS (SELECT 1 FROM bumped)")}
  ), texts AS (
    UPDATE report_revision SET overview = COALESCE($16, overview), problems = COALESCE($17, problems),
      other = COALESCE($18, other), warning_explanations = COALESCE($19::jsonb, warning_explanations)
    WHERE id = $2 AND $20::boolean AND EXISTS (SELECT 1 FROM bumped)
  ), event AS (
    INSERT INTO audit_event (at, action, actor_id, report_id, agency_id, detail)
    SELECT $4::timestamptz AT TIME ZONE 'UTC', 'report.saved', $21, $1, $22, $23::jsonb FROM bumped
    RETURNING id
  ), changes AS (
    INSERT INTO audit_cell_change (event_id, cell, before, after)
    SELECT event.id, change.* FROM event, unnest($24::text[], $25::text[], $26::text[]) AS change
  )
  SELECT count(*)::int AS saved FROM bumped`;

export type SaveWrite = {
  reportId: string;
  agencyId: string;
  revisionId: string;
  actorId: string;
  /** The version read: the write happens only if the report is still at it. */
  version: number;
  savedAt: Date;
  checks: { errors: number; warnings: number };
  cells: CellWrite[];
  texts: Partial<Record<TextKey, string>> | null;
  explanations: WarningExplanations | null;
  changes: Change[];
  detail: Record<string, unknown>;
};

/** Writes a planned save; false (and nothing written) when the report is no longer at `version` or editable. */
export async function writeSave(save: SaveWrite): Promise<boolean> {
  const { rows } = await sqlPool().query<{ saved: number }>({
    name: "save-write",
    text: WRITE_SAVE,
    values: [
      save.reportId,
      save.revisionId,
      save.version,
      save.savedAt.toISOString(),
      save.checks.errors,
      save.checks.warnings,
      [...EDITABLE_STATUSES],
      ...cellUpsertValues(save.cells.map((cell) => ({ ...cell, revisionId: save.revisionId }))),
      save.texts?.overview ?? null,
      save.texts?.problems ?? null,
      save.texts?.other ?? null,
      save.explanations ? JSON.stringify(save.explanations) : null,
      save.texts !== null || save.explanations !== null,
      save.actorId,
      save.agencyId,
      JSON.stringify(save.detail),
      save.changes.map((change) => change.cell),
      save.changes.map((change) => change.before),
      save.changes.map((change) => change.after),
    ],
  });
  return rows[0]!.saved === 1;
}
