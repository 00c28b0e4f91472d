import "server-only";
import type { Report } from "@/lib/report-format";
import { db } from "../db";
import { exportRevision } from "../report-cells/read-report";

export type PublishedReportData = { code: string; report: Report };

/** Every published report of a year as interchange data (its visible revision), for the open-data downloads. */
export async function listPublishedReportData(year: number, now = new Date()): Promise<PublishedReportData[]> {
  const visible = await db.$queryRaw<{ revision_id: string; code: string }[]>`
    SELECT DISTINCT ON (r.id) v.id AS revision_id, a.code
    FROM report r
    JOIN agency a ON a.id = r.agency_id AND a.active
    JOIN report_revision v ON v.report_id = r.id AND v.published_at <= ${now}
    WHERE r.year = ${year}
    ORDER BY r.id, v.number DESC`;
  const reports = await Promise.all(
    visible.map(async (row) => ({ code: row.code, report: await exportRevision(row.revision_id) })),
  );
  return reports
    .filter((entry): entry is PublishedReportData => entry.report !== null)
    .sort(
      (a, b) =>
        a.report.agency.name.localeCompare(b.report.agency.name, "zh-CN") || a.report.kind.localeCompare(b.report.kind),
    );
}
