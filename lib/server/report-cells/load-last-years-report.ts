import "server-only";
import { LRUCache } from "lru-cache";
import type { Report } from "@/lib/report-format";
import type { Prisma, ReportKind } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { exportRevision } from "./read-report";

// Published revisions by id. A published revision is never written again (a correction or a
// replacing import makes a new one, with a new id), so a copy kept here cannot go stale; saves,
// checks and the wizard read last year's report on every request.
const publishedRevisions = new LRUCache<string, Report>({ max: 2000 });

/**
 * Last year's published report of the same agency and kind (what citizens read, so what the
 * cross-year rules and the prefilled cells compare with) and its id, or null when there is none.
 */
export async function loadLastYearsReport(
  report: { agencyId: string; year: number; kind: ReportKind },
  client: Prisma.TransactionClient = db,
): Promise<{ id: string; report: Report } | null> {
  const [row] = await client.$queryRawUnsafe<{ id: string; revision_id: string }[]>(
    lastYearsReportSql("$1::text", "$2::int", '$3::"ReportKind"'),
    report.agencyId,
    report.year,
    report.kind,
  );
  if (!row) return null;
  const previous = await loadPublishedRevision(row.revision_id, client);
  return previous ? { id: row.id, report: previous } : null;
}

/** The query for last year's published report (`id`, `revision_id`) of an agency, year and kind given as SQL expressions. */
export function lastYearsReportSql(agencyId: string, year: string, kind: string): string {
  return `SELECT id, published_revision_id AS revision_id FROM report
    WHERE agency_id = ${agencyId} AND year = ${year} - 1 AND kind = ${kind} AND published_revision_id IS NOT NULL
    LIMIT 1`;
}

/** A published revision as an interchange report, kept in memory once read. */
export async function loadPublishedRevision(
  revisionId: string,
  client: Prisma.TransactionClient = db,
): Promise<Report | null> {
  const cached = publishedRevisions.get(revisionId);
  if (cached) return cached;
  const report = await exportRevision(revisionId, client);
  if (report) publishedRevisions.set(revisionId, report);
  return report;
}
