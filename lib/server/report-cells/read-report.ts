import "server-only";
import type { Report } from "@/lib/report-format";
import { REPORT_SCHEMA_ID, TEXT_KEYS, parseFormatKey } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formerNamesSelect, nameInYear } from "../agencies/agency-in-year";
import { db } from "../db";
import { cellRowsToTables, readCells } from "./read-cells";

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
  const [revision, cells] = await Promise.all([
    client.reportRevision.findUnique({
      where: { id: revisionId },
      select: {
        overview: true,
        problems: true,
        other: true,
        report: {
          select: {
            year: true,
            kind: true,
            format: true,
            agency: { select: { name: true, region: true, formerNames: formerNamesSelect } },
          },
        },
      },
    }),
    readCells(revisionId, client),
  ]);
  if (!revision) return null;
  const { report } = revision;
  const format = parseFormatKey(report.format);
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
    tables: cellRowsToTables(format, cells),
  };
}
