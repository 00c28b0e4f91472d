"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/server/actions/server-action";
import { saveReportAsCaller } from "@/lib/server/reports/save-report";
import { replyToReviewComment } from "@/lib/server/review/reply-to-review-comment";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import {
  REPLY_SIGNED_OUT,
  SAVE_SIGNED_OUT,
  replyToCommentSchema,
  saveReportSchema,
  submitReportSchema,
  type ReplyToCommentActionResult,
  type SaveReportActionResult,
  type SubmitReportActionResult,
} from "@/lib/requests/wizard";

// The wizard's actions answer a signed-out clerk instead of redirecting (the unsaved work stays in
// the page), and refuse bad input with their own shape of answer.

const clerk = { access: "staff", path: (input: { reportId: string }) => `/staff/reports/${input.reportId}` } as const;
const invalid = (message: string) => ({ ok: false, code: "invalid", message }) as const;

/**
 * Autosave of the wizard: the changed cells, texts and explanations since `version`. The save's
 * first statement also reads who is calling (the most frequent request of the season).
 */
export const saveReportAction = serverAction(
  { ...clerk, access: "caller", schema: saveReportSchema, signedOut: SAVE_SIGNED_OUT, invalid },
  async (caller, input): Promise<SaveReportActionResult> =>
    (await saveReportAsCaller(caller, input)) ?? SAVE_SIGNED_OUT,
);

/** 提交审核: the server validates again and refuses while an error remains or a warning lacks its explanation. */
export const submitReportAction = serverAction(
  { ...clerk, schema: submitReportSchema, signedOut: SAVE_SIGNED_OUT, invalid },
  async (user, input): Promise<SubmitReportActionResult> => {
    const result = await transitionReport(user, { reportId: input.reportId, action: "submit", version: input.version });
    if (result.ok) revalidatePath("/staff", "layout");
    return result;
  },
);

/** The clerk's reply to a review comment: stored under the comment, and the reviewers are notified. */
export const replyToCommentAction = serverAction(
  { ...clerk, schema: replyToCommentSchema, signedOut: REPLY_SIGNED_OUT, invalid },
  // No revalidatePath: the pages that show replies are rendered per request, and refreshing this
  // one would re-render the wizard the clerk is typing in; the form adds the reply itself.
  (user, input): Promise<ReplyToCommentActionResult> => replyToReviewComment(user, input),
);
