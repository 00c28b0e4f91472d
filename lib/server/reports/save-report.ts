import "server-only";
import { LRUCache } from "lru-cache";
import {
  REPORT_SCHEMA_ID,
  RULES,
  computeTotals,
  fromCells,
  getCellDefinition,
  listCellDefinitions,
  listTextSections,
  parseCellInput,
  type CellDefinition,
  type FormatKey,
  type MoneyUnit,
  type Report,
  type ReportTables,
  type RuleId,
  type TextKey,
  type WarningExplanations,
} from "@/lib/report-format";
import { derivePrefill } from "@/lib/report-format/derive-prefill";
import { MAX_EXPLANATION_CHARS, checkText } from "@/lib/report-format/text-rules";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { isYearOpen } from "../admin/is-year-open";
import { storeReportChecks } from "../admin/refresh-report-checks";
import { EDITABLE_STATUSES } from "../workflow/transitions";
import { loadEditableState, readExplanations, storedCellKey, type EditableState } from "./editable-state";
import { exportRevision } from "./export-report";
import { auditText, readRevision, toReportCell, type PlainCell, type StoredPlainCell } from "./revision-cells";

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

const MAX_RAW_CELL = 200;

type ParsedCell = {
  definition: CellDefinition;
  value: number | string | null;
  unit: MoneyUnit | null;
  keepPrefilled: boolean;
};
type Change = { cell: string; before: string | null; after: string | null };

class SaveRefused extends Error {
  constructor(readonly result: SaveReportResult) {
    super(result.ok ? "saved" : result.message);
  }
}

/**
 * Saves the clerk's changes to a draft: only the cells, texts and explanations sent, each value
 * parsed again here (the browser's parsing is a convenience). All or nothing, in one transaction
 * guarded by the version the changes are based on: when someone saved in between, nothing is
 * written and the current values come back for the clerk to compare (never a silent overwrite).
 */
export async function saveReport(user: StaffUser, input: SaveReportInput): Promise<SaveReportResult> {
  const report = await db.report.findFirst({
    where: { AND: [{ id: input.reportId }, editableReportWhere(user)] },
    select: {
      id: true,
      agencyId: true,
      year: true,
      kind: true,
      format: true,
      status: true,
      version: true,
      currentRevisionId: true,
      publishedRevisionId: true,
    },
  });
  if (!report?.currentRevisionId) return { ok: false, code: "not_found", message: "报告不存在，或您无权修改" };
  if (!EDITABLE_STATUSES.includes(report.status)) return readOnly(report.status);
  // A closed year takes no more figures, except corrections of published reports and the
  // exceptions the 主管部门 grants.
  if (!report.publishedRevisionId && !(await isYearOpen(report.year, report.agencyId))) {
    return {
      ok: false,
      code: "read_only",
      message: `${report.year} 年度已关闭填报，不能再修改；如需补报，请联系主管部门`,
    };
  }
  const format = report.format as FormatKey;

  const parsed = parseInput(format, input);
  if ("issues" in parsed) return invalid(parsed.issues);
  if (report.version !== input.version) return conflict(report.id);

  const { agency, previous } = await loadContext(report);
  const revisionId = report.currentRevisionId;
  try {
    return await db.$transaction(async (tx) => {
      // The conditional update takes the report's row lock: concurrent saves of this report wait
      // here, and only the first of the same version gets through. Its own timestamp and the
      // version it makes are known without reading the row back.
      const savedAt = new Date();
      const bumped = await tx.report.updateMany({
        where: { id: report.id, version: input.version, status: { in: [...EDITABLE_STATUSES] } },
        data: { version: { increment: 1 }, updatedAt: savedAt },
      });
      if (bumped.count !== 1) throw new SaveRefused(await refusalAfterRace(report.id));
      const version = input.version + 1;

      const revision = await readRevision(tx, revisionId);
      const changes: Change[] = [];
      const planned = planCellWrites(format, revision.cells, parsed.cells, previous, changes);
      const texts = planTexts(revision, parsed.texts, changes);
      const explanations = planExplanations(
        readExplanations(revision.warningExplanations),
        parsed.explanations,
        changes,
      );
      if (planned.writes.length === 0 && !texts && !explanations)
        throw new SaveRefused({ ok: true, version: input.version, savedAt: new Date().toISOString(), changed: 0 });

      await writeCells(tx, revisionId, planned.writes);
      if (texts || explanations) {
        await tx.reportRevision.update({
          where: { id: revisionId },
          data: { ...texts, ...(explanations ? { warningExplanations: explanations } : {}) },
        });
      }
      const event = await tx.auditEvent.create({
        data: {
          action: "report.saved",
          actorId: user.id,
          reportId: report.id,
          agencyId: report.agencyId,
          detail: {
            version,
            cells: planned.writes.filter((write) => !write.computed).length,
            texts: Object.keys(texts ?? {}),
            explanations: explanations ? true : false,
          },
        },
        select: { id: true },
      });
      if (changes.length)
        await tx.auditCellChange.createMany({ data: changes.map((change) => ({ ...change, eventId: event.id })) });

      const savedTexts = { overview: revision.overview, problems: revision.problems, other: revision.other, ...texts };
      // The board's counts, on the revision as this save leaves it (not read back from the database).
      await storeReportChecks(
        tx,
        report.id,
        version,
        savedReport({ ...report, format, agency, texts: savedTexts, tables: planned.tables }),
        previous,
      );
      return { ok: true as const, version, savedAt: savedAt.toISOString(), changed: changes.length };
    });
  } catch (error) {
    if (error instanceof SaveRefused) return error.result;
    throw error;
  }
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

// Last year's published reports by revision, read on every save for the cross-year rules. A
// published revision is never written again (a correction or a replacing import makes a new one,
// with a new id), so a copy kept here cannot go stale.
const publishedRevisions = new LRUCache<string, Report>({ max: 2000 });

async function loadPublishedRevision(revisionId: string): Promise<Report | null> {
  const cached = publishedRevisions.get(revisionId);
  if (cached) return cached;
  const report = await exportRevision(revisionId);
  if (report) publishedRevisions.set(revisionId, report);
  return report;
}

/**
 * What the save needs besides the report row: the agency as the interchange report names it, and
 * last year's published report (for the cross-year rules and the prefilled marks).
 */
async function loadContext(report: {
  agencyId: string;
  year: number;
  kind: "AGENCY" | "SUMMARY";
}): Promise<{ agency: Report["agency"]; previous: Report | null }> {
  const [row] = await db.$queryRaw<{ name: string; region: string | null; previous_revision_id: string | null }[]>`
    SELECT a.name, a.region,
      (SELECT p.published_revision_id FROM report p
       WHERE p.agency_id = a.id AND p.year = ${report.year - 1} AND p.kind = ${report.kind}::"ReportKind" AND p.published_revision_id IS NOT NULL
       LIMIT 1) AS previous_revision_id
    FROM agency a WHERE a.id = ${report.agencyId}`;
  if (!row) throw new Error(`agency ${report.agencyId} not found`);
  const previous = row.previous_revision_id ? await loadPublishedRevision(row.previous_revision_id) : null;
  return {
    agency: row.region ? { name: row.name, region: row.region } : { name: row.name },
    previous: previous && previous.year === report.year - 1 ? previous : null,
  };
}

// ---- parsing: every value again, as if the browser had never seen it ----------------------

type ParsedInput = {
  cells: Record<string, ParsedCell>;
  texts: Partial<Record<TextKey, string>>;
  explanations: Record<string, string>;
};

function parseInput(format: FormatKey, input: SaveReportInput): ParsedInput | { issues: SaveIssue[] } {
  const issues: SaveIssue[] = [];
  const cells: Record<string, ParsedCell> = {};
  for (const [key, cell] of Object.entries(input.cells ?? {})) {
    const definition = getCellDefinition(format, key);
    if (!definition) {
      issues.push({ key, message: `报告格式中没有单元格“${key.slice(0, 80)}”` });
      continue;
    }
    if (definition.computed) {
      issues.push({ key, message: `「${definition.label}」由系统自动计算，不能填写` });
      continue;
    }
    if (typeof cell?.value !== "string" || cell.value.length > MAX_RAW_CELL) {
      issues.push({ key, message: `「${definition.label}」填写的内容过长或无效` });
      continue;
    }
    const result = parseCellInput(cell.value, definition);
    if (!result.ok) {
      issues.push({ key, message: result.message });
      continue;
    }
    const unit = readUnit(definition, result.value, cell.unit);
    if (unit === false) {
      issues.push({ key, message: `「${definition.label}」请选择单位：${(definition.units ?? []).join("或")}` });
      continue;
    }
    cells[key] = {
      definition,
      value: result.value,
      unit,
      keepPrefilled: cell.prefilled === true && result.value !== null,
    };
  }

  const texts: Partial<Record<TextKey, string>> = {};
  for (const [key, text] of Object.entries(input.texts ?? {})) {
    const heading = listTextSections(format).find((section) => section.key === key)?.heading;
    if (heading === undefined) {
      issues.push({ key: `texts.${key}`, message: `报告没有“${key.slice(0, 40)}”这一部分` });
      continue;
    }
    const problem = typeof text === "string" ? checkText(text, heading) : `「${heading}」内容无效`;
    if (problem) issues.push({ key: `texts.${key}`, message: problem });
    else texts[key as TextKey] = text;
  }

  const explanations: Record<string, string> = {};
  for (const [key, text] of Object.entries(input.explanations ?? {})) {
    const rule = key.slice(0, key.indexOf("|")) as RuleId;
    if (key.indexOf("|") < 1 || key.length > 300 || RULES[rule]?.level !== "warning") {
      issues.push({ key: `explanations.${key.slice(0, 80)}`, message: "说明所对应的警告不存在" });
      continue;
    }
    const problem =
      typeof text === "string" ? checkText(text, "警告说明", MAX_EXPLANATION_CHARS) : "「警告说明」内容无效";
    if (problem) issues.push({ key: `explanations.${key}`, message: problem });
    else explanations[key] = text;
  }
  return issues.length ? { issues } : { cells, texts, explanations };
}

/** The unit stored with a money value: the column's only unit, the chosen one, or false when a choice is missing. */
function readUnit(
  definition: CellDefinition,
  value: number | string | null,
  unit: string | null | undefined,
): MoneyUnit | null | false {
  if (definition.type !== "money" || value === null) return null;
  const units = definition.units ?? [];
  if (units.length === 1) return units[0]!;
  return units.includes(unit as MoneyUnit) ? (unit as MoneyUnit) : false;
}

// ---- planning the writes ---------------------------------------------------------------------

type CellWrite = { tableKey: string; rowKey: string; columnKey: string; computed: boolean; data: PlainCell };

/**
 * The rows to write: each sent cell whose value (or prefilled mark) differs, and each computed
 * cell whose total changes with them. Totals are recomputed here from the stored inputs, never
 * taken from the browser.
 */
function planCellWrites(
  format: FormatKey,
  stored: StoredPlainCell[],
  sent: Record<string, ParsedCell>,
  previous: Report | null,
  changes: Change[],
): { writes: CellWrite[]; tables: ReportTables } {
  const before = new Map<string, PlainCell>(
    stored.map((cell) => [
      storedCellKey(cell),
      { intValue: cell.intValue, decimalValue: cell.decimalValue, unit: cell.unit, prefilled: cell.prefilled },
    ]),
  );
  const after = new Map(before);
  for (const [key, cell] of Object.entries(sent)) {
    const money = cell.definition.type === "money";
    after.set(key, {
      intValue: money || cell.value === null ? null : (cell.value as number),
      decimalValue: money && cell.value !== null ? String(cell.value) : null,
      unit: cell.unit,
      prefilled: cell.keepPrefilled,
    });
  }
  const definitions = listCellDefinitions(format);
  const tables = computeTotals(
    format,
    fromCells(
      format,
      definitions.map((definition) => toReportCell(definition, after.get(definition.key))),
    ),
  );
  const keepsPrefilled = Object.values(sent).some((cell) => cell.keepPrefilled);
  const suggestions = previous && keepsPrefilled ? derivePrefill(format, previous, tables) : new Map<string, number>();

  const writes: CellWrite[] = [];
  for (const definition of definitions) {
    let data: PlainCell;
    if (definition.computed) {
      const value = tables[definition.table]?.[definition.row]?.[definition.column];
      data = { intValue: typeof value === "number" ? value : null, decimalValue: null, unit: null, prefilled: false };
    } else {
      const cell = sent[definition.key];
      if (!cell) continue;
      data = {
        ...after.get(definition.key)!,
        prefilled: cell.keepPrefilled && suggestions.get(definition.key) === cell.value,
      };
    }
    const old = before.get(definition.key);
    const multiUnit = (definition.units?.length ?? 0) > 1;
    const oldText = old ? auditText(old, multiUnit) : null;
    const newText = auditText(data, multiUnit);
    if (old && oldText === newText && old.prefilled === data.prefilled) continue;
    if (oldText !== newText && !definition.computed)
      changes.push({ cell: definition.key, before: oldText, after: newText });
    writes.push({
      tableKey: definition.table,
      rowKey: definition.row,
      columnKey: definition.column,
      computed: definition.computed,
      data,
    });
  }
  return { writes, tables };
}

/** Every planned cell in one statement (a save touches a few inputs and the totals above them). */
async function writeCells(tx: Prisma.TransactionClient, revisionId: string, writes: CellWrite[]): Promise<void> {
  if (!writes.length) return;
  await tx.$executeRaw`
    INSERT INTO report_cell (revision_id, table_key, row_key, column_key, int_value, decimal_value, unit, prefilled)
    SELECT ${revisionId}, w.table_key, w.row_key, w.column_key, w.int_value, w.decimal_value, w.unit, w.prefilled
    FROM unnest(${writes.map((write) => write.tableKey)}::text[], ${writes.map((write) => write.rowKey)}::text[],
      ${writes.map((write) => write.columnKey)}::text[], ${writes.map((write) => write.data.intValue)}::int[],
      ${writes.map((write) => write.data.decimalValue)}::numeric[], ${writes.map((write) => write.data.unit)}::text[],
      ${writes.map((write) => write.data.prefilled)}::boolean[])
      AS w(table_key, row_key, column_key, int_value, decimal_value, unit, prefilled)
    ON CONFLICT (revision_id, table_key, row_key, column_key) DO UPDATE SET
      int_value = EXCLUDED.int_value, decimal_value = EXCLUDED.decimal_value, unit = EXCLUDED.unit, prefilled = EXCLUDED.prefilled`;
}

function planTexts(
  revision: Record<TextKey, string>,
  sent: Partial<Record<TextKey, string>>,
  changes: Change[],
): Partial<Record<TextKey, string>> | null {
  const texts: Partial<Record<TextKey, string>> = {};
  for (const [key, text] of Object.entries(sent) as [TextKey, string][]) {
    if (revision[key] === text) continue;
    texts[key] = text;
    changes.push({ cell: `texts.${key}`, before: revision[key] || null, after: text || null });
  }
  return Object.keys(texts).length ? texts : null;
}

function planExplanations(
  current: WarningExplanations,
  sent: Record<string, string>,
  changes: Change[],
): WarningExplanations | null {
  const next = { ...current };
  let changed = false;
  for (const [key, text] of Object.entries(sent)) {
    const before = current[key] ?? "";
    if (before === text) continue;
    changed = true;
    if (text === "") delete next[key];
    else next[key] = text;
    changes.push({ cell: `explanations.${key}`, before: before || null, after: text || null });
  }
  return changed ? next : null;
}
