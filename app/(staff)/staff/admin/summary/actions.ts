"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/components/review/action-message";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { saveReport } from "@/lib/server/reports/save-report";
import { computeSummaryReport } from "@/lib/server/summary/compute-summary-report";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { formObject, refuseInput } from "../answer";
import { computeSummarySchema, submitSummarySchema, summaryTextsSchema } from "./schemas";

const PATH = "/staff/admin/summary";

export async function computeSummaryAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = computeSummarySchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await computeSummaryReport(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  if (!result.ok) return { ok: false, message: result.message };
  const missing = result.missing.length ? `；${result.missing.length} 个成员尚无已审核的报告，未计入` : "";
  return {
    ok: true,
    message: `已按 ${result.included} 份成员报告汇总（${result.changedCells} 个单元格有变化）${missing}`,
  };
}

export async function saveSummaryTextsAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = summaryTextsSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const { reportId, version, ...texts } = parsed.data;
  const result = await saveReport(await requireAdmin(PATH), { reportId, version, texts });
  revalidatePath(PATH);
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      problems: "issues" in result ? result.issues?.map((issue) => issue.message) : undefined,
    };
  return { ok: true, message: result.changed ? "文字已保存" : "没有需要保存的修改" };
}

export async function submitSummaryAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = submitSummarySchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await transitionReport(await requireAdmin(PATH), { ...parsed.data, action: "submit" });
  revalidatePath(PATH);
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      problems: result.violations?.slice(0, 10).map((violation) => violation.message),
    };
  return { ok: true, message: "汇总报告已提交审核" };
}
