import { PublicNotFound } from "@/lib/server/public/public-cache";
import { errorPage, htmlResponse, notFoundPage } from "./public-document";

/** Serves a (cached) rendered page; an unknown or unpublished key is the site's one 404, a failure its 500 page. */
export async function servePublicHtml(render: () => Promise<string>): Promise<Response> {
  try {
    return htmlResponse(await render());
  } catch (error) {
    if (error instanceof PublicNotFound) return notFoundPage();
    console.error("[public] page failed:", error);
    return errorPage();
  }
}
