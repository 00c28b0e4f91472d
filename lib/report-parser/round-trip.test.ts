// Reports we write ourselves, printed the ways real pages and files print them, read back exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FormatKey, Report } from "@/lib/report-format";
import { parsePublishedDocx } from "./parse-published-docx";
import { parsePublishedReport } from "./parse-published-report";
import { buildDistinctReport } from "./testdata/distinct-report";
import { listBrokenPromises, listByStatus } from "./testdata/expect-cells";
import { renderReportDocx } from "./testdata/render-docx";
import { renderReportHtml } from "./testdata/render-html";
import { renderReportText } from "./testdata/render-text";
import type { ParseResult } from "./types";

const FORMATS: readonly FormatKey[] = ["2019", "2021"];

const renderings: readonly [string, (report: Report) => Promise<ParseResult>][] = [
  [
    "text, merged cells padded (as in the fixture)",
    async (report) => parsePublishedReport({ kind: "text", content: renderReportText(report, "grid") }),
  ],
  [
    "text, one cell per printed cell",
    async (report) => parsePublishedReport({ kind: "text", content: renderReportText(report, "browser") }),
  ],
  [
    "HTML with rowspan/colspan",
    async (report) => parsePublishedReport({ kind: "html", content: renderReportHtml(report) }),
  ],
  [
    "HTML, 第二十条 tables combined",
    async (report) =>
      parsePublishedReport({ kind: "html", content: renderReportHtml(report, { combineProactive: true }) }),
  ],
  [
    "HTML without rowspans (Word-style ragged rows)",
    async (report) =>
      parsePublishedReport({ kind: "html", content: renderReportHtml(report).replace(/ rowspan="\d+"/gu, "") }),
  ],
  [
    "Word-saved HTML",
    async (report) => parsePublishedReport({ kind: "html", content: renderReportHtml(report, { wordMarkup: true }) }),
  ],
  [".docx made with the docx package", async (report) => parsePublishedDocx(await renderReportDocx(report))],
];

describe.each(FORMATS)("a %s-format report", (format) => {
  const report = buildDistinctReport(format);

  it.each(renderings)("reads back exactly from %s", async (_, parse) => {
    const result = await parse(report);
    expect(result.report).toEqual(report);
    expect(listByStatus(result, "found")).toHaveLength(Object.keys(result.cells).length);
    expect(result.problems).toEqual([]);
    expect(result.format).toBe(format);
  });
});

const FULLWIDTH_OFFSET = 0xfee0;

function toFullWidth(digits: string): string {
  return digits.replace(/\d/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + FULLWIDTH_OFFSET));
}

/** Cosmetic damage real copies show: spaces inside labels, full-width digits, rows in another order. */
function damageLine(line: string, choice: number): string {
  const cells = line.split("\t");
  return cells
    .map((cell) => {
      if (/^-?\d/u.test(cell)) return choice % 3 === 0 ? toFullWidth(cell) : cell;
      if (cell.length < 3 || choice % 2 === 0) return cell;
      const at = 1 + (choice % (cell.length - 1));
      return `${cell.slice(0, at)} ${cell.slice(at)}`;
    })
    .join("\t");
}

describe("cosmetic damage", () => {
  it.each(FORMATS)("never changes what a %s report reads as", (format) => {
    const report = buildDistinctReport(format);
    const lines = renderReportText(report, "browser").split("\n");
    const tableLines = lines.flatMap((line, index) => (line.includes("\t") ? [index] : []));
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: tableLines.length, maxLength: tableLines.length }),
        fc.boolean(),
        (choices, reverse) => {
          const damaged = [...lines];
          tableLines.forEach((index, position) => {
            damaged[index] = damageLine(lines[index] ?? "", choices[position] ?? 0);
          });
          // The 第二十条 tables' rows may come in any order under their header.
          const art20Rows = tableLines.filter((index) =>
            /^(规章|规范性文件|行政规范性文件)\t/u.test(lines[index] ?? ""),
          );
          if (reverse && art20Rows.length === 2) {
            const [first = 0, second = 0] = art20Rows;
            [damaged[first], damaged[second]] = [damaged[second] ?? "", damaged[first] ?? ""];
          }
          const result = parsePublishedReport({ kind: "text", content: damaged.join("\n") });
          expect(result.report).toEqual(report);
          expect(listBrokenPromises(result, report)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
