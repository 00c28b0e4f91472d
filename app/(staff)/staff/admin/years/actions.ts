"use server";

import { revalidatePath } from "next/cache";
import { endOfBeijingDay } from "@/lib/beijing-time";
import { formAction } from "@/lib/server/actions/server-action";
import { closeReportingYear } from "@/lib/server/years/close-reporting-year";
import { grantReportingException } from "@/lib/server/years/grant-reporting-exception";
import { openReportingYear } from "@/lib/server/years/open-reporting-year";
import { withdrawReportingException } from "@/lib/server/years/withdraw-reporting-exception";
import { DEADLINE_LEVELS, type YearDeadlines } from "@/lib/server/years/year-deadlines";
import { answer } from "@/lib/action-result";
import { exceptionRefSchema, exceptionSchema, openYearSchema, yearRefSchema } from "./schemas";

const PATH = "/staff/admin/years";
const ADMIN = { access: "admin", path: PATH } as const;
const CHANGES = { opened: "已开放", reopened: "已重新开放", updated: "已保存截止日期：" } as const;

export const openYearAction = formAction({ ...ADMIN, schema: openYearSchema }, async (user, input) => {
  const deadlines: Partial<YearDeadlines> = {};
  for (const level of DEADLINE_LEVELS) {
    const day = input[level];
    if (day) deadlines[level] = endOfBeijingDay(day);
  }
  const result = await openReportingYear(user, { year: input.year, deadlines });
  revalidatePath(PATH);
  return result.ok ? { ok: true, message: `${CHANGES[result.change]} ${input.year} 年度` } : result;
});

export const closeYearAction = formAction({ ...ADMIN, schema: yearRefSchema }, async (user, input) => {
  const result = await closeReportingYear(user, input);
  revalidatePath(PATH);
  return answer(result, `${input.year} 年度已关闭填报`);
});

export const grantExceptionAction = formAction({ ...ADMIN, schema: exceptionSchema }, async (user, input) => {
  const result = await grantReportingException(user, input);
  revalidatePath(PATH);
  return answer(result, "已例外开放，该机构的填报人可以继续填报和提交");
});

export const withdrawExceptionAction = formAction({ ...ADMIN, schema: exceptionRefSchema }, async (user, input) => {
  const result = await withdrawReportingException(user, input);
  revalidatePath(PATH);
  return answer(result, "已撤销例外开放");
});
