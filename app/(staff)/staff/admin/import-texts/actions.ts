"use server";

import { revalidatePath } from "next/cache";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";
import { importParsedReport, type ParsedImportResult } from "@/lib/server/admin/import-parsed-report";
import { previewParsedReports, type ParsedPreviewAnswer } from "@/lib/server/admin/preview-parsed-reports";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { parsedFilesSchema, parsedImportSchema } from "./schema";

const PATH = "/staff/admin/import-texts";

async function readBytes(file: File) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The uploaded files parsed, with the corrections typed so far applied and checked. */
export async function previewParsedReportsAction(data: FormData): Promise<ParsedPreviewAnswer> {
  const user = await requireAdmin(PATH);
  const parsed = parsedFilesSchema.safeParse({
    files: data.getAll("files"),
    corrections: data.get("corrections") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "文件有误" };
  const files = await Promise.all(parsed.data.files.map(readBytes));
  const readings = await previewParsedReports(user, files, parsed.data.corrections);
  return { ok: true, items: readings.map((reading) => reading.preview) };
}

/** One file imported as a published historical report, parsed again on the server with the corrections. */
export async function importParsedReportAction(data: FormData): Promise<ParsedImportResult> {
  const user = await requireAdmin(PATH);
  const parsed = parsedImportSchema.safeParse({
    file: data.get("file"),
    corrections: data.get("corrections") ?? undefined,
    publishedOn: data.get("publishedOn") ?? undefined,
    moveEstablishment: data.get("moveEstablishment") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "文件有误", errors: [] };
  const file = await readBytes(parsed.data.file);
  const result = await importParsedReport(user, file, parsed.data.corrections[file.name] ?? {}, {
    publishedOn: parsed.data.publishedOn || undefined,
    moveEstablishment: parsed.data.moveEstablishment,
  });
  if (result.ok) {
    await recordBulkTransfer(user, "data.imported", { what: "parsed_report", count: 1, file: file.name });
    revalidatePath("/staff/admin/board");
    revalidatePath(`/reports/${result.year}/${result.agencyCode}`);
  }
  return result;
}
