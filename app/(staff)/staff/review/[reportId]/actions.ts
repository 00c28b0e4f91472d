"use server";
import { parseBeijingDateTime } from "@/lib/beijing-time";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireUser } from "@/lib/server/auth/current-user";
import { addReviewComment } from "@/lib/server/review/add-review-comment";
import { resolveReviewComment } from "@/lib/server/review/resolve-review-comment";
import { transitionReport, type TransitionResult } from "@/lib/server/workflow/transition-report";
import {
  addCommentSchema,
  publishReportSchema,
  reportRefSchema,
  resolveCommentSchema,
  returnReportSchema,
  type AddCommentInput,
  type PublishReportInput,
  type ReportRefInput,
  type ResolveCommentInput,
  type ReturnReportInput,
  type ReviewActionResult,
} from "./schemas";

// The reviewer's decisions. Every state change goes through transitionReport (the state machine,
// its access check, re-validation and audit row); these only parse input and word the answer.

const MAX_PROBLEMS = 20;

export async function returnReportAction(input: ReturnReportInput): Promise<ReviewActionResult> {
  const parsed = returnReportSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error);
  const { reportId, version, reason } = parsed.data;
  const user = await requireUser(`/staff/review/${reportId}`);
  return answer(
    reportId,
    await transitionReport(user, { reportId, action: "return", version, reason }),
    "报告已退回，填报人会收到通知",
  );
}

export async function approveReportAction(input: ReportRefInput): Promise<ReviewActionResult> {
  const parsed = reportRefSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error);
  const { reportId, version } = parsed.data;
  const user = await requireUser(`/staff/review/${reportId}`);
  return answer(
    reportId,
    await transitionReport(user, { reportId, action: "approve", version }),
    "报告已审核通过，可以发布",
  );
}

export async function publishReportAction(input: PublishReportInput): Promise<ReviewActionResult> {
  const parsed = publishReportSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error);
  const { reportId, version, when, publishAt, correction, correctionNote } = parsed.data;
  const scheduled = when === "scheduled" ? parseBeijingDateTime(publishAt) : null;
  if (scheduled && scheduled.getTime() <= Date.now()) return { ok: false, message: "定时发布的时间必须晚于现在" };
  const user = await requireUser(`/staff/review/${reportId}`);
  const result = await transitionReport(user, {
    reportId,
    action: "publish",
    version,
    publishAt: scheduled ?? undefined,
    correctionNote: correction ? correctionNote : undefined,
  });
  return answer(reportId, result, scheduled ? "报告已定时发布，到时公众即可查阅" : "报告已发布，公众现在可以查阅");
}

export async function reopenReportAction(input: ReportRefInput): Promise<ReviewActionResult> {
  const parsed = reportRefSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error);
  const { reportId, version } = parsed.data;
  const user = await requireUser(`/staff/review/${reportId}`);
  return answer(
    reportId,
    await transitionReport(user, { reportId, action: "reopen", version }),
    "已开始更正：填报人修改后重新提交，已发布的版本在更正发布前保持公开",
  );
}

export async function cancelPublicationAction(input: ReportRefInput): Promise<ReviewActionResult> {
  const parsed = reportRefSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error);
  const { reportId, version } = parsed.data;
  const user = await requireUser(`/staff/review/${reportId}`);
  return answer(
    reportId,
    await transitionReport(user, { reportId, action: "cancel_publication", version }),
    "已取消定时发布：报告回到“已审核”状态，公众看不到",
  );
}

export async function addCommentAction(input: AddCommentInput): Promise<ReviewActionResult> {
  const parsed = addCommentSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error);
  const user = await requireUser(`/staff/review/${parsed.data.reportId}`);
  const result = await addReviewComment(user, parsed.data);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/staff/review/${parsed.data.reportId}`);
  return { ok: true, message: "意见已添加，填报人会收到通知" };
}

export async function resolveCommentAction(input: ResolveCommentInput): Promise<ReviewActionResult> {
  const parsed = resolveCommentSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error);
  const user = await requireUser(`/staff/review/${parsed.data.reportId}`);
  const result = await resolveReviewComment(user, parsed.data.commentId);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/staff/review/${parsed.data.reportId}`);
  return { ok: true, message: "意见已标记为已解决" };
}

function refuse(error: z.ZodError): ReviewActionResult {
  // Every message of the schemas is written for the user, in Chinese.
  return { ok: false, message: error.issues[0]?.message ?? "提交的内容有误，请刷新页面后重试" };
}

function answer(reportId: string, result: TransitionResult, success: string): ReviewActionResult {
  if (!result.ok) {
    const problems = result.violations?.slice(0, MAX_PROBLEMS).map((violation) => violation.message);
    return problems?.length ? { ok: false, message: result.message, problems } : { ok: false, message: result.message };
  }
  revalidatePath(`/staff/review/${reportId}`);
  revalidatePath("/staff/review");
  return { ok: true, message: success };
}
