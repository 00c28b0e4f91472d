"use server";

import { revalidatePath } from "next/cache";
import type { Violation } from "@/lib/report-format";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { saveReport, type SaveReportResult } from "@/lib/server/reports/save-report";
import { replyToReviewComment, type ReplyToReviewCommentResult } from "@/lib/server/review/reply-to-review-comment";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import type { ReportStatus } from "@/lib/generated/prisma/client";
import {
  replyToCommentSchema,
  saveReportSchema,
  submitReportSchema,
  type ReplyToCommentRequest,
  type SaveReportRequest,
  type SubmitReportRequest,
} from "./schema";

// A signed-out clerk gets an answer, not a redirect: the wizard keeps the unsaved work in the
// browser and says so, instead of navigating away from it.
const SIGNED_OUT = { ok: false, code: "signed_out", message: "登录已过期，修改未保存到服务器（已保存在本机）。请重新登录后回到本页。" } as const;

export type SaveReportActionResult = SaveReportResult | typeof SIGNED_OUT;

/** Autosave of the wizard: the changed cells, texts and explanations since `version`. */
export async function saveReportAction(input: SaveReportRequest): Promise<SaveReportActionResult> {
  const parsed = saveReportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "保存请求无效" };
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  return saveReport(user, parsed.data);
}

export type SubmitReportActionResult =
  | { ok: true; status: ReportStatus; version: number }
  | { ok: false; code: "not_found" | "wrong_state" | "conflict" | "invalid" | "signed_out"; message: string; violations?: Violation[] };

/** 提交审核: the server validates again and refuses while an error remains or a warning lacks its explanation. */
export async function submitReportAction(input: SubmitReportRequest): Promise<SubmitReportActionResult> {
  const parsed = submitReportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "提交请求无效" };
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const result = await transitionReport(user, { reportId: parsed.data.reportId, action: "submit", version: parsed.data.version });
  if (result.ok) revalidatePath("/staff", "layout");
  return result;
}

const REPLY_SIGNED_OUT = { ok: false, code: "signed_out", message: "登录已过期，回复没有发出。请重新登录后回到本页再回复。" } as const;

export type ReplyToCommentActionResult = ReplyToReviewCommentResult | typeof REPLY_SIGNED_OUT;

/** The clerk's reply to a review comment: stored under the comment, and the reviewers are notified. */
export async function replyToCommentAction(input: ReplyToCommentRequest): Promise<ReplyToCommentActionResult> {
  const parsed = replyToCommentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "回复请求无效" };
  const user = await getCurrentUser();
  if (!user) return REPLY_SIGNED_OUT;
  // No revalidatePath: the pages that show replies are rendered per request, and refreshing this
  // one would re-render the wizard the clerk is typing in; the form adds the reply itself.
  return replyToReviewComment(user, parsed.data);
}
