import "server-only";
import { publicationDayToInstant } from "@/lib/publication-date";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { importReport } from "../reports/import-report";
import { previewParsedReports, type CellCorrections, type ParsedReportUpload } from "./preview-parsed-reports";
import { refreshReportChecks } from "./refresh-report-checks";

export type ParsedImportResult =
  { ok: true; message: string; agencyCode: string; year: number } | { ok: false; message: string; errors: string[] };

/**
 * Imports one uploaded published report (text, HTML or .docx) as a published historical report:
 * the file parsed again, the admin's corrections applied (each re-read with parseCellInput; one
 * unreadable correction refuses the whole file), the same checks as the JSON import, then
 * importReport with publish, audited with the file name. `publishedOn` ("YYYY-MM-DD") is the
 * publication date the admin confirmed; without it the report is dated the day of the import.
 * `moveEstablishment`: the admin agreed to move the agency's recorded set-up day back to the
 * report's year (without it such a file is refused with that question).
 */
export async function importParsedReport(
  user: StaffUser,
  file: ParsedReportUpload,
  corrections: CellCorrections,
  options: { publishedOn?: string; moveEstablishment?: boolean } = {},
): Promise<ParsedImportResult> {
  const { publishedOn, moveEstablishment } = options;
  const [reading] = await previewParsedReports(user, [file], { [file.name]: corrections });
  if (!reading) return { ok: false, message: "没有文件", errors: [] };
  const { preview, report } = reading;
  if (preview.correctionErrors.length) {
    return {
      ok: false,
      message: `${file.name} 有 ${preview.correctionErrors.length} 处更正无法读取，未导入`,
      errors: preview.correctionErrors,
    };
  }
  if (preview.blocked || !report)
    return { ok: false, message: `不能导入：${preview.blocked ?? "报告无法读取"}`, errors: [] };
  const publishedAt = publishedOn ? publicationDayToInstant(publishedOn) : undefined;
  if (publishedAt === null) return { ok: false, message: "发布日期应为有效日期，如 2021-01-20", errors: [] };
  const imported = await importReport(report, {
    publish: true,
    publishedAt,
    moveEstablishment,
    actorId: user.id,
    source: `upload:${file.name}`,
  });
  if (!imported.ok) return { ok: false, message: imported.message, errors: [] };
  await db.$transaction((tx) => refreshReportChecks(tx, imported.reportId));
  return {
    ok: true,
    message: `已导入 ${report.agency.name} ${report.year} 年度报告`,
    agencyCode: imported.agencyCode,
    year: report.year,
  };
}
