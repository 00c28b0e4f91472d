import { expect } from "vitest";
import { refreshReportChecks } from "@/lib/server/reports/refresh-report-checks";
import { db } from "@/lib/server/db";
import { createClerkAgency, readCell } from "@/lib/server/reports/report-test-support";
import { startReport } from "@/lib/server/reports/start-report";

// What the reliability tests check after saving under trouble: every save that answered ok is in
// the database, and nothing else is.

/** A save the server answered ok: the version it made and the values it sent. */
export type AcceptedSave = { version: number; cells: Record<string, string> };

/** A clerk's agency and its freshly started 2025 report (version 1). */
export async function startClerkReport() {
  const setup = await createClerkAgency();
  const started = await startReport(setup.clerk, { agencyCode: setup.agency.code, year: 2025 });
  if (!started.ok) throw new Error(started.message);
  return { ...setup, reportId: started.reportId };
}

/**
 * The report's versions, audit rows and cells account for each accepted save: one `report.saved`
 * row per version after the first (so no version was bumped without its audit row, and none was
 * written twice), the accepted values in the row of their version, each cell's audit trail
 * unbroken (every change starts from the value the previous one left: no update was lost), the
 * cells holding the last audited values, and the stored checks those of the stored revision.
 */
export async function expectSavesAccountedFor(reportId: string, accepted: readonly AcceptedSave[]): Promise<void> {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { version: true, errorCount: true, warningCount: true, checkedVersion: true },
  });
  const events = await db.auditEvent.findMany({
    where: { reportId, action: "report.saved" },
    orderBy: { id: "asc" },
    select: {
      detail: true,
      cellChanges: { select: { cell: true, before: true, after: true }, orderBy: { id: "asc" } },
    },
  });
  const versions = events.map((event) => (event.detail as { version: number }).version);
  expect(versions).toEqual(Array.from({ length: report.version - 1 }, (_, index) => index + 2));

  for (const save of accepted) {
    const event = events[versions.indexOf(save.version)];
    expect(event, `the audit row of accepted version ${save.version}`).toBeDefined();
    const after = Object.fromEntries(event!.cellChanges.map((change) => [change.cell, change.after]));
    expect(after).toMatchObject(save.cells);
  }

  const trails = new Map<string, { before: string | null; after: string | null }[]>();
  for (const change of events.flatMap((event) => event.cellChanges))
    trails.set(change.cell, [...(trails.get(change.cell) ?? []), change]);
  for (const [cell, trail] of trails) {
    trail.forEach((change, index) =>
      expect(change.before, `${cell}, change ${index + 1}`).toBe(index === 0 ? null : trail[index - 1]!.after),
    );
    const stored = await readCell(reportId, cell);
    expect(stored.intValue === null ? null : String(stored.intValue), `${cell} as stored`).toBe(trail.at(-1)!.after);
  }

  const recounted = await db.$transaction((tx) => refreshReportChecks(tx, reportId));
  expect({ errors: report.errorCount, warnings: report.warningCount, version: report.checkedVersion }).toEqual({
    ...recounted,
    version: report.version,
  });
}
