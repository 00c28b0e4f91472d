import "server-only";
import {
  RULES,
  computeTotals,
  fromCells,
  getCellDefinition,
  listCellDefinitions,
  parseCellInput,
  type CellDefinition,
  type FormatKey,
  type MoneyUnit,
  type Report,
  type ReportCell,
  type RuleId,
  type TextKey,
  type WarningExplanations,
} from "@/lib/report-format";
import { derivePrefill } from "@/lib/report-format/derive-prefill";
import { MAX_EXPLANATION_CHARS, checkText } from "@/lib/report-format/text-rules";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import { editableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { isYearOpen } from "../admin/is-year-open";
import { refreshReportChecks } from "../admin/refresh-report-checks";
import { EDITABLE_STATUSES } from "../workflow/transitions";
import { loadEditableState, readExplanations, storedCellKey, type EditableState, type StoredCell } from "./editable-state";
import { exportReport } from "./export-report";

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
const TEXT_HEADINGS: Record<TextKey, string> = { overview: "一、总体情况", problems: "五、存在的主要问题及改进情况", other: "六、其他需要报告的事项" };

type ParsedCell = { definition: CellDefinition; value: number | string | null; unit: MoneyUnit | null; keepPrefilled: boolean };
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
    select: { id: true, agencyId: true, year: true, kind: true, format: true, status: true, version: true, currentRevisionId: true, publishedRevisionId: true },
  });
  if (!report?.currentRevisionId) return { ok: false, code: "not_found", message: "报告不存在，或您无权修改" };
  if (!EDITABLE_STATUSES.includes(report.status)) return readOnly(report.status);
  // A closed year takes no more figures, except corrections of published reports and the
  // exceptions the 主管部门 grants.
  if (!report.publishedRevisionId && !(await isYearOpen(report.year, report.agencyId))) {
    return { ok: false, code: "read_only", message: `${report.year} 年度已关闭填报，不能再修改；如需补报，请联系主管部门` };
  }
  const format = report.format as FormatKey;

  const parsed = parseInput(format, input);
  if ("issues" in parsed) return invalid(parsed.issues);
  if (report.version !== input.version) return conflict(report.id);

  const previous = Object.values(parsed.cells).some((cell) => cell.keepPrefilled) ? await findPrevious(report) : null;
  const revisionId = report.currentRevisionId;
  try {
    return await db.$transaction(async (tx) => {
      const bumped = await tx.report.updateMany({
        where: { id: report.id, version: input.version, status: { in: [...EDITABLE_STATUSES] } },
        data: { version: { increment: 1 } },
      });
      if (bumped.count !== 1) throw new SaveRefused(await refusalAfterRace(report.id));

      const revision = await tx.reportRevision.findUniqueOrThrow({
        where: { id: revisionId },
        select: { overview: true, problems: true, other: true, warningExplanations: true, cells: true },
      });
      const changes: Change[] = [];
      const cellWrites = planCellWrites(format, revision.cells, parsed.cells, previous, changes);
      const texts = planTexts(revision, parsed.texts, changes);
      const explanations = planExplanations(readExplanations(revision.warningExplanations), parsed.explanations, changes);
      if (cellWrites.length === 0 && !texts && !explanations) throw new SaveRefused({ ok: true, version: input.version, savedAt: new Date().toISOString(), changed: 0 });

      for (const write of cellWrites) {
        const where = { revisionId, tableKey: write.tableKey, rowKey: write.rowKey, columnKey: write.columnKey };
        await tx.reportCell.upsert({ where: { revisionId_tableKey_rowKey_columnKey: where }, update: write.data, create: { ...where, ...write.data } });
      }
      if (texts || explanations) {
        await tx.reportRevision.update({
          where: { id: revisionId },
          data: { ...texts, ...(explanations ? { warningExplanations: explanations } : {}) },
        });
      }
      const saved = await tx.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true, updatedAt: true } });
      const event = await tx.auditEvent.create({
        data: {
          action: "report.saved",
          actorId: user.id,
          reportId: report.id,
          agencyId: report.agencyId,
          detail: { version: saved.version, cells: cellWrites.filter((write) => !write.computed).length, texts: Object.keys(texts ?? {}), explanations: explanations ? true : false },
        },
      });
      if (changes.length) await tx.auditCellChange.createMany({ data: changes.map((change) => ({ ...change, eventId: event.id })) });
      await refreshReportChecks(tx, report.id);
      return { ok: true as const, version: saved.version, savedAt: saved.updatedAt.toISOString(), changed: changes.length };
    });
  } catch (error) {
    if (error instanceof SaveRefused) return error.result;
    throw error;
  }
}

function readOnly(status: keyof typeof REPORT_STATUS_LABELS): SaveReportResult {
  return { ok: false, code: "read_only", message: `报告当前为“${REPORT_STATUS_LABELS[status]}”状态，不能修改` };
}

function invalid(issues: SaveIssue[]): SaveReportResult {
  const message = issues.length === 1 ? issues[0]!.message : `有 ${issues.length} 处内容不符合要求，未保存。第一处：${issues[0]!.message}`;
  return { ok: false, code: "invalid", message, issues };
}

async function conflict(reportId: string): Promise<SaveReportResult> {
  const current = await loadEditableState(db, reportId);
  if (!current) return { ok: false, code: "not_found", message: "报告不存在，或您无权修改" };
  return { ok: false, code: "conflict", message: "您打开报告后，报告已被他人保存。请核对双方都修改过的内容后再保存。", current };
}

/** The conditional update found another version or status: tell which. */
async function refusalAfterRace(reportId: string): Promise<SaveReportResult> {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { status: true } });
  if (report && !EDITABLE_STATUSES.includes(report.status)) return readOnly(report.status);
  return conflict(reportId);
}

async function findPrevious(report: { agencyId: string; year: number; kind: "AGENCY" | "SUMMARY" }): Promise<Report | null> {
  const row = await db.report.findFirst({
    where: { agencyId: report.agencyId, year: report.year - 1, kind: report.kind, publishedRevisionId: { not: null } },
    select: { id: true },
  });
  const previous = row ? await exportReport(row.id, "published") : null;
  return previous && previous.year === report.year - 1 ? previous : null;
}

// ---- parsing: every value again, as if the browser had never seen it ----------------------

type ParsedInput = { cells: Record<string, ParsedCell>; texts: Partial<Record<TextKey, string>>; explanations: Record<string, string> };

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
    cells[key] = { definition, value: result.value, unit, keepPrefilled: cell.prefilled === true && result.value !== null };
  }

  const texts: Partial<Record<TextKey, string>> = {};
  for (const [key, text] of Object.entries(input.texts ?? {})) {
    if (!Object.hasOwn(TEXT_HEADINGS, key)) {
      issues.push({ key: `texts.${key}`, message: `报告没有“${key.slice(0, 40)}”这一部分` });
      continue;
    }
    const heading = TEXT_HEADINGS[key as TextKey];
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
    const problem = typeof text === "string" ? checkText(text, "警告说明", MAX_EXPLANATION_CHARS) : "「警告说明」内容无效";
    if (problem) issues.push({ key: `explanations.${key}`, message: problem });
    else explanations[key] = text;
  }
  return issues.length ? { issues } : { cells, texts, explanations };
}

/** The unit stored with a money value: the column's only unit, the chosen one, or false when a choice is missing. */
function readUnit(definition: CellDefinition, value: number | string | null, unit: string | null | undefined): MoneyUnit | null | false {
  if (definition.type !== "money" || value === null) return null;
  const units = definition.units ?? [];
  if (units.length === 1) return units[0]!;
  return units.includes(unit as MoneyUnit) ? (unit as MoneyUnit) : false;
}

// ---- planning the writes ---------------------------------------------------------------------

/** A cell's content with money as its exact decimal text (what is compared, audited and written). */
type PlainCell = { intValue: number | null; decimalValue: string | null; unit: string | null; prefilled: boolean };

type CellWrite = { tableKey: string; rowKey: string; columnKey: string; computed: boolean; data: PlainCell };

function toPlain(cell: StoredCell): PlainCell {
  return { intValue: cell.intValue, decimalValue: cell.decimalValue?.toFixed() ?? null, unit: cell.unit, prefilled: cell.prefilled };
}

function auditText(cell: PlainCell, multiUnit: boolean): string | null {
  const text = cell.decimalValue ?? (cell.intValue === null ? null : String(cell.intValue));
  if (text === null) return null;
  return multiUnit && cell.unit ? `${text} ${cell.unit}` : text;
}

function toReportCell(definition: CellDefinition, cell: PlainCell | undefined): ReportCell {
  const base = { table: definition.table, row: definition.row, column: definition.column, type: definition.type };
  if (!cell) return { ...base, value: null };
  if (definition.type !== "money") return { ...base, value: cell.intValue };
  return { ...base, value: cell.decimalValue, unit: (cell.unit as MoneyUnit | null) ?? null };
}

/**
 * The rows to write: each sent cell whose value (or prefilled mark) differs, and each computed
 * cell whose total changes with them. Totals are recomputed here from the stored inputs, never
 * taken from the browser.
 */
function planCellWrites(
  format: FormatKey,
  stored: StoredCell[],
  sent: Record<string, ParsedCell>,
  previous: Report | null,
  changes: Change[],
): CellWrite[] {
  const before = new Map(stored.map((cell) => [storedCellKey(cell), toPlain(cell)]));
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
  const tables = computeTotals(format, fromCells(format, definitions.map((definition) => toReportCell(definition, after.get(definition.key)))));
  const suggestions = previous ? derivePrefill(format, previous, tables) : new Map<string, number>();

  const writes: CellWrite[] = [];
  for (const definition of definitions) {
    let data: PlainCell;
    if (definition.computed) {
      const value = tables[definition.table]?.[definition.row]?.[definition.column];
      data = { intValue: typeof value === "number" ? value : null, decimalValue: null, unit: null, prefilled: false };
    } else {
      const cell = sent[definition.key];
      if (!cell) continue;
      data = { ...after.get(definition.key)!, prefilled: cell.keepPrefilled && suggestions.get(definition.key) === cell.value };
    }
    const old = before.get(definition.key);
    const multiUnit = (definition.units?.length ?? 0) > 1;
    const oldText = old ? auditText(old, multiUnit) : null;
    const newText = auditText(data, multiUnit);
    if (old && oldText === newText && old.prefilled === data.prefilled) continue;
    if (oldText !== newText && !definition.computed) changes.push({ cell: definition.key, before: oldText, after: newText });
    writes.push({ tableKey: definition.table, rowKey: definition.row, columnKey: definition.column, computed: definition.computed, data });
  }
  return writes;
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

function planExplanations(current: WarningExplanations, sent: Record<string, string>, changes: Change[]): WarningExplanations | null {
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
