// The hostile payloads of hostile-input.integration.test.ts, and how it judges the answers and
// fingerprints what is stored.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect } from "vitest";
import { listCellDefinitions, type FormatKey, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { db } from "@/lib/server/db";

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

export const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }), weight: 1 },
  { arbitrary: fc.constantFrom("x".repeat(201), "字".repeat(20_001), `<p>${"a".repeat(50_000)}`), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 2000 }).map(String), weight: 2 },
);
export const hostileKey = fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileString);
export const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer(), fc.double());
/** Anything a decoded request may hold: React's encodeReply also carries Dates, Maps, Sets and BigInts. */
export const junk = fc.anything({
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
export const hostileValue = fc.oneof(hostileString, hostileNumber, junk);

/** A plain object with the keys as own properties, `__proto__` included (as JSON.parse makes them). */
export function ownProperties(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}
export const hostileRecord = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(key, value), { maxLength: 8 }).map(ownProperties);

const CELL_KEYS = listCellDefinitions("2021").map((cell) => cell.key);
const cellKey = fc.oneof({ arbitrary: fc.constantFrom(...CELL_KEYS), weight: 4 }, { arbitrary: hostileKey, weight: 1 });
const cellValue = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 500 }).map(String), weight: 3 },
  { arbitrary: hostileString, weight: 2 },
  { arbitrary: hostileValue, weight: 1 },
);

/** Payloads of the wizard's save: mostly well-formed around hostile values (so they reach saveReport), some pure junk. */
export function savePayload(reportId: string) {
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
export function mutatedJson(report: Report, applied: Mutation[], agencyName: string): string {
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
export function reportFile(format: FormatKey, year: number, names: fc.Arbitrary<string>): fc.Arbitrary<string> {
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

export const PARSED_TEXT = readFileSync("prisma/fixtures/benxi-science-bureau-2020.txt", "utf8");

/** A published report's text for `name`, with hostile strings put in and numbers swapped for hostile ones. */
export function reportText(names: fc.Arbitrary<string>): fc.Arbitrary<string> {
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
export async function reportFingerprint(reportId: string): Promise<string> {
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
export async function agenciesFingerprint(agencyIds: string[]): Promise<string> {
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
export async function cliFingerprint(marker: string): Promise<string> {
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
export async function storedScripts(agencyIds: string[]): Promise<string[]> {
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

export const CHINESE = /[\u4e00-\u9fff]/;
type Outcome = "succeeded" | "refused" | "answered";
type Tally = Record<Outcome | "runs", number>;
export const tallies: Record<string, Tally> = {};
export const tally = (name: string) => (tallies[name] ??= { runs: 0, succeeded: 0, refused: 0, answered: 0 });

/** A refusal `{ ok: false, message }` in Chinese, or a success `{ ok: true }`; anything else fails. */
export function judge(answer: unknown): "succeeded" | "refused" {
  expect(answer).toBeTypeOf("object");
  const { ok, message } = (answer ?? {}) as { ok?: unknown; message?: unknown };
  if (ok === true) return "succeeded";
  expect(ok).toBe(false);
  expect(message).toMatch(CHINESE);
  return "refused";
}

/** Runs one call and checks the rule of every entry point: only a success changes the database. */
export async function attempt(
  name: string,
  fingerprint: () => Promise<string>,
  call: () => Promise<Outcome>,
): Promise<void> {
  const before = await fingerprint();
  const outcome = await call();
  const counts = tally(name);
  counts.runs++;
  counts[outcome]++;
  if (outcome !== "succeeded")
    expect(await fingerprint(), `${name}: a call that was ${outcome} changed the database`).toBe(before);
}
