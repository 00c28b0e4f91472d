"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/actions/server-action";
import { refreshStaleReportChecks } from "@/lib/server/reports/refresh-stale-report-checks";
import { refreshChecksSchema } from "./schemas";

const PATH = "/staff/admin/board";

export const refreshChecksAction = formAction(
  { access: "admin", path: PATH, schema: refreshChecksSchema },
  async (user, input) => {
    const { refreshed, left } = await refreshStaleReportChecks(user, input.year);
    revalidatePath(PATH);
    return {
      ok: true,
      message: left ? `已检查 ${refreshed} 份报告，还有 ${left} 份，请再点一次` : `已检查 ${refreshed} 份报告`,
    };
  },
);
