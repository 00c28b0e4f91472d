import "server-only";
import { labelCell, toCells, type MoneyUnit, type Report, type ReportCell } from "@/lib/report-format";
import { formatMicroYuan, moneyToMicroYuan } from "@/lib/report-format/decimal";
import { reviewableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { loadReportContext } from "../reports/load-report-context";

export type YearComparisonRow = {
  cell: string;
  label: string;
  previous: string;
  current: string;
  /** "+12", "-3", "+0.5" */
  delta: string;
  /** A large jump worth a question: |change| ≥ 50% of last year and ≥ 10 (in the cell's unit). */
  jump: boolean;
};

export type YearComparison = {
  /** null: the agency has no published report for the year before. */
  previousYear: number | null;
  /** Cells that exist in both formats and are filled in both reports. */
  compared: number;
  /** The compared cells whose value changed, in format order. */
  rows: YearComparisonRow[];
};

export const JUMP_RATIO = 0.5;
export const JUMP_MINIMUM = 10;

/** This year's working revision against last year's published report, cell by cell (only cells both formats have). */
export async function compareWithLastYear(user: StaffUser, reportId: string): Promise<YearComparison | null> {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, reviewableReportWhere(user)] },
    select: { id: true },
  });
  if (!report) return null;
  const context = await loadReportContext(report.id);
  if (!context) return null;
  if (!context.previous) return { previousYear: null, compared: 0, rows: [] };
  return { previousYear: context.previous.year, ...compareReports(context.report, context.previous) };
}

/** The comparison itself (pure): cells matched by key and type, blanks skipped. */
export function compareReports(current: Report, previous: Report): Omit<YearComparison, "previousYear"> {
  const before = new Map(toCells(previous).map((cell) => [`${cell.table}.${cell.row}.${cell.column}`, cell]));
  let compared = 0;
  const rows: YearComparisonRow[] = [];
  for (const cell of toCells(current)) {
    const key = `${cell.table}.${cell.row}.${cell.column}`;
    const old = before.get(key);
    if (!old || old.type !== cell.type || old.value === null || cell.value === null) continue;
    compared++;
    const row = cell.type === "money" ? compareMoney(cell, old) : compareCounts(Number(cell.value), Number(old.value));
    if (row) rows.push({ cell: key, label: labelCell(current.format, key), ...row });
  }
  return { compared, rows };
}

type Compared = Omit<YearComparisonRow, "cell" | "label">;

function compareCounts(current: number, previous: number): Compared | null {
  const delta = current - previous;
  if (delta === 0) return null;
  const size = Math.abs(delta);
  return {
    previous: String(previous),
    current: String(current),
    delta: signed(String(delta)),
    jump: size >= JUMP_MINIMUM && size >= JUMP_RATIO * Math.abs(previous),
  };
}

/** Money exactly, in micro-元 (never a float); shown and judged in the unit of this year's cell. */
function compareMoney(current: ReportCell, previous: ReportCell): Compared | null {
  const unit: MoneyUnit = current.unit ?? "元";
  const now = moneyToMicroYuan(String(current.value), unit);
  const then = moneyToMicroYuan(String(previous.value), previous.unit ?? unit);
  const delta = now - then;
  if (delta === 0n) return null;
  const size = delta < 0n ? -delta : delta;
  const minimum = moneyToMicroYuan(String(JUMP_MINIMUM), unit);
  const jump = size >= minimum && size * 2n >= (then < 0n ? -then : then);
  return {
    previous: `${formatMicroYuan(then, unit)}${unit}`,
    current: `${formatMicroYuan(now, unit)}${unit}`,
    delta: `${signed(formatMicroYuan(delta, unit))}${unit}`,
    jump,
  };
}

function signed(value: string): string {
  return value.startsWith("-") ? value : `+${value}`;
}
