import "server-only";
import type { StaffUser } from "../auth/current-user";
import { importReadReport, type ImportTarget, type ReadReportImportResult } from "./import-read-report";
import { readReportUpload, type CellCorrections, type ParsedReportUpload } from "./read-report-upload";

export type ReportUploadImportResult = ReadReportImportResult & { name: string };

/**
 * One uploaded published report imported by an admin into the agency they confirmed (or one they
 * create from its printed name): the file read again with the corrections (nothing of the browser's
 * reading is trusted), refused as a whole when it is not a report or a correction cannot be read,
 * then importReadReport within the admin's tree. Atomic per file.
 */
export async function importReportUpload(
  user: StaffUser,
  file: ParsedReportUpload,
  corrections: CellCorrections,
  target: ImportTarget,
  options: { publishedOn?: string; moveEstablishment?: boolean } = {},
): Promise<ReportUploadImportResult> {
  const { preview, report } = await readReportUpload(file, corrections);
  if (preview.blocked || !report)
    return { ok: false, name: file.name, message: `${file.name} 不能导入：${preview.blocked ?? "报告无法读取"}` };
  if (preview.correctionErrors.length)
    return {
      ok: false,
      name: file.name,
      message: `${file.name} 有 ${preview.correctionErrors.length} 处更正无法读取，未导入：${preview.correctionErrors[0]}`,
    };
  const result = await importReadReport(report, target, {
    ...options,
    actorId: user.id,
    source: `upload:${file.name}`,
    allowedAgencyIds: user.administeredAgencyIds,
  });
  return { ...result, name: file.name };
}
