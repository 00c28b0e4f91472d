import { isPurgeToken, PURGE_TOKEN_HEADER } from "@/lib/front-cache/public-change-listener";
import { expirePublicCaches } from "@/lib/server/public/revalidate-published-report";

// Called by this server process itself (scripts/serve.ts) when PostgreSQL announces a public
// change made through another instance: Next's caches of public pages can only be expired from
// inside a request. Anyone else gets a 404.

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isPurgeToken(request.headers.get(PURGE_TOKEN_HEADER))) return new Response("Not Found", { status: 404 });
  expirePublicCaches();
  return new Response(null, { status: 204 });
}
