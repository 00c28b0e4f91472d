"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/components/review/action-message";
import { closeReportingYear } from "@/lib/server/years/close-reporting-year";
import { grantReportingException } from "@/lib/server/years/grant-reporting-exception";
import { openReportingYear } from "@/lib/server/years/open-reporting-year";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { withdrawReportingException } from "@/lib/server/years/withdraw-reporting-exception";
import { endOfBeijingDay } from "@/lib/beijing-time";
import { DEADLINE_LEVELS, type YearDeadlines } from "@/lib/server/years/year-deadlines";
import { answer, formObject, refuseInput } from "../answer";
import { exceptionRefSchema, exceptionSchema, openYearSchema, yearRefSchema } from "./schemas";

const PATH = "/staff/admin/years";
const CHANGES = { opened: "已开放", reopened: "已重新开放", updated: "已保存截止日期：" } as const;

export async function openYearAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = openYearSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const deadlines: Partial<YearDeadlines> = {};
  for (const level of DEADLINE_LEVELS) {
    const day = parsed.data[level];
    if (day) deadlines[level] = endOfBeijingDay(day);
  }
  const result = await openReportingYear(await requireAdmin(PATH), { year: parsed.data.year, deadlines });
  revalidatePath(PATH);
  return result.ok ? { ok: true, message: `${CHANGES[result.change]} ${parsed.data.year} 年度` } : answer(result, "");
}

export async function closeYearAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = yearRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await closeReportingYear(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, `${parsed.data.year} 年度已关闭填报`);
}

export async function grantExceptionAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = exceptionSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await grantReportingException(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已例外开放，该机构的填报人可以继续填报和提交");
}

export async function withdrawExceptionAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = exceptionRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const result = await withdrawReportingException(await requireAdmin(PATH), parsed.data);
  revalidatePath(PATH);
  return answer(result, "已撤销例外开放");
}
