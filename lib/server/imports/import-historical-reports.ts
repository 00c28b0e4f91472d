import "server-only";
import { publicationDayToInstant } from "@/lib/publication-date";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { importReport } from "../reports/import-report";
import { previewReportFiles, type UploadedReportFile } from "./preview-report-files";
import { refreshReportChecks } from "../reports/refresh-report-checks";

export type HistoricalImportResult = { name: string; ok: boolean; message: string };

/**
 * Imports the chosen files as published historical reports, each all or nothing (importReport with
 * publish), after checking them again as the preview did; audited by importReport with the file name.
 * `publishedOn` holds the publication date the admin confirmed per file ("YYYY-MM-DD"; the
 * interchange file has none); a file without one is dated the day of the import.
 */
export async function importHistoricalReports(
  user: StaffUser,
  files: UploadedReportFile[],
  chosen: string[],
  publishedOn: Record<string, string> = {},
  /** Files whose agency's set-up day the admin agreed to move back to the report's year. */
  moveEstablishment: string[] = [],
): Promise<HistoricalImportResult[]> {
  const previews = await previewReportFiles(
    user,
    files.filter((file) => chosen.includes(file.name)),
  );
  const results: HistoricalImportResult[] = [];
  for (const preview of previews) {
    if (preview.blocked || !preview.report) {
      results.push({ name: preview.name, ok: false, message: preview.blocked ?? "文件无法读取" });
      continue;
    }
    const day = publishedOn[preview.name];
    const publishedAt = day ? (publicationDayToInstant(day) ?? undefined) : undefined;
    const imported = await importReport(preview.report, {
      publish: true,
      publishedAt,
      moveEstablishment: moveEstablishment.includes(preview.name),
      actorId: user.id,
      source: `upload:${preview.name}`,
    });
    if (!imported.ok) {
      results.push({ name: preview.name, ok: false, message: imported.message });
      continue;
    }
    await db.$transaction((tx) => refreshReportChecks(tx, imported.reportId));
    results.push({
      name: preview.name,
      ok: true,
      message: `已导入 ${preview.agencyName} ${preview.year} 年度报告${day ? `，发布日期 ${day}` : ""}`,
    });
  }
  return results;
}
