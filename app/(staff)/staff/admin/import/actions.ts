"use server";

import { revalidatePath } from "next/cache";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";
import { decodeReportFile } from "@/lib/report-format";
import { importHistoricalReports, type HistoricalImportResult } from "@/lib/server/imports/import-historical-reports";
import { previewReportFiles, type FilePreview } from "@/lib/server/imports/preview-report-files";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { revalidatePublishedReport } from "@/lib/server/public/revalidate-published-report";
import { reportFilesSchema } from "./schemas";

const PATH = "/staff/admin/import";

type Answer<T> = { ok: true; items: T[] } | { ok: false; message: string };

async function readFiles(data: FormData) {
  const parsed = reportFilesSchema.safeParse({
    files: data.getAll("files"),
    chosen: data.getAll("chosen"),
    moveEstablishment: data.getAll("moveEstablishment"),
    publishedOn: data.get("publishedOn") ?? undefined,
  });
  if (!parsed.success) return { ok: false as const, message: parsed.error.issues[0]?.message ?? "文件有误" };
  const files: { name: string; text: string }[] = [];
  for (const file of parsed.data.files) {
    const decoded = decodeReportFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { ok: false as const, message: `“${file.name}”：${decoded.message}` };
    files.push({ name: file.name, text: decoded.text });
  }
  return {
    ok: true as const,
    files,
    chosen: parsed.data.chosen,
    publishedOn: parsed.data.publishedOn,
    moveEstablishment: parsed.data.moveEstablishment,
  };
}

export async function previewReportFilesAction(data: FormData): Promise<Answer<FilePreview>> {
  const user = await requireAdmin(PATH);
  const read = await readFiles(data);
  if (!read.ok) return read;
  const previews = await previewReportFiles(user, read.files);
  return { ok: true, items: previews.map(({ report: _report, ...preview }) => preview) };
}

export async function importReportFilesAction(data: FormData): Promise<Answer<HistoricalImportResult>> {
  const user = await requireAdmin(PATH);
  const read = await readFiles(data);
  if (!read.ok) return read;
  const results = await importHistoricalReports(
    user,
    read.files,
    read.chosen,
    read.publishedOn,
    read.moveEstablishment,
  );
  await recordBulkTransfer(user, "data.imported", { what: "report_files", count: results.length });
  revalidatePath("/staff/admin/board");
  const imported = results.find((result) => result.ok);
  if (imported) revalidatePublishedReport(0, imported.name);
  return { ok: true, items: results };
}
