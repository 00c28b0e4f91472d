import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../lib/report-format/types";
import { buildConsistentReport } from "../lib/report-format/testing";
import { expirePublicCache, queryE2eDatabase } from "./database";

// Reports in every state for the public-page journeys, loaded once per e2e server through the
// command line (as an operator would) and SQL for the states the CLI does not set.
//
//   本溪市科学技术局   2020 published (seed), 2021 published and corrected, 2022 published
//   本溪市教育局       2022 draft
//   本溪市财政局       2022 submitted
//   本溪市生态环境局   2022 approved, not published
//   本溪满族自治县人民政府 2022 summary, publication scheduled a year ahead

export const FIXTURE_FILE = "prisma/fixtures/benxi-science-bureau-2020.json";
export const SCIENCE = { name: "本溪市科学技术局", code: "bxskxjsj" };
export const UNPUBLISHED = [
  { name: "本溪市教育局", code: "bxsjyj", status: "DRAFT" },
  { name: "本溪市财政局", code: "bxsczj", status: "SUBMITTED" },
  { name: "本溪市生态环境局", code: "bxssthjj", status: "APPROVED" },
  { name: "本溪满族自治县人民政府", code: "bxmzzzx", status: "SCHEDULED" },
] as const;
export const CORRECTION_NOTE = "更正了“其他需要报告的事项”中的表述。";
export const CORRECTED_OTHER = "更正后的其他需要报告的事项：本年度未收取信息处理费。";

export function readFixture(): Report {
  return JSON.parse(readFileSync(FIXTURE_FILE, "utf8")) as Report;
}

function importFiles(reports: Report[], publish: boolean): void {
  const folder = mkdtempSync(join(tmpdir(), "gknb-public-e2e-"));
  const files = reports.map((report, index) => {
    const file = join(folder, `report-${index}.json`);
    writeFileSync(file, JSON.stringify(report));
    return file;
  });
  const databaseUrl = readFileSync(`.data/e2e-database-${process.env.E2E_PORT ?? 3100}.url`, "utf8").trim();
  execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/cli.ts", "import", ...(publish ? ["--publish"] : []), ...files],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "pipe",
    },
  );
}

async function hasReport(code: string, year: number): Promise<boolean> {
  const rows = await queryE2eDatabase(
    "SELECT 1 FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.code = $1 AND r.year = $2",
    [code, year],
  );
  return rows.length > 0;
}

export const science2021 = () =>
  buildConsistentReport({ format: "2021", seed: 21, year: 2021, agencyName: SCIENCE.name, previous: readFixture() });
// Not built on 2021: its carry-over (applications.2) does not match 2021's applications.4.
export const science2022 = () =>
  buildConsistentReport({ format: "2021", seed: 22, year: 2022, agencyName: SCIENCE.name, maxCount: 30 });

/** Loads the reports above unless this e2e server already has them. */
export async function ensurePublicTestData(): Promise<void> {
  if (await hasReport(SCIENCE.code, 2022)) return;
  await loadPublicTestData();
  await expirePublicCache();
}

async function loadPublicTestData(): Promise<void> {
  importFiles(
    [
      science2021(),
      science2022(),
      buildConsistentReport({
        format: "2021",
        seed: 40,
        year: 2022,
        agencyName: "本溪满族自治县人民政府",
        kind: "summary",
      }),
    ],
    true,
  );
  importFiles(
    UNPUBLISHED.filter((entry) => entry.status !== "SCHEDULED").map((entry, index) =>
      buildConsistentReport({ format: "2021", seed: 30 + index, year: 2022, agencyName: entry.name }),
    ),
    false,
  );
  for (const entry of UNPUBLISHED) {
    if (entry.status === "SCHEDULED") {
      await queryE2eDatabase(
        `UPDATE report_revision SET published_at = now() + interval '1 year'
         WHERE report_id IN (SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.code = $1 AND r.year = 2022)`,
        [entry.code],
      );
    } else {
      await queryE2eDatabase(
        `UPDATE report SET status = $2::"ReportStatus" FROM agency a WHERE a.id = report.agency_id AND a.code = $1 AND report.year = 2022`,
        [entry.code, entry.status],
      );
    }
  }
  await publishCorrection();
}

/** 2021 of 本溪市科学技术局: first published a month earlier, then corrected (revision 2 with its 更正说明). */
async function publishCorrection(): Promise<void> {
  const [report] = await queryE2eDatabase<{ id: string; revision: string }>(
    "SELECT r.id, r.published_revision_id AS revision FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.code = $1 AND r.year = 2021",
    [SCIENCE.code],
  );
  if (!report) throw new Error("2021 report of 本溪市科学技术局 missing");
  const corrected = `${report.id}-r2`;
  await queryE2eDatabase("UPDATE report_revision SET published_at = now() - interval '30 days' WHERE id = $1", [
    report.revision,
  ]);
  await queryE2eDatabase(
    `INSERT INTO report_revision (id, report_id, number, overview, problems, other, published_at, correction_note)
     SELECT $2, report_id, 2, overview, problems, $3, now() - interval '1 day', $4 FROM report_revision WHERE id = $1`,
    [report.revision, corrected, CORRECTED_OTHER, CORRECTION_NOTE],
  );
  await queryE2eDatabase(
    `INSERT INTO report_cell (revision_id, table_key, row_key, column_key, int_value, decimal_value, unit, prefilled)
     SELECT $2, table_key, row_key, column_key, int_value, decimal_value, unit, false FROM report_cell WHERE revision_id = $1`,
    [report.revision, corrected],
  );
  await queryE2eDatabase("UPDATE report SET current_revision_id = $2, published_revision_id = $2 WHERE id = $1", [
    report.id,
    corrected,
  ]);
}
