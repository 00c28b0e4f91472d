import { describe, expect, it } from "vitest";
import { parseReportJson, type Report } from "@/lib/report-format";
import { renderReportJson } from "./report-json";
import { buildDistinctReport2021, readFixtureReport, readFixtureText } from "./test-support";

describe("renderReportJson", () => {
  it("writes the fixture report byte for byte as the fixture file, plus the final newline the file lacks", () => {
    const fixture = readFixtureText();
    expect(renderReportJson(readFixtureReport())).toBe(fixture);
  });

  it("keeps format order where JavaScript would put integer-like keys first", () => {
    const json = renderReportJson(readFixtureReport());
    expect(json.indexOf('"3.7": {')).toBeLessThan(json.indexOf('"4": {'));
    expect(Object.keys(readFixtureReport().tables.applications ?? {})[2]).toBe("4");
  });

  it("orders keys by the format, not by the object it is given", () => {
    const report = readFixtureReport();
    const scrambled: Report = {
      tables: Object.fromEntries(Object.entries(report.tables).reverse()),
      texts: { other: report.texts.other, problems: report.texts.problems, overview: report.texts.overview },
      agency: { region: report.agency.region, name: report.agency.name },
      kind: report.kind,
      year: report.year,
      format: report.format,
      schema: report.schema,
    };
    expect(renderReportJson(scrambled)).toBe(renderReportJson(report));
  });

  it("round-trips a 2021 report through the interchange parser, money as its exact decimal string", () => {
    const report = buildDistinctReport2021();
    const json = renderReportJson(report);
    expect(json).toContain('"amount": "24252.311082"');
    const parsed = parseReportJson(json);
    expect(parsed.ok && parsed.report).toEqual(report);
  });

  it("writes every cell of the format, a missing one as null (blank), and leaves a missing text out", () => {
    const report = buildDistinctReport2021();
    delete report.tables.reviews;
    delete report.texts.other;
    const data = JSON.parse(renderReportJson(report));
    expect(data.tables.reviews.suit_direct).toEqual({
      upheld: null,
      corrected: null,
      other: null,
      pending: null,
      total: null,
    });
    expect(Object.keys(data.texts)).toEqual(["overview", "problems"]);
  });
});
