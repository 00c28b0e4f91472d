// Every shape a published report comes in, read back from consistent reports of both formats:
// PDF (laid out, labels wrapped, numbers centred), .doc, layout text, one cell per line, run
// together, Markdown. Nothing found is wrong; the clean shapes are read completely.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FormatKey, Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { parsePublishedFile } from "./parse-published-file";
import { parsePublishedReport } from "./parse-published-report";
import { listBrokenPromises, listByStatus } from "./testdata/expect-cells";
import { layoutReport, renderLayoutText } from "./testdata/render-layout";
import { renderLayoutPdf } from "./testdata/render-pdf";
import { renderMarkdown, renderOneCellPerLine, renderRunTogether } from "./testdata/render-shapes";
import type { ParseResult } from "./types";

const FORMATS: readonly FormatKey[] = ["2019", "2021"];
const text = (content: string) => parsePublishedReport({ kind: "text", content });

const shapes: readonly [string, (report: Report) => Promise<ParseResult> | ParseResult][] = [
  [
    "PDF, labels wrapped in narrow columns",
    (report) =>
      parsePublishedFile("报告.pdf", renderLayoutPdf(layoutReport(report, { labelWidth: 16, proseWidth: 80 }))),
  ],
  [
    "PDF, numbers centred between wrapped label lines",
    (report) =>
      parsePublishedFile("报告.pdf", renderLayoutPdf(layoutReport(report, { labelWidth: 16, centreNumbers: true }))),
  ],
  ["layout text (pdftotext -layout), header words wrapped", (report) => text(renderLayoutText(layoutReport(report)))],
  [
    "layout text, numbers centred",
    (report) => text(renderLayoutText(layoutReport(report, { labelWidth: 16, centreNumbers: true }))),
  ],
  ["one cell per line", (report) => text(renderOneCellPerLine(report))],
  ["Markdown pipe tables", (report) => text(renderMarkdown(report))],
];

describe.each(FORMATS)("a %s-format report", (format) => {
  const report = buildConsistentReport({ format, seed: 11, agencyName: "大连市财政局" });

  it.each(shapes)("reads every cell right from %s", async (_, parse) => {
    const result = await parse(report);
    expect(result.format).toBe(format);
    expect(listBrokenPromises(result, report)).toEqual([]);
    expect(listByStatus(result, "found")).toHaveLength(Object.keys(result.cells).length);
    expect(result.report?.tables).toEqual(report.tables);
    expect(result.fields.agency.value).toBe("大连市财政局");
  });

  it("reads a run-together copy with nothing wrong found", () => {
    const result = text(renderRunTogether(report));
    expect(result.format).toBe(format);
    expect(listBrokenPromises(result, report)).toEqual([]);
    expect(listByStatus(result, "missing")).toEqual([]);
  });
});

describe("an old Word (.doc) file", () => {
  it("reads its tables, whose rows the .doc text does not mark", async () => {
    // Made from render-docx.ts output with LibreOffice (`soffice --convert-to doc`).
    const bytes = readFileSync(new URL("./testdata/consistent-2021-seed-7.doc", import.meta.url));
    const report = buildConsistentReport({ format: "2021", seed: 7 });
    const result = await parsePublishedFile("报告.doc", bytes);
    expect(listBrokenPromises(result, report)).toEqual([]);
    expect(result.report?.tables).toEqual(report.tables);
  });
});
