import { randomBytes } from "node:crypto";
import type { AgencyKind, Role } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { importReport } from "@/lib/server/reports/import-report";
import { createUser } from "@/lib/server/people/create-user";

// Test data made on the fly, each with a unique suffix so tests never collide in the shared run database.

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createTestAgency(options: { name?: string; kind?: AgencyKind; parentId?: string } = {}) {
  const suffix = uniqueSuffix();
  return db.agency.create({
    data: {
      name: options.name ?? `测试局${suffix}`,
      code: `t-${suffix}`,
      kind: options.kind ?? "DEPARTMENT",
      parentId: options.parentId ?? null,
    },
  });
}

export const TEST_PASSWORD = "test-password-123";

export async function createTestUser(roles: { role: Role; agencyId: string }[], password = TEST_PASSWORD) {
  const email = `user-${uniqueSuffix()}@test.gov.cn`;
  const id = await db.$transaction((tx) => createUser(tx, { name: "测试用户", email, password, roles }));
  return { id, email, password };
}

export type TestReportOptions = {
  agencyId: string;
  year?: number;
  status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED";
  /** Break `applications.balance` so the report has an error. */
  withError?: boolean;
  seed?: number;
};

/** A report of a test agency in the given state, with consistent figures (or one error). */
export async function createTestReport(options: TestReportOptions) {
  const agency = await db.agency.findUniqueOrThrow({ where: { id: options.agencyId } });
  const year = options.year ?? 2025;
  const report = buildConsistentReport({
    format: year <= 2020 ? "2019" : "2021",
    seed: options.seed ?? 7,
    year,
    agencyName: agency.name,
  });
  if (options.withError) {
    const received = report.tables.applications!["1"]!;
    received.natural = Number(received.natural) + 1;
    received.total = Number(received.total) + 1;
  }
  // Test reports are of an open year: a year first created by an import would be closed (history).
  await db.reportingYear.upsert({
    where: { year },
    update: { closedAt: null },
    create: { year, format: report.format, deadline: new Date(`${year + 1}-01-31T23:59:59+08:00`) },
  });
  const imported = await importReport(report, { publish: options.status === "PUBLISHED" });
  if (!imported.ok) throw new Error(imported.message);
  if (options.status && options.status !== "PUBLISHED") {
    await db.report.update({ where: { id: imported.reportId }, data: { status: options.status } });
  }
  return db.report.findUniqueOrThrow({ where: { id: imported.reportId } });
}
