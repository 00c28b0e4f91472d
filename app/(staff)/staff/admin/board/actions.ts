"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/components/review/action-message";
import { refreshStaleReportChecks } from "@/lib/server/reports/refresh-stale-report-checks";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { formObject, refuseInput } from "../answer";
import { refreshChecksSchema } from "./schemas";

export async function refreshChecksAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = refreshChecksSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const { refreshed, left } = await refreshStaleReportChecks(
    await requireAdmin("/staff/admin/board"),
    parsed.data.year,
  );
  revalidatePath("/staff/admin/board");
  return {
    ok: true,
    message: left ? `已检查 ${refreshed} 份报告，还有 ${left} 份，请再点一次` : `已检查 ${refreshed} 份报告`,
  };
}
