import "server-only";
import {
  REPORT_SCHEMA_ID,
  parseFormatKey,
  type FormatKey,
  type Report,
  type ReportTables,
  type TextKey,
} from "@/lib/report-format";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import { mayEditReport } from "../auth/access";
import type { RequestCaller, StaffUser } from "../auth/current-user";
import { db } from "../db";
import { computeReportChecks } from "./refresh-report-checks";
import { EDITABLE_STATUSES } from "../workflow/transitions";
import { loadPublishedRevision } from "../report-cells/load-last-years-report";
import { readReportToSave, writeSave } from "./save-statements";
import { loadEditableState, readExplanations, type EditableState } from "./editable-state";
import { parseSaveInput } from "./parse-save-input";
import { planCellWrites, planExplanations, planTexts, type Change } from "./plan-save-writes";

export type SaveCellInput = {
  /** As typed: full-width digits, separators and spaces are accepted, "" clears the cell. */
  value: string;
  /** Money cells whose unit is part of the value. */
  unit?: string | null;
  /** Keep the cell marked as prefilled: the value is still the suggestion derived from last year. */
  prefilled?: boolean;
};

export type SaveReportInput = {
  reportId: string;
  /** The version the clerk's changes are based on. */
  version: number;
  cells?: Record<string, SaveCellInput>;
  texts?: Partial<Record<TextKey, string>>;
  /** Keyed by warningKey; "" removes an explanation. */
  explanations?: Record<string, string>;
};

export type SaveIssue = { key: string; message: string };

export type SaveReportResult =
  | { ok: true; version: number; savedAt: string; changed: number }
  | { ok: false; code: "not_found" | "read_only" | "invalid"; message: string; issues?: SaveIssue[] }
  | { ok: false; code: "conflict"; message: string; current: EditableState };

/**
 * Saves the clerk's changes to a draft: only the cells, texts and explanations sent, each value
 * parsed again here (the browser's parsing is a convenience). All or nothing, in one statement
 * guarded by the version the changes are based on (save-statements.ts): when someone saved in
 * between, nothing is written and the current values come back for the clerk to compare (never a
 * silent overwrite).
 */
export async function saveReport(user: StaffUser, input: SaveReportInput): Promise<SaveReportResult> {
  return (await save({ user }, input))!;
}

/**
 * saveReport for the caller of a request, whose user is read by the save's own first statement
 * (one round trip fewer on the most frequent request of the season). Null, with nothing written,
 * when that user is not signed in after all (the session ended, the user deactivated).
 */
export async function saveReportAsCaller(
  caller: RequestCaller,
  input: SaveReportInput,
): Promise<SaveReportResult | null> {
  return save({ caller }, input);
}

async function save(
  who: { user: StaffUser } | { caller: RequestCaller },
  input: SaveReportInput,
): Promise<SaveReportResult | null> {
  const read = await readReportToSave(input.reportId, "caller" in who ? who.caller.session : null);
  const user = "user" in who ? who.user : await who.caller.admit(read.sessionUser);
  if (!user) return null;
  const report = read.report;
  if (!report?.currentRevisionId || !mayEditReport(user, report))
    return { ok: false, code: "not_found", message: "报告不存在，或您无权修改" };
  if (!EDITABLE_STATUSES.includes(report.status)) return readOnly(report.status);
  // A closed year takes no more figures, except corrections of published reports and the
  // exceptions the 主管部门 grants.
  if (!report.publishedRevisionId && !report.yearOpen) {
    return {
      ok: false,
      code: "read_only",
      message: `${report.year} 年度已关闭填报，不能再修改；如需补报，请联系主管部门`,
    };
  }
  const format = parseFormatKey(report.format);

  const parsed = parseSaveInput(format, input);
  if ("issues" in parsed) return invalid(parsed.issues);
  if (report.version !== input.version) return conflict(report.id);

  const previous = report.lastYearsRevisionId ? await loadPublishedRevision(report.lastYearsRevisionId) : null;
  const changes: Change[] = [];
  const planned = planCellWrites(format, report.cells, parsed.cells, previous, changes);
  const texts = planTexts(report.texts, parsed.texts, changes);
  const explanations = planExplanations(readExplanations(report.warningExplanations), parsed.explanations, changes);
  if (planned.writes.length === 0 && !texts && !explanations)
    return { ok: true, version: input.version, savedAt: new Date().toISOString(), changed: 0 };

  const agency = report.agencyRegion
    ? { name: report.agencyName, region: report.agencyRegion }
    : { name: report.agencyName };
  // The board's counts, on the revision as this save leaves it (not read back from the database).
  const checks = computeReportChecks(
    savedReport({ ...report, format, agency, texts: { ...report.texts, ...texts }, tables: planned.tables }),
    previous,
  );
  const savedAt = new Date();
  const version = input.version + 1;
  const saved = await writeSave({
    reportId: report.id,
    agencyId: report.agencyId,
    revisionId: report.currentRevisionId,
    actorId: user.id,
    version: input.version,
    savedAt,
    checks,
    cells: planned.writes,
    texts,
    explanations,
    changes,
    detail: {
      version,
      cells: planned.writes.filter((write) => !write.computed).length,
      texts: Object.keys(texts ?? {}),
      explanations: explanations ? true : false,
    },
  });
  if (!saved) return refusalAfterRace(report.id);
  return { ok: true, version, savedAt: savedAt.toISOString(), changed: changes.length };
}

/** The revision as the save leaves it, as an interchange report: what the board's counts are computed on. */
function savedReport(saved: {
  format: FormatKey;
  year: number;
  kind: "AGENCY" | "SUMMARY";
  agency: Report["agency"];
  texts: Record<TextKey, string>;
  tables: ReportTables;
}): Report {
  return {
    schema: REPORT_SCHEMA_ID,
    format: saved.format,
    year: saved.year,
    kind: saved.kind === "SUMMARY" ? "summary" : "agency",
    agency: saved.agency,
    // A blank text is a missing section in the interchange format.
    texts: Object.fromEntries(Object.entries(saved.texts).filter(([, text]) => text !== "")),
    tables: saved.tables,
  };
}

function readOnly(status: keyof typeof REPORT_STATUS_LABELS): SaveReportResult {
  return { ok: false, code: "read_only", message: `报告当前为“${REPORT_STATUS_LABELS[status]}”状态，不能修改` };
}

function invalid(issues: SaveIssue[]): SaveReportResult {
  const message =
    issues.length === 1
      ? issues[0]!.message
      : `有 ${issues.length} 处内容不符合要求，未保存。第一处：${issues[0]!.message}`;
  return { ok: false, code: "invalid", message, issues };
}

async function conflict(reportId: string): Promise<SaveReportResult> {
  const current = await loadEditableState(db, reportId);
  if (!current) return { ok: false, code: "not_found", message: "报告不存在，或您无权修改" };
  return {
    ok: false,
    code: "conflict",
    message: "您打开报告后，报告已被他人保存。请核对双方都修改过的内容后再保存。",
    current,
  };
}

/** The conditional update found another version or status: tell which. */
async function refusalAfterRace(reportId: string): Promise<SaveReportResult> {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { status: true } });
  if (report && !EDITABLE_STATUSES.includes(report.status)) return readOnly(report.status);
  return conflict(reportId);
}
