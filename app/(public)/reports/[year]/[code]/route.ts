import { getPublishedReport } from "@/lib/server/public/get-published-report";
import { cachePublic, PublicNotFound } from "@/lib/server/public/public-cache";
import { notFoundPage } from "../../../_html/public-document";
import { servePublicHtml } from "../../../_html/serve-public";
import { parseYearParam } from "../../../_pages/paths";
import { renderReportPage } from "../../../_pages/report-page";

// A published report, in the official layout. Incremental static regeneration: the response
// (a 404 too) is rendered on the first request and served from Next's response cache, like a
// static file, until revalidatePublishedReport expires its tag or a minute has passed.

const renderReport = cachePublic("report-page", async (year: number, code: string) => {
  const published = await getPublishedReport(year, code);
  if (!published) throw new PublicNotFound();
  return renderReportPage(published);
});

export const revalidate = 60;

// No page is built ahead (there is no database during `next build`): each is made on first request.
export function generateStaticParams(): { year: string; code: string }[] {
  return [];
}

type Context = { params: Promise<{ year: string; code: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { year, code } = await params;
  const parsed = parseYearParam(year);
  if (parsed === null) return notFoundPage();
  return servePublicHtml(() => renderReport(parsed, code));
}
