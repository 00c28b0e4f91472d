"use server";

import { revalidatePath } from "next/cache";
import { importParsedReport, type ParsedImportResult } from "@/lib/server/admin/import-parsed-report";
import { previewParsedReports, type ParsedPreviewAnswer } from "@/lib/server/admin/preview-parsed-reports";
import { serverAction } from "@/lib/server/actions/server-action";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";
import { parsedFilesSchema, parsedImportSchema } from "./schema";

const ADMIN = { access: "admin", path: "/staff/admin/import-texts" } as const;

async function readBytes(file: File) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const previewParsed = serverAction(
  { ...ADMIN, schema: parsedFilesSchema },
  async (user, input): Promise<ParsedPreviewAnswer> => {
    const files = await Promise.all(input.files.map(readBytes));
    const readings = await previewParsedReports(user, files, input.corrections);
    return { ok: true, items: readings.map((reading) => reading.preview) };
  },
);

const importParsed = serverAction(
  { ...ADMIN, schema: parsedImportSchema, invalid: (message) => ({ ok: false as const, message, errors: [] }) },
  async (user, input): Promise<ParsedImportResult> => {
    const file = await readBytes(input.file);
    const result = await importParsedReport(user, file, input.corrections[file.name] ?? {}, {
      publishedOn: input.publishedOn || undefined,
      moveEstablishment: input.moveEstablishment,
    });
    if (result.ok) {
      await recordBulkTransfer(user, "data.imported", { what: "parsed_report", count: 1, file: file.name });
      revalidatePath("/staff/admin/board");
      revalidatePath(`/reports/${result.year}/${result.agencyCode}`);
    }
    return result;
  },
);

/** The uploaded files parsed, with the corrections typed so far applied and checked. */
export async function previewParsedReportsAction(data: FormData): Promise<ParsedPreviewAnswer> {
  return previewParsed({ files: data.getAll("files") as File[], corrections: text(data, "corrections") });
}

/** One file imported as a published historical report, parsed again on the server with the corrections. */
export async function importParsedReportAction(data: FormData): Promise<ParsedImportResult> {
  return importParsed({
    file: data.get("file") as File,
    corrections: text(data, "corrections"),
    publishedOn: text(data, "publishedOn"),
    moveEstablishment: text(data, "moveEstablishment") as "" | "1" | undefined,
  });
}

/** A form field as the schema reads it (a file where text belongs is refused by the schema). */
function text(data: FormData, name: string): string | undefined {
  return (data.get(name) ?? undefined) as string | undefined;
}
