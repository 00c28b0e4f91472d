import { PUBLIC_CACHE_CONTROL } from "@/lib/front-cache/front-cache";
import { isDownloadKind } from "@/lib/exports/report-download";
import { getPublishedDownload } from "@/lib/server/public/get-published-download";
import { revisionDownloadPath } from "../_pages/paths";

// The public downloads (Word, Excel, CSV, JSON), built once per published revision
// (lib/server/public/get-published-download.ts). Under the revision's URL
// (/reports/{year}/{code}/revisions/{n}/download/{kind}) the bytes never change: browsers, CDNs and
// the proxy keep them for a year. The report's own URL (/reports/{year}/{code}/download/{kind})
// answers with the latest revision's bytes and is cached like the report page, so a correction
// reaches it as it reaches the page.

/** A year's cache: what a revision's URL names never changes. */
const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, s-maxage=31536000, immutable";

function respondNotFound(): Response {
  return new Response("未找到该报告。", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function serveDownload(
  request: Request,
  params: { year: string; code: string; kind: string; revision?: string },
): Promise<Response> {
  const { year, code, kind, revision } = params;
  // Only a plain year and revision number: Number() would also read "0x7E4" or "2020.0" as 2020.
  if (!isDownloadKind(kind) || !/^\d{4}$/.test(year)) return respondNotFound();
  if (revision !== undefined && !/^[1-9]\d{0,3}$/.test(revision)) return respondNotFound();
  const download = await getPublishedDownload(
    Number(year),
    code,
    kind,
    revision === undefined ? null : Number(revision),
  );
  if (!download) return respondNotFound();
  const headers: Record<string, string> = {
    ETag: download.etag,
    "Cache-Control": revision === undefined ? PUBLIC_CACHE_CONTROL : IMMUTABLE_CACHE_CONTROL,
    // Where these bytes live for good.
    "Content-Location": revisionDownloadPath(Number(year), code, download.revisionNumber, kind),
  };
  if (matchesEtag(request.headers.get("if-none-match"), download.etag))
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(download.body), {
    headers: { ...headers, "Content-Type": download.contentType, "Content-Disposition": download.contentDisposition },
  });
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.trim() === "*" || header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}
