"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { startReport } from "@/lib/server/reports/start-report";
import type { StartReportState } from "@/components/wizard/start-report-button";
import { startReportSchema } from "./schema";

/** 开始填报 / 继续填报 on the agency page: creates (or finds) the report, then opens the wizard. */
export async function startReportAction(_previous: StartReportState, formData: FormData): Promise<StartReportState> {
  const parsed = startReportSchema.safeParse({ agencyCode: formData.get("agencyCode"), year: formData.get("year") });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "请求无效，请刷新页面后重试" };
  const user = await requireUser(`/staff/agencies/${encodeURIComponent(parsed.data.agencyCode)}`);
  const result = await startReport(user, parsed.data);
  if (!result.ok) return { message: result.message };
  redirect(`/staff/reports/${result.reportId}`);
}
