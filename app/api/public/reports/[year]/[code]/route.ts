import { renderReportJson } from "@/lib/exports/report-json";
import { getPublishedReport } from "@/lib/server/public/get-published-report";
import { cachePublic, PublicNotFound } from "@/lib/server/public/public-cache";
import { notFoundJson, parseYear, serveOpenData } from "../../../respond";

// GET /api/public/reports/2020/bxskxjsj: the report as interchange JSON, exactly as the exports write it.

const renderJson = cachePublic("api-report-json", async (year: number, code: string) => {
  const published = await getPublishedReport(year, code);
  if (!published) throw new PublicNotFound();
  return renderReportJson(published.report);
});

type Context = { params: Promise<{ year: string; code: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { year, code } = await params;
  const parsed = parseYear(year);
  if (parsed === null) return notFoundJson();
  return serveOpenData(() => renderJson(parsed, code), { "Content-Type": "application/json; charset=utf-8" });
}
