import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import pg from "pg";
import { legalReportDeadline, startOfBeijingDay } from "@/lib/beijing-time";
import { formatForYear, type Report } from "@/lib/report-format";
import { buildConsistentReport, buildSummaryReport } from "@/lib/report-format/testing";
import { readDatabaseUrl } from "../env";
import { tablesToCellRows } from "../report-cells/read-cells";
import { cellWriteStatement } from "../report-cells/write-cells";
import { planProvince, type PlannedAgency } from "./province-plan";

// `npm run cli -- generate`: a synthetic province with published reports for several years, for
// benchmarks and load tests. Deterministic from the seed. Bulk SQL (unnest arrays) over a plain pg
// connection rather than Prisma calls: ten million cells must load in minutes, not hours.

export type GenerateOptions = {
  agencies: number;
  years: number;
  seed: number;
  firstYear?: number;
  log?: (line: string) => void;
};
export type GenerateResult = {
  agencies: number;
  reports: number;
  cells: number;
  users: number;
  firstYear: number;
  lastYear: number;
};

export const GENERATED_PASSWORD = "generated-Pass-2025";
const REPORTS_PER_BATCH = 400;

export async function generateProvince(options: GenerateOptions): Promise<GenerateResult> {
  const client = new pg.Client({ connectionString: readDatabaseUrl() });
  await client.connect();
  try {
    return await generate(client, options);
  } finally {
    await client.end();
  }
}

async function generate(client: pg.Client, options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const plan = planProvince(options.agencies);
  const ids = new Map(plan.map((agency) => [agency.code, randomUUID()]));
  await insertAgencies(client, plan, ids);
  const users = await insertUsers(client, plan, ids);
  log(`${plan.length} 个机构，${users} 个账号`);

  const firstYear = options.firstYear ?? 2019;
  const lastYear = firstYear + options.years - 1;
  const children = new Map<string, PlannedAgency[]>();
  for (const agency of plan)
    if (agency.parentCode) children.set(agency.parentCode, [...(children.get(agency.parentCode) ?? []), agency]);
  // Bottom-up, so that every government's summary sums reports that already exist.
  const order = [...plan].reverse();

  let previousYear = new Map<string, Report>();
  let reports = 0;
  let cells = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const format = formatForYear(year);
    if (!format) throw new Error(`${year} 年度没有适用的报告格式`);
    await client.query(
      `INSERT INTO reporting_year (year, format, deadline, closed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (year) DO NOTHING`,
      [year, format, legalReportDeadline(year), year < lastYear ? startOfBeijingDay(`${year + 1}-04-01`) : null],
    );
    const thisYear = new Map<string, Report>();
    for (const [index, agency] of order.entries()) {
      const members = (children.get(agency.code) ?? []).map((child) => thisYear.get(child.code)!);
      const report =
        agency.kind === "GOVERNMENT" && members.length
          ? buildSummaryReport(members, agency.name)
          : buildConsistentReport({
              format,
              seed: options.seed * 100_003 + index * 31 + year,
              year,
              agencyName: agency.name,
              previous: previousYear.get(agency.code),
            });
      // About one report in ten repeats last year's problems: a 年年雷同 warning, as in real life.
      const previous = previousYear.get(agency.code);
      if (previous && (index + year) % 10 === 0) report.texts.problems = previous.texts.problems;
      thisYear.set(agency.code, report);
    }
    const batch = [...thisYear.entries()];
    for (let start = 0; start < batch.length; start += REPORTS_PER_BATCH) {
      cells += await insertReports(
        client,
        batch.slice(start, start + REPORTS_PER_BATCH).map(([code, report]) => ({ agencyId: ids.get(code)!, report })),
      );
    }
    reports += batch.length;
    log(`${year} 年度：${batch.length} 份报告`);
    previousYear = thisYear;
  }
  return { agencies: plan.length, reports, cells, users, firstYear, lastYear };
}

async function insertAgencies(client: pg.Client, plan: PlannedAgency[], ids: Map<string, string>): Promise<void> {
  await client.query(
    `INSERT INTO agency (id, name, code, kind, level, region, parent_id, updated_at)
     SELECT id, name, code, kind::"AgencyKind", level::"GovernmentLevel", '演示省', parent_id, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, name, code, kind, level, parent_id)`,
    [
      plan.map((agency) => ids.get(agency.code)!),
      plan.map((agency) => agency.name),
      plan.map((agency) => agency.code),
      plan.map((agency) => agency.kind),
      plan.map((agency) => agency.level),
      plan.map((agency) => (agency.parentCode ? ids.get(agency.parentCode)! : null)),
    ],
  );
}

/** A clerk for every reporting agency, a supervisor for every government, an admin for the province. */
async function insertUsers(client: pg.Client, plan: PlannedAgency[], ids: Map<string, string>): Promise<number> {
  const hash = await hashPassword(GENERATED_PASSWORD);
  const rows = plan.map((agency) => ({
    userId: randomUUID(),
    email: `${agency.kind === "GOVERNMENT" ? "reviewer" : "clerk"}-${agency.code}@generated.gov.cn`,
    role: agency.kind === "GOVERNMENT" ? (agency.parentCode ? "SUPERVISOR" : "ADMIN") : "CLERK",
    // A government's supervisor reviews its departments; the clerk belongs to the agency itself.
    agencyId: ids.get(agency.code)!,
  }));
  const userIds = rows.map((row) => row.userId);
  await client.query(
    `INSERT INTO "user" (id, name, email, email_verified, updated_at)
     SELECT id, '生成用户', email, true, now() FROM unnest($1::text[], $2::text[]) AS t(id, email)`,
    [userIds, rows.map((row) => row.email)],
  );
  await client.query(
    `INSERT INTO account (id, account_id, provider_id, user_id, password, updated_at)
     SELECT gen_random_uuid()::text, id, 'credential', id, $2, now() FROM unnest($1::text[]) AS t(id)`,
    [userIds, hash],
  );
  await client.query(
    `INSERT INTO role_assignment (id, user_id, role, agency_id)
     SELECT gen_random_uuid()::text, user_id, role::"Role", agency_id FROM unnest($1::text[], $2::text[], $3::text[]) AS t(user_id, role, agency_id)`,
    [userIds, rows.map((row) => row.role), rows.map((row) => row.agencyId)],
  );
  return rows.length;
}

async function insertReports(client: pg.Client, batch: { agencyId: string; report: Report }[]): Promise<number> {
  const reportIds = batch.map(() => randomUUID());
  const revisionIds = batch.map(() => randomUUID());
  const cells = batch.flatMap(({ report }, index) =>
    tablesToCellRows(report.format, report.tables).map((cell) => ({ ...cell, revisionId: revisionIds[index]! })),
  );
  const cellWrite = cellWriteStatement(cells);
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO report (id, agency_id, year, kind, format, status, version, updated_at)
       SELECT id, agency_id, year, kind::"ReportKind", format, 'PUBLISHED', 1, now()
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[]) AS t(id, agency_id, year, kind, format)`,
      [
        reportIds,
        batch.map((item) => item.agencyId),
        batch.map((item) => item.report.year),
        batch.map((item) => (item.report.kind === "summary" ? "SUMMARY" : "AGENCY")),
        batch.map((item) => item.report.format),
      ],
    );
    await client.query(
      `INSERT INTO report_revision (id, report_id, number, overview, problems, other, published_at)
       SELECT id, report_id, 1, overview, problems, other, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, report_id, overview, problems, other)`,
      [
        revisionIds,
        reportIds,
        batch.map((item) => item.report.texts.overview ?? ""),
        batch.map((item) => item.report.texts.problems ?? ""),
        batch.map((item) => item.report.texts.other ?? ""),
      ],
    );
    await client.query(
      `UPDATE report SET current_revision_id = t.revision_id, published_revision_id = t.revision_id
       FROM unnest($1::text[], $2::text[]) AS t(report_id, revision_id) WHERE report.id = t.report_id`,
      [reportIds, revisionIds],
    );
    await client.query(cellWrite.text, cellWrite.values);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return cells.length;
}
