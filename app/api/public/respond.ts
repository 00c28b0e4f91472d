import { SHARED_CACHE_SECONDS } from "@/lib/front-cache/front-cache";
import { PublicNotFound } from "@/lib/server/public/public-cache";

// Answers of the open-data API: JSON or CSV bodies, readable from any origin; unknown and
// unpublished alike are one 404.

export const OPEN_DATA_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  // The server keeps the body (public-cache.ts, and the front cache for s-maxage); clients may reuse it for a minute.
  "Cache-Control": `public, max-age=60, s-maxage=${SHARED_CACHE_SECONDS}`,
  "X-Content-Type-Options": "nosniff",
};

export function notFoundJson(): Response {
  return Response.json(
    { error: "not_found", message: "未找到该报告（不存在或尚未发布）。" },
    { status: 404, headers: { ...OPEN_DATA_HEADERS, "Cache-Control": "no-store" } },
  );
}

export async function serveOpenData(render: () => Promise<string>, headers: Record<string, string>): Promise<Response> {
  try {
    return new Response(await render(), { headers: { ...OPEN_DATA_HEADERS, ...headers } });
  } catch (error) {
    if (error instanceof PublicNotFound) return notFoundJson();
    throw error;
  }
}

/** A year in a path or a query: four digits, nothing else. */
export function parseYear(text: string | null): number | null {
  return text !== null && /^\d{4}$/.test(text) ? Number(text) : null;
}
