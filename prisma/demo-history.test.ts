import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReportJson, validateReport, type Report } from "@/lib/report-format";
import { FIXTURE_AGENCY_CODE, FIXTURE_REPORT_FILE } from "./demo-data";
import { buildDemoHistory, DEMO_HISTORY_AGENCIES, DEMO_HISTORY_YEARS } from "./demo-history";

function readFixture(): Report {
  const parsed = parseReportJson(readFileSync(`prisma/fixtures/${FIXTURE_REPORT_FILE}`, "utf8"));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

const before = (fixture: Report) => (code: string) => (code === FIXTURE_AGENCY_CODE ? fixture : undefined);

describe("the demo history", () => {
  it("has a 2021-format report of every demo department for every year 2021–2024, oldest year first", () => {
    const history = buildDemoHistory(before(readFixture()));
    expect(history).toHaveLength(DEMO_HISTORY_AGENCIES.length * DEMO_HISTORY_YEARS.length);
    expect(history.map((entry) => entry.report.year)).toEqual(
      [...history.map((entry) => entry.report.year)].sort((a, b) => a - b),
    );
    expect(new Set(history.map((entry) => entry.report.format))).toEqual(new Set(["2021"]));
    for (const agency of DEMO_HISTORY_AGENCIES)
      expect(history.filter((entry) => entry.code === agency.code).map((entry) => entry.report.year)).toEqual([
        ...DEMO_HISTORY_YEARS,
      ]);
  });

  it("passes every rule of its format and every cross-year rule, the science bureau's 2021 against its real 2020 report", () => {
    const fixture = readFixture();
    const history = buildDemoHistory(before(fixture));
    for (const entry of history) {
      const previous =
        history.find((other) => other.code === entry.code && other.report.year === entry.report.year - 1)?.report ??
        before(fixture)(entry.code) ??
        null;
      if (entry.report.year > DEMO_HISTORY_YEARS[0] || entry.code === FIXTURE_AGENCY_CODE)
        expect(previous).not.toBeNull();
      const result = validateReport(entry.report, { previous });
      expect(result.violations, `${entry.code} ${entry.report.year}`).toEqual([]);
    }
    const science2021 = history.find((entry) => entry.code === FIXTURE_AGENCY_CODE && entry.report.year === 2021)!;
    expect(science2021.report.tables.applications!["2"]).toMatchObject(
      Object.fromEntries(
        Object.entries(fixture.tables.applications!["4"]!).filter(([column]) => column !== "total"),
      ) as object,
    );
  });

  it("is the same on every start (generated from a fixed seed), published before each year's deadline", () => {
    const first = buildDemoHistory(before(readFixture()));
    const second = buildDemoHistory(before(readFixture()));
    expect(JSON.stringify(second)).toEqual(JSON.stringify(first));
    for (const entry of first) expect(entry.publishedOn < `${entry.report.year + 1}-01-31`).toBe(true);
  });
});
