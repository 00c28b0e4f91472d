import { getPublishedRevision } from "@/lib/server/public/get-published-report";
import { cachePublic, PublicNotFound } from "@/lib/server/public/public-cache";
import { notFoundPage } from "../../../../../_html/public-document";
import { servePublicHtml } from "../../../../../_html/serve-public";
import { parseYearParam } from "../../../../../_pages/paths";
import { renderReportPage } from "../../../../../_pages/report-page";

// An earlier published revision of a corrected report (revision 1 = as first published).

const renderRevision = cachePublic("revision-page", async (year: number, code: string, number: number) => {
  const published = await getPublishedRevision(year, code, number);
  if (!published) throw new PublicNotFound();
  return renderReportPage(published);
});

// Cached like the report page (see ../../route.ts).
export const revalidate = 60;

export function generateStaticParams(): { year: string; code: string; n: string }[] {
  return [];
}

type Context = { params: Promise<{ year: string; code: string; n: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { year, code, n } = await params;
  const parsed = parseYearParam(year);
  if (parsed === null || !/^[1-9]\d{0,3}$/.test(n)) return notFoundPage();
  return servePublicHtml(() => renderRevision(parsed, code, Number(n)));
}
