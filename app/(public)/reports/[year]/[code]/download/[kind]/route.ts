import { serveDownload } from "../../../../../_html/serve-download";

// The downloads of a published report's latest revision: Word, Excel, CSV and the interchange JSON
// (see serve-download.ts; the report page links to each revision's own URL).

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string; code: string; kind: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return serveDownload(request, await params);
}
