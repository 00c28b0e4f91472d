"use server";

import { revalidatePath } from "next/cache";
import { decodeReportFile } from "@/lib/report-format";
import { importHistoricalReports, type HistoricalImportResult } from "@/lib/server/imports/import-historical-reports";
import { previewReportFiles, type FilePreview } from "@/lib/server/imports/preview-report-files";
import { serverAction } from "@/lib/server/actions/server-action";
import { revalidatePublishedReport } from "@/lib/server/public/revalidate-published-report";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";
import { reportFilesSchema } from "./schemas";

const ADMIN = { access: "admin", path: "/staff/admin/import", schema: reportFilesSchema } as const;

type Answer<T> = { ok: true; items: T[] } | { ok: false; message: string };

async function decodeFiles(files: File[]) {
  const decodedFiles: { name: string; text: string }[] = [];
  for (const file of files) {
    const decoded = decodeReportFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { ok: false as const, message: `“${file.name}”：${decoded.message}` };
    decodedFiles.push({ name: file.name, text: decoded.text });
  }
  return { ok: true as const, files: decodedFiles };
}

const previewFiles = serverAction(ADMIN, async (user, input): Promise<Answer<FilePreview>> => {
  const read = await decodeFiles(input.files);
  if (!read.ok) return read;
  const previews = await previewReportFiles(user, read.files);
  return { ok: true, items: previews.map(({ report: _report, ...preview }) => preview) };
});

const importFiles = serverAction(ADMIN, async (user, input): Promise<Answer<HistoricalImportResult>> => {
  const read = await decodeFiles(input.files);
  if (!read.ok) return read;
  const results = await importHistoricalReports(
    user,
    read.files,
    input.chosen,
    input.publishedOn,
    input.moveEstablishment,
  );
  await recordBulkTransfer(user, "data.imported", { what: "report_files", count: results.length });
  revalidatePath("/staff/admin/board");
  const imported = results.find((result) => result.ok);
  if (imported) revalidatePublishedReport(0, imported.name);
  return { ok: true, items: results };
});

/** The form's fields as the schema reads them (anything of the wrong kind is refused by the schema). */
function readForm(data: FormData) {
  return {
    files: data.getAll("files") as File[],
    chosen: data.getAll("chosen") as string[],
    moveEstablishment: data.getAll("moveEstablishment") as string[],
    publishedOn: (data.get("publishedOn") ?? undefined) as string | undefined,
  };
}

export async function previewReportFilesAction(data: FormData): Promise<Answer<FilePreview>> {
  return previewFiles(readForm(data));
}

export async function importReportFilesAction(data: FormData): Promise<Answer<HistoricalImportResult>> {
  return importFiles(readForm(data));
}
