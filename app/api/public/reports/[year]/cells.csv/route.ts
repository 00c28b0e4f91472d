import { renderReportCsv } from "@/lib/exports/report-csv";
import { listPublishedReportData } from "@/lib/server/public/list-published-report-data";
import { cachePublic, PublicNotFound } from "@/lib/server/public/public-cache";
import { notFoundJson, parseYear, serveOpenData } from "../../../respond";

// GET /api/public/reports/2020/cells.csv: every cell of every report published for the year, one line each.

const renderCells = cachePublic("api-year-cells-csv", async (year: number) => {
  const reports = await listPublishedReportData(year);
  if (reports.length === 0) throw new PublicNotFound();
  return renderReportCsv(
    reports.map((entry) => entry.report),
    { includeTexts: false },
  );
});

type Context = { params: Promise<{ year: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { year } = await params;
  const parsed = parseYear(year);
  if (parsed === null) return notFoundJson();
  return serveOpenData(() => renderCells(parsed), {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="reports-${parsed}-cells.csv"`,
  });
}
