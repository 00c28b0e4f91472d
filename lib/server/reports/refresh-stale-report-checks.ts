import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refreshReportChecks } from "./refresh-report-checks";

const BATCH = 500;

/**
 * Counts errors and warnings of the reports of `year` in the admin's tree whose stored counts are
 * missing or older than the report (written by code that did not call refreshReportChecks, such
 * as an import). At most BATCH reports per call; returns how many were refreshed and how many are left.
 */
export async function refreshStaleReportChecks(
  user: StaffUser,
  year: number,
): Promise<{ refreshed: number; left: number }> {
  const stale = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM report
    WHERE year = ${year} AND agency_id = ANY(${user.administeredAgencyIds}::text[])
      AND checked_version IS DISTINCT FROM version
    ORDER BY id`;
  for (const { id } of stale.slice(0, BATCH)) await db.$transaction((tx) => refreshReportChecks(tx, id));
  return { refreshed: Math.min(BATCH, stale.length), left: Math.max(0, stale.length - BATCH) };
}
