// Glued figures (a report copied with its line breaks and spaces gone) split by the format's rules.
// Property: consistent reports of both formats, run together into one line, parse with no wrong
// value marked found, and every row whose digits admit exactly one split under the rules on that
// row alone is found. Plus cases where only rules across rows (column totals, the balance) decide.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES, listCellDefinitions, type CellDefinition, type FormatKey, type Report } from "@/lib/report-format";
import { getCompiledFormat } from "@/lib/report-format/compile-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { parsePublishedReport } from "./parse-published-report";
import { solveGluedRows, type GluedRow } from "./solve-glued-rows";
import { listBrokenPromises } from "./testdata/expect-cells";
import { renderRunTogether } from "./testdata/render-shapes";
import { renderReportText } from "./testdata/render-text";

function renderReportTextLines(report: Report): string[] {
  return renderReportText(report, "browser").split("\n");
}
import type { ParseResult } from "./types";

const FORMATS: readonly FormatKey[] = ["2019", "2021"];

function trueNumber(report: Report, definition: CellDefinition): number | null {
  const value = report.tables[definition.table]?.[definition.row]?.[definition.column];
  return typeof value === "number" ? value : null;
}

/** Every way to cut `digits` into `count` whole numbers without leading zeros (signed: a leading "-" allowed). */
function listWholeSplits(digits: string, definitions: readonly CellDefinition[]): number[][] {
  const results: number[][] = [];
  const walk = (at: number, column: number, parts: number[]) => {
    const definition = definitions[column];
    if (!definition) {
      if (at === digits.length) results.push([...parts]);
      return;
    }
    for (let end = at + 1; end <= digits.length; end++) {
      const part = digits.slice(at, end);
      const pattern = definition.type === "signed" ? /^-?(?:0|[1-9]\d*)$/u : /^(?:0|[1-9]\d*)$/u;
      if (!pattern.test(part)) continue;
      walk(end, column + 1, [...parts, Number(part)]);
    }
  };
  walk(0, 0, []);
  return results;
}

/** Whether `values` (cell key → number; absent cells unknown) break an error-level linear rule. */
function breaksRules(format: FormatKey, values: ReadonlyMap<string, number>): boolean {
  const compiled = getCompiledFormat(format);
  return compiled.linear.some((instance) => {
    if (RULES[instance.check.rule].level !== "error" || instance.terms.some((term) => term.fromPrevious)) return false;
    const actual = values.get(compiled.cells[instance.target]?.key ?? "");
    const terms = instance.terms.map((term) => ({
      coef: term.coef,
      value: values.get(compiled.cells[term.index]?.key ?? ""),
    }));
    if (actual === undefined || terms.some((term) => term.value === undefined)) return false;
    const expected = terms.reduce((sum, term) => sum + term.coef * (term.value ?? 0), 0);
    return instance.check.op === "="
      ? actual !== expected
      : instance.check.op === "<="
        ? actual > expected
        : actual < expected;
  });
}

/** The glued rows the parser saw: cells read from one digit string, grouped by it, in format order. */
function listGluedGroups(result: ParseResult, format: FormatKey): { raw: string; definitions: CellDefinition[] }[] {
  const groups = new Map<string, CellDefinition[]>();
  for (const definition of listCellDefinitions(format)) {
    const reading = result.cells[definition.key];
    if (!reading?.raw || !reading.note?.includes("连在一起") || !reading.source) continue;
    const id = `${JSON.stringify(reading.source)}|${reading.raw}`;
    groups.set(id, [...(groups.get(id) ?? []), definition]);
  }
  return [...groups.entries()].map(([id, definitions]) => ({ raw: id.slice(id.lastIndexOf("|") + 1), definitions }));
}

/** Whether the row's digits split one way only under the rules that read this row alone. */
function isUniqueAlone(format: FormatKey, raw: string, definitions: readonly CellDefinition[]): boolean {
  const valid = listWholeSplits(raw, definitions).filter(
    (split) =>
      !breaksRules(format, new Map(definitions.map((definition, index) => [definition.key, split[index] ?? 0]))),
  );
  return valid.length === 1;
}

describe.each(FORMATS)("%s-format reports run together into one line", (format) => {
  it("never mark a wrong value found, and find every row whose split the rules make unique", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(9, 40, 150), (seed, maxCount) => {
        const report = buildConsistentReport({ format, seed, maxCount, agencyName: "某市某局" });
        const result = parsePublishedReport({ kind: "text", content: renderRunTogether(report) });
        expect(result.format).toBe(format);
        expect(listBrokenPromises(result, report)).toEqual([]);
        expect(listGluedGroups(result, format).length).toBeGreaterThan(0);
        for (const { raw, definitions } of listGluedGroups(result, format)) {
          if (!definitions.every((definition) => definition.type !== "money")) continue;
          expect(definitions.map((definition) => String(trueNumber(report, definition))).join("")).toBe(raw);
          if (!isUniqueAlone(format, raw, definitions)) continue;
          for (const definition of definitions)
            expect(result.cells[definition.key]?.status, `${definition.key} of “${raw}”`).toBe("found");
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe("a lone digit string in a document that prints figures apart", () => {
  it("is at best guessed: it may be one figure beside blank cells", () => {
    const report = buildConsistentReport({ format: "2021", seed: 4, agencyName: "某市某局" });
    const lines = renderReportTextLines(report);
    const index = lines.findIndex((line) => line.startsWith("规章\t"));
    lines[index] = "规章\t125";
    const result = parsePublishedReport({ kind: "text", content: lines.join("\n") });
    expect(result.cells["art20_1.regulations.made"]).toMatchObject({ value: 1, status: "guessed" });
    expect(result.cells["art20_1.regulations.made"]?.note).toContain("其余格空白");
  });
});

describe("splitting glued rows with rules across rows", () => {
  const definitions = listCellDefinitions("2021");
  const rowOf = (row: string) =>
    definitions.filter((definition) => definition.table === "applications" && definition.row === row);
  const glued = (row: string, text: string): GluedRow => ({
    definitions: rowOf(row),
    text,
    cuts: [],
    source: { kind: "line", line: 1 },
    notes: [],
  });

  const columns = ["natural", "commercial", "research", "social", "legal", "other", "total"];
  const fixedRow = (row: string, values: readonly number[]) =>
    columns.map((column, index) => [`applications.${row}.${column}`, values[index] ?? 0] as const);

  it("finds a split that only the rules across rows make unique", () => {
    // "（七）总计" printed as "110000011": alone it may be 11|0|…|11 or 1|10|…|11. The balance
    // (一 + 二 = 七 + 四) with the rows read for sure leaves only the first.
    const fixed = new Map([
      ...fixedRow("1", [11, 0, 0, 0, 0, 0, 11]),
      ...fixedRow("2", [0, 0, 0, 0, 0, 0, 0]),
      ...fixedRow("4", [0, 0, 0, 0, 0, 0, 0]),
    ]);
    const readings = solveGluedRows("2021", fixed, [glued("3.7", "110000011")]);
    expect(readings.get("applications.3.7.natural")).toMatchObject({ value: 11, status: "found" });
    expect(readings.get("applications.3.7.commercial")).toMatchObject({ value: 0, status: "found" });
  });

  it("guesses, listing the candidates, when the rules leave more than one split", () => {
    const readings = solveGluedRows("2021", new Map(), [glued("3.7", "110000011")]);
    const reading = readings.get("applications.3.7.natural");
    expect(reading?.status).toBe("guessed");
    expect(reading?.note).toContain("有 2 种拆法满足勾稽关系");
    expect(reading?.note).toContain("11 | 0 | 0 | 0 | 0 | 0 | 11");
    expect(reading?.note).toContain("1 | 10 | 0 | 0 | 0 | 0 | 11");
  });

  it("marks nothing found when the report breaks its own rules", () => {
    const rows = [glued("3.3.1", "1111")];
    const readings = solveGluedRows("2021", new Map(), rows);
    expect(readings.get("applications.3.3.1.total")?.status).toBe("missing");
  });
});
