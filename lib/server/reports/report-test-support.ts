// Helpers for the integration tests of the report functions (not imported by the app).
import type { Agency, Role } from "@/lib/generated/prisma/client";
import { buildConsistentReport } from "@/lib/report-format/testing";
import type { Report } from "@/lib/report-format";
import { createTestAgency, createTestUser } from "@/tests/factories";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { readCells } from "../report-cells/read-cells";
import { importReport } from "./import-report";

/**
 * 2025 open in format 2021, as in the demo; 2024 closed (last year's reports live there).
 * INSERT … ON CONFLICT DO NOTHING: test files run in parallel and several create these years.
 */
export async function ensureReportingYears(): Promise<void> {
  await db.reportingYear.createMany({
    data: [
      { year: 2025, format: "2021", deadline: new Date("2026-01-31T23:59:59+08:00") },
      {
        year: 2024,
        format: "2021",
        deadline: new Date("2025-01-31T23:59:59+08:00"),
        closedAt: new Date("2025-02-01T00:00:00+08:00"),
      },
    ],
    skipDuplicates: true,
  });
  // Another test file may have created 2025 first (an import creates a missing year closed).
  await db.reportingYear.updateMany({ where: { year: 2025 }, data: { closedAt: null } });
}

export async function createStaff(grants: { role: Role; agency: Agency }[]): Promise<StaffUser> {
  const created = await createTestUser(grants.map((grant) => ({ role: grant.role, agencyId: grant.agency.id })));
  return {
    id: created.id,
    name: "测试用户",
    email: created.email,
    mustChangePassword: false,
    roles: grants.map(({ role, agency }) => ({
      role,
      agencyId: agency.id,
      agencyName: agency.name,
      agencyCode: agency.code,
      agencyKind: agency.kind,
    })),
    administeredAgencyIds: [],
    auditedAgencyIds: [],
  };
}

/** A new agency with a clerk (and optionally last year's published report). */
export async function createClerkAgency(options: { previousSeed?: number } = {}) {
  await ensureReportingYears();
  const agency = await createTestAgency();
  const clerk = await createStaff([{ role: "CLERK", agency }]);
  let previous: Report | null = null;
  if (options.previousSeed !== undefined) {
    previous = buildConsistentReport({
      format: "2021",
      seed: options.previousSeed,
      year: 2024,
      agencyName: agency.name,
    });
    const imported = await importReport(previous, { publish: true, source: "test" });
    if (!imported.ok) throw new Error(imported.message);
  }
  return { agency, clerk, previous };
}

/** Everything a save may touch, to show that a refused save touched nothing. */
export async function snapshotReport(reportId: string) {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      version: true,
      status: true,
      updatedAt: true,
      currentRevision: {
        select: {
          overview: true,
          problems: true,
          other: true,
          id: true,
          warningExplanations: true,
        },
      },
    },
  });
  const events = await db.auditEvent.count({ where: { reportId } });
  return {
    ...report,
    events,
    cells: await readCells(report.currentRevision!.id),
  };
}

export async function readCell(reportId: string, key: string) {
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { currentRevisionId: true } });
  const [tableKey, ...rest] = key.split(".");
  const columnKey = rest.pop()!;
  return db.reportCell.findUniqueOrThrow({
    where: {
      revisionId_tableKey_rowKey_columnKey: {
        revisionId: report.currentRevisionId!,
        tableKey: tableKey!,
        rowKey: rest.join("."),
        columnKey,
      },
    },
  });
}
