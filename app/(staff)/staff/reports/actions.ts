"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/server-action";
import { startReport } from "@/lib/server/reports/start-report";
import { startReportSchema } from "./schema";

/** 开始填报 / 继续填报 on the agency page: creates (or finds) the report, then opens the wizard. */
export const startReportAction = formAction(
  {
    access: "staff",
    path: (input) => `/staff/agencies/${encodeURIComponent(input.agencyCode)}`,
    schema: startReportSchema,
  },
  async (user, input) => {
    const result = await startReport(user, input);
    if (!result.ok) return { ok: false, message: result.message };
    redirect(`/staff/reports/${result.reportId}`);
  },
);
