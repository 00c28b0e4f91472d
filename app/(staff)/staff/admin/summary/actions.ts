"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/actions/server-action";
import { saveReport } from "@/lib/server/reports/save-report";
import { computeSummaryReport } from "@/lib/server/summary/compute-summary-report";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { computeSummarySchema, submitSummarySchema, summaryTextsSchema } from "./schemas";

const PATH = "/staff/admin/summary";
const ADMIN = { access: "admin", path: PATH } as const;

export const computeSummaryAction = formAction({ ...ADMIN, schema: computeSummarySchema }, async (user, input) => {
  const result = await computeSummaryReport(user, input);
  revalidatePath(PATH);
  if (!result.ok) return { ok: false, message: result.message };
  const missing = result.missing.length ? `；${result.missing.length} 个成员尚无已审核的报告，未计入` : "";
  return {
    ok: true,
    message: `已按 ${result.included} 份成员报告汇总（${result.changedCells} 个单元格有变化）${missing}`,
  };
});

export const saveSummaryTextsAction = formAction({ ...ADMIN, schema: summaryTextsSchema }, async (user, input) => {
  const { reportId, version, ...texts } = input;
  const result = await saveReport(user, { reportId, version, texts });
  revalidatePath(PATH);
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      problems: "issues" in result ? result.issues?.map((issue) => issue.message) : undefined,
    };
  return { ok: true, message: result.changed ? "文字已保存" : "没有需要保存的修改" };
});

export const submitSummaryAction = formAction({ ...ADMIN, schema: submitSummarySchema }, async (user, input) => {
  const result = await transitionReport(user, { ...input, action: "submit" });
  revalidatePath(PATH);
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      problems: result.violations?.slice(0, 10).map((violation) => violation.message),
    };
  return { ok: true, message: "汇总报告已提交审核" };
});
