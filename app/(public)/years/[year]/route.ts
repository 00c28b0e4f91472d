import { getYearOverview } from "@/lib/server/public/get-year-overview";
import { cachePublic, PublicNotFound } from "@/lib/server/public/public-cache";
import { notFoundPage } from "../../_html/public-document";
import { servePublicHtml } from "../../_html/serve-public";
import { parseYearParam } from "../../_pages/paths";
import { isSortKey, renderYearPage, type SortOrder } from "../../_pages/year-page";

// A year: the members of a government with their key figures (sortable), charts, and the
// government's summary (汇总) of the published member reports.

const renderYear = cachePublic("year-page", async (year: number, government: string, sort: string, order: string) => {
  const overview = await getYearOverview(year, government || undefined);
  if (!overview || !isSortKey(sort)) throw new PublicNotFound();
  return renderYearPage(overview, { sort, order: order as SortOrder });
});

type Context = { params: Promise<{ year: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { year } = await params;
  const parsed = parseYearParam(year);
  if (parsed === null) return notFoundPage();
  const search = new URL(request.url).searchParams;
  const sortParam = search.get("sort") ?? "name";
  const sort = isSortKey(sortParam) ? sortParam : "name";
  const order =
    search.get("order") === "desc" ? "desc" : search.get("order") === "asc" ? "asc" : sort === "name" ? "asc" : "desc";
  const government = (search.get("government") ?? "").slice(0, 64);
  return servePublicHtml(() => renderYear(parsed, government, sort, order));
}
