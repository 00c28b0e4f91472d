import { readFormFields, reportUploadSchema } from "@/lib/requests/report-uploads";
import { previewReportUpload } from "@/lib/server/imports/preview-report-upload";
import { answerRefusal, authorizeUpload, isRefusal, receiveUploadForm } from "@/lib/server/imports/receive-upload";

// One published report file read for the import page (a file per request: a PDF is larger than a
// server action takes): the parser's reading and the agency it matches. Nothing is written.
export async function POST(request: Request): Promise<Response> {
  const user = await authorizeUpload(request);
  if (isRefusal(user)) return answerRefusal(user);
  const form = await receiveUploadForm(request);
  if (isRefusal(form)) return answerRefusal(form);
  const parsed = reportUploadSchema.safeParse(readFormFields(form, ["file", "corrections"]));
  if (!parsed.success) return answerRefusal({ status: 400, message: parsed.error.issues[0]?.message ?? "文件有误" });
  const { file, corrections } = parsed.data;
  const preview = await previewReportUpload(
    user,
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    corrections,
  );
  return Response.json({ ok: true, preview }, { headers: { "Cache-Control": "private, no-store" } });
}
