// Hostile input against the entry points that write reports: the wizard's save and submit
// actions, the 主管部门's import actions (interchange JSON, published texts) and the command line's
// `import` (lib/server/reports/import-report.ts). fast-check sends random and malicious payloads
// (wrong types, huge strings, __proto__ / constructor keys, unicode, <script>, SQL-ish text,
// numbers out of range, unknown cells, nested junk). Every answer must be a success or a refusal
// with a Chinese message (never an exception), a refusal must leave the database as it was, and
// no `<script` may be stored anywhere the fuzzed data reaches.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listCellDefinitions } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import type { Agency } from "@/lib/generated/prisma/client";
import { db, disconnectDb } from "@/lib/server/db";
import { ensureReportingYears } from "@/lib/server/reports/report-test-support";
import { createTestReport, uniqueSuffix } from "@/tests/factories";
import { createWorld, type World } from "./action-world";
import {
  CHINESE,
  PARSED_TEXT,
  agenciesFingerprint,
  attempt,
  cliFingerprint,
  hostileKey,
  hostileNumber,
  hostileRecord,
  hostileString,
  hostileValue,
  judge,
  junk,
  mutatedJson,
  ownProperties,
  reportFile,
  reportFingerprint,
  reportText,
  savePayload,
  storedScripts,
  tallies,
  tally,
} from "./hostile-input-support";
import { asCaller } from "./signed-in-caller";

vi.mock("@/lib/server/auth/current-user", () => import("./signed-in-caller"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { saveReportAction, submitReportAction } = await import("@/app/(staff)/staff/reports/[reportId]/actions");
const { previewReportFilesAction, importReportFilesAction } = await import("@/app/(staff)/staff/admin/import/actions");
const { POST: readReportFileRoute } = await import("@/app/api/admin/imports/read/route");
const { POST: importReportFileRoute } = await import("@/app/api/admin/imports/import/route");

/** A route handler's JSON answer to a form posted from our own page. */
async function postForm(route: (request: Request) => Promise<Response>, url: string, data: FormData): Promise<unknown> {
  const response = await route(new Request(`http://localhost${url}`, { method: "POST", body: data }));
  return response.json();
}
const { command: importCommand } = await import("@/scripts/cli/import");

let world: World;
/** Departments of the admin's government that historical files may be imported into. */
let importTargets: Agency[];
/** One more, that no fuzzed file names: its untouched published text must import. */
let untouchedTarget: Agency;
const marker = `模糊${uniqueSuffix()}`;

beforeAll(async () => {
  await ensureReportingYears();
  world = await createWorld();
  importTargets = [world.agency];
  for (let index = 0; index < 3; index++) {
    importTargets.push(
      await db.agency.create({
        data: {
          name: `模糊导入局${uniqueSuffix()}`,
          code: `fz-${uniqueSuffix()}`,
          kind: "DEPARTMENT",
          parentId: world.government.id,
        },
      }),
    );
  }
  untouchedTarget = await db.agency.create({
    data: {
      name: `原文导入局${uniqueSuffix()}`,
      code: `fz-${uniqueSuffix()}`,
      kind: "DEPARTMENT",
      parentId: world.government.id,
    },
  });
}, 60_000);
afterAll(async () => {
  console.log(
    `hostile input: ${Object.entries(tallies)
      .map(
        ([name, { runs, succeeded, refused, answered }]) =>
          `${name} ${runs} runs (${succeeded} succeeded, ${answered} answered, ${refused} refused)`,
      )
      .join("; ")}`,
  );
  await disconnectDb();
});

describe("hostile input", () => {
  it("the wizard's save and submit answer every payload, refuse without writing, and store no script", async () => {
    const report = await createTestReport({ agencyId: world.agency.id, year: 2025, status: "DRAFT", seed: 3 });
    const clerk = world.users.clerk.id;
    let version = report.version;
    await fc.assert(
      fc.asyncProperty(savePayload(report.id), async (payload) => {
        const request =
          typeof payload === "object" && payload !== null && (payload as { version?: unknown }).version === "current"
            ? { ...payload, version }
            : payload;
        await attempt(
          "save",
          () => reportFingerprint(report.id),
          async () => {
            const answer = await asCaller(clerk, () => saveReportAction(request as never));
            const outcome = judge(answer);
            if (answer.ok) version = answer.version;
            return outcome;
          },
        );
      }),
      {
        numRuns: 600,
        seed: 20261127,
        // Known troublemakers first: a NUL character (PostgreSQL refuses it in text), markup, prototype keys.
        examples: [
          [{ reportId: report.id, version: "current", texts: { overview: "\u0000" } }],
          [{ reportId: report.id, version: "current", cells: { "applications.1.natural": { value: "1\u0000" } } }],
          [
            {
              reportId: report.id,
              version: "current",
              explanations: ownProperties([["__proto__", "<script>alert(1)</script>"]]),
            },
          ],
          [{ reportId: report.id, version: "current", texts: { other: "<script>alert(1)</script>" } }],
          [{ reportId: report.id, version: "current", cells: ownProperties([["__proto__", { value: "1" }]]) }],
        ],
      },
    );
    const submit = fc.oneof(
      fc.record({
        reportId: fc.oneof(fc.constant(report.id), hostileValue),
        version: fc.oneof(fc.constant("current"), hostileValue),
      }),
      junk,
    );
    await fc.assert(
      fc.asyncProperty(submit, async (payload) => {
        const request =
          typeof payload === "object" && payload !== null && (payload as { version?: unknown }).version === "current"
            ? { ...payload, version }
            : payload;
        await attempt(
          "submit",
          () => reportFingerprint(report.id),
          async () => judge(await asCaller(clerk, () => submitReportAction(request as never))),
        );
      }),
      { numRuns: 200, seed: 20261127 },
    );
    expect(tally("save").succeeded, "some well-formed saves must get through").toBeGreaterThan(0);
    expect(await storedScripts([world.agency.id])).toEqual([]);
  }, 120_000);

  it("the 主管部门's imports (interchange JSON and published texts) answer every file and store no script", async () => {
    const admin = world.users.admin.id;
    const ids = [...importTargets, untouchedTarget].map((agency) => agency.id);
    const names = fc.oneof(
      { arbitrary: fc.constantFrom(...importTargets.map((agency) => agency.name)), weight: 5 },
      { arbitrary: hostileString, weight: 1 },
    );
    const fileName = fc.oneof(
      { arbitrary: fc.constant("report.json"), weight: 4 },
      { arbitrary: hostileString.map((name) => `${name}.json`), weight: 1 },
    );
    const jsonFiles = fc.array(
      fc.tuple(fc.oneof(reportFile("2021", 2024, names), reportFile("2019", 2020, names)), fileName),
      { minLength: 1, maxLength: 3 },
    );
    await fc.assert(
      fc.asyncProperty(jsonFiles, fc.boolean(), async (files, chooseAll) => {
        const data = new FormData();
        files.forEach(([text, name], index) => data.append("files", new File([text], `${index}-${name}`)));
        await attempt(
          "import preview (JSON)",
          () => agenciesFingerprint(ids),
          async () => {
            const answer = await asCaller(admin, () => previewReportFilesAction(data));
            if (answer.ok) for (const item of answer.items) if (item.blocked) expect(item.blocked).toMatch(CHINESE);
            return judge(answer) === "succeeded" ? "answered" : "refused";
          },
        );
        if (chooseAll) files.forEach((_, index) => data.append("chosen", `${index}-${files[index]![1]}`));
        await attempt(
          "import (JSON)",
          () => agenciesFingerprint(ids),
          async () => {
            const answer = await asCaller(admin, () => importReportFilesAction(data));
            if (!answer.ok) return judge(answer);
            for (const item of answer.items) expect(item.message).toMatch(CHINESE);
            return answer.items.some((item) => item.ok) ? "succeeded" : "refused";
          },
        );
      }),
      { numRuns: 120, seed: 20261127 },
    );

    const corrections = fc.oneof(
      fc.constant(undefined),
      hostileString,
      fc
        .array(
          fc.tuple(
            fc.oneof(fc.constant("0-report.txt"), hostileKey),
            hostileRecord(
              fc.oneof(fc.constantFrom(...listCellDefinitions("2019").map((cell) => cell.key)), hostileKey),
              hostileString,
            ),
          ),
          { maxLength: 3 },
        )
        .map((entries) => JSON.stringify(ownProperties(entries))),
    );
    const textName = fc.constantFrom(
      "report.txt",
      "report.html",
      "report.htm",
      "report.docx",
      "report.pdf",
      "report.exe",
    );
    // The agency the admin chose: the one the text names, or a hostile choice.
    const target = fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: hostileString, weight: 1 });
    await fc.assert(
      fc.asyncProperty(reportText(names), textName, corrections, target, async (text, name, correction, chosen) => {
        const data = new FormData();
        data.append("file", new File([text], `0-${name}`));
        if (correction !== undefined) data.append("corrections", correction);
        await attempt(
          "import preview (texts)",
          () => agenciesFingerprint(ids),
          async () =>
            judge(await asCaller(admin, () => postForm(readReportFileRoute, "/api/admin/imports/read", data))) ===
            "succeeded"
              ? "answered"
              : "refused",
        );
        const named = [untouchedTarget, ...importTargets].find((agency) => text.includes(agency.name));
        data.append("target", chosen ?? JSON.stringify({ agencyId: (named ?? untouchedTarget).id }));
        await attempt(
          "import (texts)",
          () => agenciesFingerprint(ids),
          async () =>
            judge(await asCaller(admin, () => postForm(importReportFileRoute, "/api/admin/imports/import", data))),
        );
      }),
      // The untouched text of one department first: the way through must stay open.
      {
        numRuns: 25,
        seed: 20261127,
        examples: [[PARSED_TEXT.replaceAll("本溪市科学技术局", untouchedTarget.name), "report.txt", undefined, null]],
      },
    );
    expect(tally("import (JSON)").succeeded, "some files must get through").toBeGreaterThan(0);
    expect(tally("import (texts)").succeeded, "the untouched text must get through").toBeGreaterThan(0);
    expect(await storedScripts(ids)).toEqual([]);
  }, 120_000);

  it("the command line's import answers every file with a message, imports all or nothing, and stores no script", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gknb-hostile-"));
    const names = fc.oneof(
      fc.nat().map((n) => `${marker}局${n % 20}`),
      hostileString.map((name) => `${marker}${name}`),
    );
    const years = fc.oneof(
      { arbitrary: fc.constantFrom(2021, 2022, 2023, 2024, 2027, 2030), weight: 4 },
      { arbitrary: hostileNumber, weight: 1 },
    );
    const CLI_BASE = buildConsistentReport({ format: "2021", seed: 11, year: 2024, agencyName: "placeholder" });
    const file = fc
      .tuple(reportFile("2021", 2024, names), years)
      .map(([text, year]) => text.replace('"year":2024', `"year":${JSON.stringify(year) ?? "null"}`));
    const output: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line: string) => void output.push(line));
    const error = vi.spyOn(console, "error").mockImplementation((line: string) => void output.push(line));
    let count = 0;
    try {
      await fc.assert(
        fc.asyncProperty(file, fc.boolean(), async (text, publish) => {
          const path = join(dir, `${count++}.json`);
          writeFileSync(path, text);
          await attempt(
            "command line import",
            () => cliFingerprint(marker),
            async () => {
              output.length = 0;
              const code = await importCommand.run(publish ? ["--publish", path] : [path]);
              expect(output).toHaveLength(1);
              expect(output[0]).toMatch(code === 0 ? /^✓ / : /^✗ /);
              expect(output[0]!.slice(path.length + 2)).toMatch(CHINESE);
              return code === 0 ? "succeeded" : "refused";
            },
          );
        }),
        {
          numRuns: 40,
          seed: 20261127,
          // What the database cannot hold, and markup, first.
          examples: [
            [{ path: ["year"], value: 2 ** 31 }],
            [{ path: ["tables", "applications", "1", "natural"], value: 2 ** 31 }],
            [{ path: ["tables", "art20_8", "fees", "amount"], value: "abc" }],
            [{ path: ["tables", "art20_8", "fees", "amount"], value: "1".repeat(20) }],
            [{ path: ["texts", "overview"], value: "\u0000" }],
            [{ path: ["texts", "other"], value: "<script>alert(1)</script>" }],
            [{ path: ["agency", "region"], value: "<img src=x onerror=alert(1)>" }],
          ].map((applied) => [mutatedJson(CLI_BASE, applied, `${marker}局样例`), false] as [string, boolean]),
        },
      );
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    const ids = (await db.agency.findMany({ where: { name: { startsWith: marker } }, select: { id: true } })).map(
      (agency) => agency.id,
    );
    expect(tally("command line import").succeeded).toBeGreaterThan(0);
    expect(await storedScripts(ids)).toEqual([]);
  }, 120_000);
});
