// Demo data for `npm start` and the end-to-end tests: the 本溪市 government, its departments, a
// county, the published 2020 report of 本溪市科学技术局 (shared fixture), the open year 2025 and
// three demo logins. Idempotent: a database that already has the demo government is left alone.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { publicationDayToInstant } from "../lib/publication-date";
import { formatForYear, parseFormatKey, parseReportJson } from "../lib/report-format";
import { db, disconnectDb } from "../lib/server/db";
import { importReportInTransaction } from "../lib/server/reports/import-report";
import { createUser } from "../lib/server/users/create-user";
import {
  DEMO_AGENCIES,
  DEMO_GOVERNMENT,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_YEARS,
  FIXTURE_REPORT_FILE,
} from "./demo-data";

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

export async function seedDatabase(options: { demoAccounts?: boolean } = {}): Promise<SeedResult> {
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
      for (const year of DEMO_YEARS) {
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
