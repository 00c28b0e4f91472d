import "server-only";
import type { ReportKind } from "@/lib/generated/prisma/client";
import { db } from "../db";

/** For trusted callers only (the command line): no user, no access check. */
export async function findReportId(agencyCode: string, year: number, kind: ReportKind): Promise<string | null> {
  const report = await db.report.findFirst({
    where: { agency: { code: agencyCode }, year, kind },
    select: { id: true },
  });
  return report?.id ?? null;
}
