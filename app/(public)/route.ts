import { countPublishedByYear, listPublishedReports } from "@/lib/server/public/list-published-reports";
import { cachePublic } from "@/lib/server/public/public-cache";
import { servePublicHtml } from "./_html/serve-public";
import { renderHomePage } from "./_pages/home-page";

// The portal's home page: the latest year's published reports (or the year asked for), a search
// by agency name (a plain GET form, filtered on the server), and how many agencies published each year.

const MAX_QUERY = 50;

async function renderHome(yearParam: string, query: string): Promise<string> {
  const counts = await countPublishedByYear();
  const asked = yearParam === "all" ? null : /^\d{4}$/.test(yearParam) ? Number(yearParam) : undefined;
  const year = asked === undefined ? (query ? null : (counts[0]?.year ?? null)) : asked;
  const reports = counts.length === 0 ? [] : await listPublishedReports({ year: year ?? undefined, query });
  return renderHomePage({ counts, year, query, reports });
}

// Without a search, the page is the same for everyone: kept in the public cache. Searches are not.
const renderCachedHome = cachePublic("home-page", (yearParam: string) => renderHome(yearParam, ""));

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const query = (params.get("q") ?? "").trim().slice(0, MAX_QUERY);
  const yearParam = params.get("year") ?? "";
  if (query) return servePublicHtml(() => renderHome(yearParam, query));
  const normalised = yearParam === "all" || /^\d{4}$/.test(yearParam) ? yearParam : "";
  return servePublicHtml(() => renderCachedHome(normalised));
}
