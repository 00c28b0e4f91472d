import "server-only";
import type { FormatKey, Report } from "@/lib/report-format";
import { REPORT_SCHEMA_ID, TEXT_KEYS } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formerNamesSelect, nameInYear } from "../agencies/agency-in-year";
import { db } from "../db";
import { cellRowsToTables } from "./cell-rows";

type Which = "current" | "published";

/** The interchange JSON of a report's working revision, or of the revision last marked published. */
export async function exportReport(reportId: string, which: Which): Promise<Report | null> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { currentRevisionId: true, publishedRevisionId: true },
  });
  const revisionId = which === "published" ? report?.publishedRevisionId : report?.currentRevisionId;
  return revisionId ? exportRevision(revisionId) : null;
}

/** The interchange JSON of one revision (inside the caller's transaction when given one). */
export async function exportRevision(
  revisionId: string,
  client: Prisma.TransactionClient = db,
): Promise<Report | null> {
  const revision = await client.reportRevision.findUnique({
    where: { id: revisionId },
    include: {
      cells: true,
      report: {
        select: {
          year: true,
          kind: true,
          format: true,
          agency: { select: { name: true, region: true, formerNames: formerNamesSelect } },
        },
      },
    },
  });
  if (!revision) return null;
  const { report } = revision;
  const format = report.format as FormatKey;
  // The agency as named in the report's year (a renamed agency's old reports keep their old name).
  const name = nameInYear(report.agency, report.year);
  return {
    schema: REPORT_SCHEMA_ID,
    format,
    year: report.year,
    kind: report.kind === "SUMMARY" ? "summary" : "agency",
    agency: report.agency.region ? { name, region: report.agency.region } : { name },
    // A missing text means an empty section in the interchange format.
    texts: Object.fromEntries(TEXT_KEYS.filter((key) => revision[key] !== "").map((key) => [key, revision[key]])),
    tables: cellRowsToTables(format, revision.cells),
  };
}
