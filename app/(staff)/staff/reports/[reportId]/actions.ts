"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { saveReport } from "@/lib/server/reports/save-report";
import { replyToReviewComment } from "@/lib/server/review/reply-to-review-comment";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import {
  REPLY_SIGNED_OUT,
  SAVE_SIGNED_OUT,
  replyToCommentSchema,
  saveReportSchema,
  submitReportSchema,
  type ReplyToCommentActionResult,
  type ReplyToCommentRequest,
  type SaveReportActionResult,
  type SaveReportRequest,
  type SubmitReportActionResult,
  type SubmitReportRequest,
} from "@/lib/requests/wizard";

/** Autosave of the wizard: the changed cells, texts and explanations since `version`. */
export async function saveReportAction(input: SaveReportRequest): Promise<SaveReportActionResult> {
  const parsed = saveReportSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "保存请求无效" };
  const user = await getCurrentUser();
  if (!user) return SAVE_SIGNED_OUT;
  return saveReport(user, parsed.data);
}

/** 提交审核: the server validates again and refuses while an error remains or a warning lacks its explanation. */
export async function submitReportAction(input: SubmitReportRequest): Promise<SubmitReportActionResult> {
  const parsed = submitReportSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "提交请求无效" };
  const user = await getCurrentUser();
  if (!user) return SAVE_SIGNED_OUT;
  const result = await transitionReport(user, {
    reportId: parsed.data.reportId,
    action: "submit",
    version: parsed.data.version,
  });
  if (result.ok) revalidatePath("/staff", "layout");
  return result;
}

/** The clerk's reply to a review comment: stored under the comment, and the reviewers are notified. */
export async function replyToCommentAction(input: ReplyToCommentRequest): Promise<ReplyToCommentActionResult> {
  const parsed = replyToCommentSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "回复请求无效" };
  const user = await getCurrentUser();
  if (!user) return REPLY_SIGNED_OUT;
  // No revalidatePath: the pages that show replies are rendered per request, and refreshing this
  // one would re-render the wizard the clerk is typing in; the form adds the reply itself.
  return replyToReviewComment(user, parsed.data);
}
