"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { parseBeijingDateTime } from "@/lib/beijing-time";
import { serverAction } from "@/lib/server/actions/server-action";
import { addReviewComment } from "@/lib/server/review/add-review-comment";
import { resolveReviewComment } from "@/lib/server/review/resolve-review-comment";
import { transitionReport, type TransitionResult } from "@/lib/server/workflow/transition-report";
import {
  addCommentSchema,
  publishReportSchema,
  reportRefSchema,
  resolveCommentSchema,
  returnReportSchema,
} from "./schemas";

// The reviewer's decisions. Every state change goes through transitionReport (the state machine,
// its access check, re-validation and audit row); these only parse input and word the answer.

const MAX_PROBLEMS = 20;
const reviewer = { access: "staff", path: (input: { reportId: string }) => `/staff/review/${input.reportId}` } as const;

export const returnReportAction = serverAction(
  { ...reviewer, schema: returnReportSchema },
  async (user, { reportId, version, reason }) =>
    answer(
      reportId,
      await transitionReport(user, { reportId, action: "return", version, reason }),
      "报告已退回，填报人会收到通知",
    ),
);

export const approveReportAction = serverAction(
  { ...reviewer, schema: reportRefSchema },
  async (user, { reportId, version }) =>
    answer(
      reportId,
      await transitionReport(user, { reportId, action: "approve", version }),
      "报告已审核通过，可以发布",
    ),
);

export const publishReportAction = serverAction({ ...reviewer, schema: publishReportSchema }, async (user, input) => {
  const { reportId, version, when, publishAt, correction, correctionNote } = input;
  const scheduled = when === "scheduled" ? parseBeijingDateTime(publishAt) : null;
  if (scheduled && scheduled.getTime() <= Date.now()) return { ok: false, message: "定时发布的时间必须晚于现在" };
  const result = await transitionReport(user, {
    reportId,
    action: "publish",
    version,
    publishAt: scheduled ?? undefined,
    correctionNote: correction ? correctionNote : undefined,
  });
  return answer(reportId, result, scheduled ? "报告已定时发布，到时公众即可查阅" : "报告已发布，公众现在可以查阅");
});

export const reopenReportAction = serverAction(
  { ...reviewer, schema: reportRefSchema },
  async (user, { reportId, version }) =>
    answer(
      reportId,
      await transitionReport(user, { reportId, action: "reopen", version }),
      "已开始更正：填报人修改后重新提交，已发布的版本在更正发布前保持公开",
    ),
);

export const cancelPublicationAction = serverAction(
  { ...reviewer, schema: reportRefSchema },
  async (user, { reportId, version }) =>
    answer(
      reportId,
      await transitionReport(user, { reportId, action: "cancel_publication", version }),
      "已取消定时发布：报告回到“已审核”状态，公众看不到",
    ),
);

export const addCommentAction = serverAction({ ...reviewer, schema: addCommentSchema }, async (user, input) => {
  const result = await addReviewComment(user, input);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/staff/review/${input.reportId}`);
  return { ok: true, message: "意见已添加，填报人会收到通知" };
});

export const resolveCommentAction = serverAction({ ...reviewer, schema: resolveCommentSchema }, async (user, input) => {
  const result = await resolveReviewComment(user, input.commentId);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/staff/review/${input.reportId}`);
  return { ok: true, message: "意见已标记为已解决" };
});

function answer(reportId: string, result: TransitionResult, success: string): ActionResult {
  if (!result.ok) {
    const problems = result.violations?.slice(0, MAX_PROBLEMS).map((violation) => violation.message);
    return problems?.length ? { ok: false, message: result.message, problems } : { ok: false, message: result.message };
  }
  revalidatePath(`/staff/review/${reportId}`);
  revalidatePath("/staff/review");
  return { ok: true, message: success };
}
