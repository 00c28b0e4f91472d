import type { ReportStatus } from "@/lib/generated/prisma/client";

// The state machine of a report (草稿 → 已提交 → 已退回 | 已审核 → 已发布 → 更正 …), declared once.
// A publication set for later may be called off until its time comes (已发布 → 已审核).
// `actor` says whose where-clause finds the report: the clerk's own agency, or the reviewer's.

export type TransitionAction = "submit" | "return" | "approve" | "publish" | "reopen" | "cancel_publication";

export type TransitionRule = {
  from: readonly ReportStatus[];
  to: ReportStatus;
  actor: "clerk" | "reviewer";
  label: string;
};

export const TRANSITIONS: Record<TransitionAction, TransitionRule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", actor: "clerk", label: "提交审核" },
  return: { from: ["SUBMITTED"], to: "RETURNED", actor: "reviewer", label: "退回修改" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", actor: "reviewer", label: "审核通过" },
  publish: { from: ["APPROVED"], to: "PUBLISHED", actor: "reviewer", label: "发布" },
  reopen: { from: ["PUBLISHED"], to: "DRAFT", actor: "reviewer", label: "更正" },
  cancel_publication: { from: ["PUBLISHED"], to: "APPROVED", actor: "reviewer", label: "取消定时发布" },
};

/** Statuses in which the clerk may change the working revision. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ["DRAFT", "RETURNED"];
