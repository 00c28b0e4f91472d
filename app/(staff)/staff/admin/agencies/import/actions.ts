"use server";

import { revalidatePath } from "next/cache";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";
import type { ActionResult } from "@/components/review/action-message";
import { importAgencies } from "@/lib/server/imports/import-agencies";
import { previewAgencyImport, type AgencyImportPreview } from "@/lib/server/imports/preview-agency-import";
import { readTableFile } from "@/lib/server/admin/read-table-file";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { uploadSchema } from "./schemas";

const PATH = "/staff/admin/agencies/import";

async function readUpload(data: FormData) {
  const parsed = uploadSchema.safeParse({ file: data.get("file") });
  if (!parsed.success) return { ok: false as const, message: parsed.error.issues[0]?.message ?? "请选择文件" };
  const file = parsed.data.file;
  return readTableFile({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
}

export async function previewAgenciesAction(data: FormData): Promise<AgencyImportPreview> {
  const user = await requireAdmin(PATH);
  const table = await readUpload(data);
  if (!table.ok) return table;
  return previewAgencyImport(user, table.rows);
}

export async function importAgenciesAction(data: FormData): Promise<ActionResult> {
  const user = await requireAdmin(PATH);
  const table = await readUpload(data);
  if (!table.ok) return table;
  const file = data.get("file") as File;
  const result = await importAgencies(user, table.rows, file.name);
  if (!result.ok) return { ok: false, message: result.message };
  await recordBulkTransfer(user, "data.imported", { what: "agencies", count: result.created, file: file.name });
  revalidatePath("/staff/admin/agencies");
  return { ok: true, message: `已导入 ${result.created} 个机构` };
}
