"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { importAgencies } from "@/lib/server/imports/import-agencies";
import { previewAgencyImport, type AgencyImportPreview } from "@/lib/server/imports/preview-agency-import";
import { readTableFile } from "@/lib/server/imports/read-table-file";
import { serverAction } from "@/lib/server/actions/server-action";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";
import { uploadSchema } from "./schemas";

const ADMIN = { access: "admin", path: "/staff/admin/agencies/import", schema: uploadSchema } as const;

const readUpload = async (file: File) =>
  readTableFile({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

const previewAgencies = serverAction(ADMIN, async (user, { file }): Promise<AgencyImportPreview> => {
  const table = await readUpload(file);
  if (!table.ok) return table;
  return previewAgencyImport(user, table.rows);
});

const importUploadedAgencies = serverAction(ADMIN, async (user, { file }): Promise<ActionResult> => {
  const table = await readUpload(file);
  if (!table.ok) return table;
  const result = await importAgencies(user, table.rows, file.name);
  if (!result.ok) return { ok: false, message: result.message };
  await recordBulkTransfer(user, "data.imported", { what: "agencies", count: result.created, file: file.name });
  revalidatePath("/staff/admin/agencies");
  return { ok: true, message: `已导入 ${result.created} 个机构` };
});

export async function previewAgenciesAction(data: FormData): Promise<AgencyImportPreview> {
  return previewAgencies({ file: data.get("file") as File });
}

export async function importAgenciesAction(data: FormData): Promise<ActionResult> {
  return importUploadedAgencies({ file: data.get("file") as File });
}
