import { REPORT_STATUS_LABELS } from "@/lib/labels";
import type { BoardRate, BoardRow } from "./get-deadline-board";

// How the board words a row's status, its deadline and a rate (the page and the Excel export alike).

export function describeBoardStatus(row: Pick<BoardRow, "status" | "correcting">): string {
  if (!row.status) return "未开始";
  return row.correcting ? `${REPORT_STATUS_LABELS[row.status]}（更正中）` : REPORT_STATUS_LABELS[row.status];
}

export function describeDeadline(row: Pick<BoardRow, "publishedAt" | "late" | "daysLeft">): string {
  if (row.publishedAt) return row.late ? "逾期发布" : "按时发布";
  if (row.daysLeft > 0) return `剩 ${row.daysLeft} 天`;
  return row.daysLeft === 0 ? "今天截止" : `已逾期 ${-row.daysLeft} 天`;
}

export function describeRate(rate: BoardRate): string {
  return rate.expected ? `${((rate.published * 100) / rate.expected).toFixed(1)}%` : "—";
}
