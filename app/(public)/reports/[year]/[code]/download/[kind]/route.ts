import { isDownloadKind, renderReportDownload } from "@/lib/exports/report-download";
import { getPublishedReport } from "@/lib/server/public/get-published-report";

// The public downloads of a published report: Word, Excel, CSV and the interchange JSON.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string; code: string; kind: string }> };

function respondNotFound(): Response {
  return new Response("未找到该报告。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { year, code, kind } = await params;
  // Only a plain year: Number() would also read "0x7E4" or "2020.0" as 2020.
  if (!isDownloadKind(kind) || !/^\d{4}$/.test(year)) return respondNotFound();
  const published = await getPublishedReport(Number(year), code);
  if (!published) return respondNotFound();
  const download = await renderReportDownload(kind, published);
  return new Response(download.body, {
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": download.contentDisposition,
      "Cache-Control": "public, max-age=300",
    },
  });
}
