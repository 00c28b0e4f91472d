import { listPublishedReports } from "@/lib/server/public/list-published-reports";
import { cachePublic } from "@/lib/server/public/public-cache";
import { publicOrigin } from "@/lib/server/public/public-origin";
import { OPEN_DATA_HEADERS, parseYear } from "../respond";

// GET /api/public/reports?year=2020: the published reports (of a year, or all), with their URLs.

type ListedReport = {
  agency: { name: string; code: string };
  year: number;
  format: string;
  kind: "agency" | "summary";
  publishedAt: string;
  updatedAt: string;
  revision: number;
  urls: { page: string; json: string; docx: string; xlsx: string; csv: string };
};

const listReports = cachePublic("api-report-list", async (year: number): Promise<ListedReport[]> => {
  const reports = await listPublishedReports({ year: year || undefined });
  return reports.map((report) => {
    const page = `/reports/${report.year}/${encodeURIComponent(report.agency.code)}`;
    return {
      agency: { name: report.agency.name, code: report.agency.code },
      year: report.year,
      format: report.format,
      kind: report.kind === "SUMMARY" ? "summary" : "agency",
      publishedAt: report.firstPublishedAt.toISOString(),
      updatedAt: report.latestPublishedAt.toISOString(),
      revision: report.revisionNumber,
      urls: {
        page,
        json: `/api/public/reports/${report.year}/${encodeURIComponent(report.agency.code)}`,
        docx: `${page}/download/docx`,
        xlsx: `${page}/download/xlsx`,
        csv: `${page}/download/csv`,
      },
    };
  });
});

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const yearParam = url.searchParams.get("year");
  const year = parseYear(yearParam);
  if (yearParam !== null && year === null) {
    return Response.json(
      { error: "bad_request", message: "year 应为四位数字的年度，如 2020" },
      { status: 400, headers: OPEN_DATA_HEADERS },
    );
  }
  const reports = await listReports(year ?? 0);
  // URLs are absolute: on the configured public origin, else on the host the client asked.
  const origin = publicOrigin(request.url);
  const absolute = reports.map((report) => ({
    ...report,
    urls: Object.fromEntries(Object.entries(report.urls).map(([key, path]) => [key, new URL(path, origin).toString()])),
  }));
  return Response.json({ year, count: absolute.length, reports: absolute }, { headers: OPEN_DATA_HEADERS });
}
