import { serveDownload } from "../../../../../../../_html/serve-download";

// The downloads of one published revision, under a URL whose bytes never change (see serve-download.ts).

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string; code: string; n: string; kind: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { year, code, n, kind } = await params;
  return serveDownload(request, { year, code, kind, revision: n });
}
