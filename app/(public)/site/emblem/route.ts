import { getSiteEmblem } from "@/lib/server/site/get-site-emblem";

// The emblem the admin set for the public pages' header (app/(staff)/staff/admin/site). Its URL
// carries the settings' version (?v=…), so a new emblem is a new URL.

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const emblem = await getSiteEmblem();
  if (!emblem)
    return new Response("未设置徽标。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(emblem.body), {
    headers: { "Content-Type": emblem.type, "Cache-Control": "public, max-age=86400" },
  });
}
