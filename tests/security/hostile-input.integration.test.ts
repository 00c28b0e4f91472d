// Hostile input against the entry points that write reports: the wizard's save and submit
// actions, the 主管部门's import actions (interchange JSON, published texts) and the command line's
// `import` (lib/server/reports/import-report.ts). fast-check sends random and malicious payloads
// (wrong types, huge strings, __proto__ / constructor keys, unicode, <script>, SQL-ish text,
// numbers out of range, unknown cells, nested junk). Every answer must be a success or a refusal
// with a Chinese message (never an exception), a refusal must leave the database as it was, and
// no `<script` may be stored anywhere the fuzzed data reaches.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listCellDefinitions, type FormatKey, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import type { Agency } from "@/lib/generated/prisma/client";
import { db, disconnectDb } from "@/lib/server/db";
import { ensureReportingYears } from "@/lib/server/reports/report-test-support";
import { createTestReport, uniqueSuffix } from "@/tests/factories";
import { createWorld, type World } from "./action-world";
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

// ---------------------------------------------------------------- the payloads

const HOSTILE_STRINGS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "'; DROP TABLE report; --",
  '" OR 1=1 --',
  "1; DELETE FROM report_cell",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "prototype",
  "\u0000",
  "\u202e\u200b\ufeff",
  "𠮷野家😀👨‍👩‍👧",
  "１２３",
  " 12 ",
  "1,000",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x1F",
  "99999999999999999999",
  "-1",
  "1.5",
  "3.1415926",
  "../../etc/passwd",
  "%00<script",
];
const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];
const HOSTILE_NUMBERS = [
  0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.NaN,
  Infinity,
  -Infinity,
  1e-7,
];

const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }), weight: 1 },
  { arbitrary: fc.constantFrom("x".repeat(201), "字".repeat(20_001), `<p>${"a".repeat(50_000)}`), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 2000 }).map(String), weight: 2 },
);
const hostileKey = fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileString);
const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer(), fc.double());
/** Anything a decoded request may hold: React's encodeReply also carries Dates, Maps, Sets and BigInts. */
const junk = fc.anything({
  key: hostileKey,
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const hostileValue = fc.oneof(hostileString, hostileNumber, junk);

/** A plain object with the keys as own properties, `__proto__` included (as JSON.parse makes them). */
function ownProperties(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}
const hostileRecord = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(key, value), { maxLength: 8 }).map(ownProperties);

const CELL_KEYS = listCellDefinitions("2021").map((cell) => cell.key);
const cellKey = fc.oneof({ arbitrary: fc.constantFrom(...CELL_KEYS), weight: 4 }, { arbitrary: hostileKey, weight: 1 });
const cellValue = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 500 }).map(String), weight: 3 },
  { arbitrary: hostileString, weight: 2 },
  { arbitrary: hostileValue, weight: 1 },
);

/** Payloads of the wizard's save: mostly well-formed around hostile values (so they reach saveReport), some pure junk. */
function savePayload(reportId: string) {
  const cell = fc.record(
    {
      value: cellValue,
      unit: fc.oneof(fc.constantFrom("元", "万元", null), hostileValue),
      prefilled: fc.oneof(fc.boolean(), hostileValue),
    },
    { requiredKeys: ["value"] },
  );
  const request = fc.record(
    {
      reportId: fc.oneof({ arbitrary: fc.constant(reportId), weight: 6 }, { arbitrary: hostileValue, weight: 1 }),
      version: fc.oneof({ arbitrary: fc.constant("current"), weight: 6 }, { arbitrary: hostileValue, weight: 1 }),
      cells: fc.oneof(
        {
          arbitrary: hostileRecord(
            cellKey,
            fc.oneof({ arbitrary: cell, weight: 5 }, { arbitrary: hostileValue, weight: 1 }),
          ),
          weight: 5,
        },
        { arbitrary: hostileValue, weight: 1 },
      ),
      texts: fc.oneof(
        hostileRecord(
          fc.oneof(fc.constantFrom("overview", "problems", "other"), hostileKey),
          fc.oneof(hostileString, hostileValue),
        ),
        hostileValue,
      ),
      explanations: fc.oneof(hostileRecord(hostileKey, hostileString), hostileValue),
    },
    { requiredKeys: ["reportId", "version"] },
  );
  return fc.oneof({ arbitrary: request, weight: 9 }, { arbitrary: junk, weight: 1 });
}

type Mutation = { path: string[]; value: unknown };

/** Paths of an interchange report worth breaking: every text, the agency, the year, cells, unknown keys. */
function reportPaths(format: FormatKey): fc.Arbitrary<string[]> {
  const cells = listCellDefinitions(format).map((cell) => ["tables", cell.table, cell.row, cell.column]);
  return fc.oneof(
    fc.constantFrom<string[]>(
      ["texts", "overview"],
      ["texts", "problems"],
      ["texts", "other"],
      ["agency", "region"],
      ["year"],
      ["format"],
      ["kind"],
      ["schema"],
    ),
    fc.constantFrom(...cells),
    fc
      .tuple(fc.constantFrom("texts", "agency", "tables", ""), hostileKey)
      .map(([head, key]) => (head ? [head, key] : [key])),
  );
}

const mutations = (format: FormatKey) =>
  fc.array(
    fc.record({
      path: reportPaths(format),
      value: fc.oneof(hostileString, hostileNumber, fc.jsonValue({ maxDepth: 2 }), fc.constant(null)),
    }),
    { maxLength: 4 },
  );

/** The report with the mutations applied, as file text (own `__proto__` keys kept, as in a real file). */
function mutatedJson(report: Report, applied: Mutation[], agencyName: string): string {
  const data = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
  (data.agency as Record<string, unknown>).name = agencyName;
  for (const { path, value } of applied) {
    let node = data;
    for (const key of path.slice(0, -1)) {
      const next = Object.getOwnPropertyDescriptor(node, key)?.value;
      if (typeof next !== "object" || next === null)
        Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
      node = Object.getOwnPropertyDescriptor(node, key)!.value as Record<string, unknown>;
    }
    Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(data);
}

/** Whole interchange files: a consistent report of `names` with hostile changes, or text that is not one at all. */
function reportFile(format: FormatKey, year: number, names: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const base = buildConsistentReport({ format, seed: 11, year, agencyName: "placeholder" });
  const mutated = fc.tuple(mutations(format), names).map(([applied, name]) => mutatedJson(base, applied, name));
  const broken = fc.oneof(
    hostileString,
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    mutated.map((text) => text.slice(0, text.length / 2)),
    mutated.map((text) => `\ufeff${text}`),
  );
  return fc.oneof({ arbitrary: mutated, weight: 5 }, { arbitrary: broken, weight: 1 });
}

const PARSED_TEXT = readFileSync("prisma/fixtures/benxi-science-bureau-2020.txt", "utf8");

/** A published report's text for `name`, with hostile strings put in and numbers swapped for hostile ones. */
function reportText(names: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat(), insert: fc.oneof(hostileString, hostileNumber.map(String)) });
  return fc.tuple(names, fc.array(edit, { maxLength: 5 }), fc.boolean()).map(([name, edits, truncate]) => {
    let text = PARSED_TEXT.replaceAll("本溪市科学技术局", name);
    for (const { at, insert } of edits) {
      const position = at % (text.length + 1);
      text = `${text.slice(0, position)}${insert}${text.slice(position)}`;
    }
    return truncate ? text.slice(0, text.length / 3) : text;
  });
}

// ---------------------------------------------------------------- what is stored

/** Everything a save or submit may touch of one report, as one hash. */
async function reportFingerprint(reportId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ hash: string }[]>`
    SELECT md5(concat_ws('|',
      (SELECT row_to_json(r)::text FROM report r WHERE r.id = ${reportId}),
      (SELECT string_agg(row_to_json(v)::text, ';' ORDER BY v.id) FROM report_revision v WHERE v.report_id = ${reportId}),
      (SELECT string_agg(row_to_json(c)::text, ';' ORDER BY c.revision_id, c.table_key, c.row_key, c.column_key)
         FROM report_cell c JOIN report_revision v ON v.id = c.revision_id WHERE v.report_id = ${reportId}),
      (SELECT count(*) FROM audit_event e WHERE e.report_id = ${reportId}),
      (SELECT count(*) FROM notification n WHERE n.report_id = ${reportId})
    )) AS hash`;
  return row!.hash;
}

/** The agencies (by id list) with their reports, revisions, cells and audit rows, as one hash. */
async function agenciesFingerprint(agencyIds: string[]): Promise<string> {
  const [row] = await db.$queryRaw<{ hash: string }[]>`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(row_to_json(a)::text, ';' ORDER BY a.id) FROM agency a WHERE a.id = ANY(${agencyIds}::text[])),
      (SELECT string_agg(row_to_json(r)::text, ';' ORDER BY r.id) FROM report r WHERE r.agency_id = ANY(${agencyIds}::text[])),
      (SELECT count(*) FROM report_revision v JOIN report r ON r.id = v.report_id WHERE r.agency_id = ANY(${agencyIds}::text[])),
      (SELECT count(*) FROM report_cell c JOIN report_revision v ON v.id = c.revision_id JOIN report r ON r.id = v.report_id WHERE r.agency_id = ANY(${agencyIds}::text[])),
      (SELECT count(*) FROM audit_event e WHERE e.agency_id = ANY(${agencyIds}::text[]))
    )) AS hash`;
  return row!.hash;
}

/** What the command line's import may create: agencies named with the run's marker, and years no other test uses. */
async function cliFingerprint(marker: string): Promise<string> {
  const ids = (await db.agency.findMany({ where: { name: { startsWith: marker } }, select: { id: true } })).map(
    (agency) => agency.id,
  );
  const years = await db.reportingYear.findMany({
    where: { OR: [{ year: { gt: 2026 } }, { year: { lt: 2019 } }] },
    select: { year: true },
    orderBy: { year: "asc" },
  });
  return `${await agenciesFingerprint(ids)}|${years.map((year) => year.year).join(",")}`;
}

/** Stored text of these agencies that contains "<script" (names, regions, report texts, explanations, correction notes, units). */
async function storedScripts(agencyIds: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ place: string }[]>`
    SELECT 'agency ' || a.id AS place FROM agency a WHERE a.id = ANY(${agencyIds}::text[]) AND (a.name ILIKE '%<script%' OR a.region ILIKE '%<script%')
    UNION ALL
    SELECT 'revision ' || v.id FROM report_revision v JOIN report r ON r.id = v.report_id
      WHERE r.agency_id = ANY(${agencyIds}::text[])
        AND concat_ws('|', v.overview, v.problems, v.other, v.correction_note, v.warning_explanations::text) ILIKE '%<script%'
    UNION ALL
    SELECT 'cell ' || c.revision_id || ' ' || c.table_key || '.' || c.row_key || '.' || c.column_key
      FROM report_cell c JOIN report_revision v ON v.id = c.revision_id JOIN report r ON r.id = v.report_id
      WHERE r.agency_id = ANY(${agencyIds}::text[]) AND c.unit ILIKE '%<script%'`;
  return rows.map((row) => row.place);
}

// ---------------------------------------------------------------- the answers

const CHINESE = /[\u4e00-\u9fff]/;
type Outcome = "succeeded" | "refused" | "answered";
type Tally = Record<Outcome | "runs", number>;
const tallies: Record<string, Tally> = {};
const tally = (name: string) => (tallies[name] ??= { runs: 0, succeeded: 0, refused: 0, answered: 0 });

/** A refusal `{ ok: false, message }` in Chinese, or a success `{ ok: true }`; anything else fails. */
function judge(answer: unknown): "succeeded" | "refused" {
  expect(answer).toBeTypeOf("object");
  const { ok, message } = (answer ?? {}) as { ok?: unknown; message?: unknown };
  if (ok === true) return "succeeded";
  expect(ok).toBe(false);
  expect(message).toMatch(CHINESE);
  return "refused";
}

/** Runs one call and checks the rule of every entry point: only a success changes the database. */
async function attempt(name: string, fingerprint: () => Promise<string>, call: () => Promise<Outcome>): Promise<void> {
  const before = await fingerprint();
  const outcome = await call();
  const counts = tally(name);
  counts.runs++;
  counts[outcome]++;
  if (outcome !== "succeeded")
    expect(await fingerprint(), `${name}: a call that was ${outcome} changed the database`).toBe(before);
}

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
