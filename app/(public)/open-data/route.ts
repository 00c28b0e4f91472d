import { countPublishedByYear } from "@/lib/server/public/list-published-reports";
import { cachePublic } from "@/lib/server/public/public-cache";
import { htmlResponse } from "../_html/public-document";
import { renderOpenDataPage } from "../_pages/open-data-page";

// How to get the published data: the list, one report as JSON, a year as CSV, the JSON Schema.

const renderOpenData = cachePublic("open-data-page", async () => renderOpenDataPage(await countPublishedByYear()));

export async function GET(): Promise<Response> {
  return htmlResponse(await renderOpenData());
}
