import { revalidatePath } from "next/cache";
import { readFormFields, reportImportSchema } from "@/lib/requests/report-uploads";
import { importReportUpload } from "@/lib/server/imports/import-report-upload";
import { answerRefusal, authorizeUpload, isRefusal, receiveUploadForm } from "@/lib/server/imports/receive-upload";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";

// One published report file imported as a published historical report into the agency the admin
// confirmed (or created from the file). The import page sends the confirmed files one by one.
export async function POST(request: Request): Promise<Response> {
  const user = await authorizeUpload(request);
  if (isRefusal(user)) return answerRefusal(user);
  const form = await receiveUploadForm(request);
  if (isRefusal(form)) return answerRefusal(form);
  const parsed = reportImportSchema.safeParse(
    readFormFields(form, ["file", "corrections", "target", "publishedOn", "moveEstablishment"]),
  );
  if (!parsed.success) return answerRefusal({ status: 400, message: parsed.error.issues[0]?.message ?? "文件有误" });
  const { file, corrections, target, publishedOn, moveEstablishment } = parsed.data;
  const result = await importReportUpload(
    user,
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    corrections,
    target,
    { publishedOn: publishedOn || undefined, moveEstablishment },
  );
  if (result.ok) {
    await recordBulkTransfer(user, "data.imported", { what: "parsed_report", count: 1, file: file.name });
    revalidatePath("/staff/admin/board");
    revalidatePath(`/reports/${result.year}/${result.agencyCode}`);
  }
  return Response.json(result, { status: result.ok ? 200 : 422, headers: { "Cache-Control": "private, no-store" } });
}
