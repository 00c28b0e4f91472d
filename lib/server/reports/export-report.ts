import "server-only";
import type { FormatKey, Report } from "@/lib/report-format";
import { REPORT_SCHEMA_ID } from "@/lib/report-format";
import { db } from "../db";
import { cellRowsToTables } from "./cell-rows";

type Which = "current" | "published";

/** The interchange JSON of one report revision (the working one, or the published one). */
export async function exportReport(reportId: string, which: Which): Promise<Report | null> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      year: true,
      kind: true,
      format: true,
      agency: { select: { name: true, region: true } },
      currentRevision: { include: { cells: true } },
      publishedRevision: { include: { cells: true } },
    },
  });
  const revision = which === "published" ? report?.publishedRevision : report?.currentRevision;
  if (!report || !revision) return null;
  const format = report.format as FormatKey;
  return {
    schema: REPORT_SCHEMA_ID,
    format,
    year: report.year,
    kind: report.kind === "SUMMARY" ? "summary" : "agency",
    agency: report.agency.region ? { name: report.agency.name, region: report.agency.region } : { name: report.agency.name },
    // A missing text means an empty section in the interchange format.
    texts: Object.fromEntries(
      (["overview", "problems", "other"] as const).filter((key) => revision[key] !== "").map((key) => [key, revision[key]]),
    ),
    tables: cellRowsToTables(format, revision.cells),
  };
}
