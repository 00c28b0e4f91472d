import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { hostEmbeddedDatabase } from "@/scripts/lib/cli-database";
import type { EmbeddedDatabase } from "@/scripts/lib/embedded-database";
import { db, disconnectDb } from "@/lib/server/db";
import { saveReport } from "@/lib/server/reports/save-report";
import { expectSavesAccountedFor, startClerkReport, type AcceptedSave } from "./save-accounting";

// What `npm start` does without DATABASE_URL — host the embedded database on the local data folder
// — while clerks save; meanwhile `npm run cli -- import` runs in a second process, which finds
// the running database through the data folder. Neither side may see an error.

const FIXTURE = "prisma/fixtures/benxi-science-bureau-2020.json";
const dataDir = mkdtempSync(join(tmpdir(), "gknb-serving-"));
let hosted: EmbeddedDatabase | undefined;

beforeAll(async () => {
  process.env.GKNB_DATA_DIR = dataDir;
  hosted = await hostEmbeddedDatabase();
  await applyMigrations(hosted.url);
  // Before the first query: lib/server/db.ts reads DATABASE_URL when it makes its pool.
  process.env.DATABASE_URL = hosted.url;
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await hosted?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the command line beside a serving app on the embedded database", () => {
  it("imports a report from a second process while clerks save, and neither side sees an error", async () => {
    const clerks = await Promise.all([startClerkReport(), startClerkReport(), startClerkReport()]);
    const name = `并行导入机构${Date.now()}`;
    const input = join(dataDir, "report.json");
    writeFileSync(input, readFileSync(FIXTURE, "utf8").replace("本溪市科学技术局", name));

    let importing = true;
    const accepted = new Map<string, AcceptedSave[]>();
    const refused: string[] = [];
    const saving = clerks.map(async ({ clerk, reportId }) => {
      accepted.set(reportId, []);
      let version = 1;
      for (let n = 0; importing || n < 5; n++) {
        const cells = { "reviews.review.pending": String(n), "reviews.suit_direct.pending": String(n * 2) };
        const result = await saveReport(clerk, {
          reportId,
          version,
          cells: Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, { value }])),
        });
        if (!result.ok) {
          refused.push(result.message);
          break;
        }
        accepted.get(reportId)!.push({ version: result.version, cells });
        version = result.version;
      }
    });

    const cli = await promisify(execFile)(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "scripts/cli.ts", "import", "--publish", input],
      {
        env: { ...process.env, DATABASE_URL: "", GKNB_DATA_DIR: dataDir },
      },
    ).finally(() => (importing = false));
    await Promise.all(saving);

    expect(cli.stdout).toContain(name);
    expect(refused).toEqual([]);
    for (const [reportId, saves] of accepted) {
      expect(saves.length).toBeGreaterThanOrEqual(5);
      await expectSavesAccountedFor(reportId, saves);
    }
    const imported = await db.report.findFirst({
      where: { agency: { name }, year: 2020 },
      select: { status: true, publishedRevision: { select: { _count: { select: { cells: true } } } } },
    });
    expect(imported?.status).toBe("PUBLISHED");
    expect(imported?.publishedRevision?._count.cells).toBeGreaterThan(100);
    console.log(`cli import beside ${[...accepted.values()].flat().length} saves`);
  }, 120_000);
});
