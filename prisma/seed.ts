// Demo data for `npm start` and the end-to-end tests: the 本溪市 government, its departments, a
// county, the published 2020 report of 本溪市科学技术局 (shared fixture), the open year 2025, the
// public site's footer details and three demo logins; for `npm start` also the generated 2021–2024
// history of the departments (prisma/demo-history.ts), which marks the public site as demo data.
// Idempotent: a database that already has the demo government is left alone.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { publicationDayToInstant } from "../lib/publication-date";
import { formatForYear, parseFormatKey, parseReportJson } from "../lib/report-format";
import { db, disconnectDb } from "../lib/server/db";
import { importReportInTransaction } from "../lib/server/reports/import-report";
import { createUser } from "../lib/server/people/create-user";
import {
  DEMO_AGENCIES,
  DEMO_GOVERNMENT,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_SITE_SETTINGS,
  FIXTURE_AGENCY_CODE,
  DEMO_YEARS,
  FIXTURE_REPORT_FILE,
} from "./demo-data";
import { buildDemoHistory, DEMO_HISTORY_YEARS } from "./demo-history";

export type SeedResult = { created: boolean; demoUsers: boolean };

/**
 * The demo logins share a published password, so they are made only where nobody can mistake them
 * for real accounts: when the caller says so (`npm start` for its embedded database, the e2e
 * server) or when asked for with `DEMO_ACCOUNTS=1`. Never in an external PostgreSQL by default,
 * whatever NODE_ENV says.
 */
function wantsDemoAccounts(option: boolean | undefined): boolean {
  if (option !== undefined) return option;
  return process.env.DEMO_ACCOUNTS === "1";
}

export type SeedOptions = {
  demoAccounts?: boolean;
  /**
   * The generated 2021–2024 reports (default: yes). The end-to-end journeys leave them out: they
   * build the histories they check themselves.
   */
  demoHistory?: boolean;
};

export async function seedDatabase(options: SeedOptions = {}): Promise<SeedResult> {
  const withHistory = options.demoHistory ?? true;
  const withoutDemoAccounts = !wantsDemoAccounts(options.demoAccounts);
  const alreadySeeded = await db.agency.findUnique({ where: { code: DEMO_GOVERNMENT } });
  if (alreadySeeded) {
    const demoUsers = await db.user.count({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } });
    return { created: false, demoUsers: demoUsers > 0 };
  }

  const fixture = parseReportJson(
    readFileSync(fileURLToPath(new URL(`./fixtures/${FIXTURE_REPORT_FILE}`, import.meta.url)), "utf8"),
  );
  if (!fixture.ok) throw new Error(`演示报告无法读取：${fixture.message}`);
  const fixtureReport = fixture.report;
  const history = withHistory
    ? buildDemoHistory((code) => (code === FIXTURE_AGENCY_CODE ? fixtureReport : undefined))
    : [];

  // All or nothing: a start interrupted while seeding leaves an empty database, seeded next time.
  await db.$transaction(
    async (tx) => {
      const ids = new Map<string, string>();
      for (const agency of DEMO_AGENCIES) {
        const created = await tx.agency.create({
          data: {
            code: agency.code,
            name: agency.name,
            kind: agency.kind,
            level: agency.level ?? null,
            region: "辽宁省本溪市",
            parentId: agency.parent ? ids.get(agency.parent) : null,
            establishedOn: new Date(`${agency.establishedOn}T00:00:00Z`),
            formerNames: { create: agency.formerNames ?? [] },
          },
        });
        ids.set(agency.code, created.id);
      }
      const historyYears = withHistory
        ? DEMO_HISTORY_YEARS.map((year) => ({
            year,
            format: "2021",
            deadline: `${year + 1}-01-31T23:59:59+08:00`,
            closed: true,
          }))
        : [];
      for (const year of [...DEMO_YEARS, ...historyYears]) {
        await tx.reportingYear.create({
          data: {
            year: year.year,
            format: parseFormatKey(formatForYear(year.year)),
            deadline: new Date(year.deadline),
            closedAt: year.closed ? new Date(year.deadline) : null,
          },
        });
      }
      const imported = await importReportInTransaction(tx, fixture.report, {
        publish: true,
        // As printed on the published report: the demo's 2020 board shows it on time.
        publishedAt: publicationDayToInstant("2021-01-29")!,
        source: FIXTURE_REPORT_FILE,
      });
      if (!imported.ok) throw new Error(imported.message);
      for (const entry of history) {
        const result = await importReportInTransaction(tx, entry.report, {
          publish: true,
          publishedAt: publicationDayToInstant(entry.publishedOn)!,
          source: "演示数据（程序生成）",
        });
        if (!result.ok) throw new Error(`${entry.code} ${entry.report.year}：${result.message}`);
      }
      await tx.siteSetting.create({ data: { ...DEMO_SITE_SETTINGS, demoData: history.length > 0 } });
      if (withoutDemoAccounts) return;
      const departments = DEMO_AGENCIES.filter(
        (agency) => agency.kind === "DEPARTMENT" && agency.parent === DEMO_GOVERNMENT,
      );
      for (const user of DEMO_USERS) {
        const roles = user.grants.flatMap((grant) =>
          (grant.agencies === "departments" ? departments.map((agency) => agency.code) : grant.agencies).map(
            (code) => ({
              role: grant.role,
              agencyId: ids.get(code)!,
            }),
          ),
        );
        await createUser(tx, { name: user.name, email: user.email, password: DEMO_PASSWORD, roles });
      }
    },
    { timeout: 60_000 },
  );
  return { created: true, demoUsers: !withoutDemoAccounts };
}

// `tsx --conditions=react-server prisma/seed.ts` (also what `prisma db seed` runs).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  seedDatabase()
    .then((result) => console.log(result.created ? "演示数据已写入" : "数据库已有演示数据，未改动"))
    .finally(() => disconnectDb());
}
