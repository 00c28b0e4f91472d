import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateReport, type Report } from "@/lib/report-format";
import { parsePublishedReport } from "./parse-published-report";
import { listBrokenPromises, listByStatus } from "./testdata/expect-cells";

// The report as copied from its web page, and what it must parse into (as in prisma/fixtures).
const FIXTURES = new URL("../../prisma/fixtures/", import.meta.url);
const fixtureText = readFileSync(new URL("benxi-science-bureau-2020.txt", FIXTURES), "utf8");
const fixtureReport = JSON.parse(readFileSync(new URL("benxi-science-bureau-2020.json", FIXTURES), "utf8")) as Report;

function collapseSpaces(text: string | undefined): string | undefined {
  return text?.replace(/[ \u3000]+/gu, " ");
}

describe("the 本溪市科学技术局 2020 fixture", () => {
  const result = parsePublishedReport({ kind: "text", content: fixtureText });

  it("parses into exactly the fixture report", () => {
    expect(result.report).not.toBeNull();
    const { texts, ...rest } = result.report!;
    const { texts: expectedTexts, ...expectedRest } = fixtureReport;
    expect(rest).toEqual(expectedRest);
    for (const key of ["overview", "problems", "other"] as const) {
      expect(collapseSpaces(texts[key]), key).toBe(collapseSpaces(expectedTexts[key]));
    }
  });

  it("joins the sentence broken across the page gap into one paragraph", () => {
    const paragraphs = result.report!.texts.overview!.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[3]).toContain("为确保公开信息的数量、质量和时效同步提升");
    expect(result.texts.overview.note).toContain("接上了 1 处");
  });

  it("finds every cell by its labels and guesses only the unit of the procurement amount", () => {
    expect(listByStatus(result, "missing")).toEqual([]);
    expect(listByStatus(result, "guessed")).toEqual(["art20_9.procurement.amount"]);
    expect(result.cells["art20_9.procurement.amount"]?.note).toContain("按“元”记录");
    expect(listBrokenPromises(result, fixtureReport)).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("says where each cell came from", () => {
    expect(result.cells["art20_1.normative_docs.total_published"]).toMatchObject({
      value: 298,
      raw: "298",
      source: { kind: "line", line: 24, cell: 4 },
    });
    expect(result.cells["applications.3.3.1.natural"]?.source).toEqual({ kind: "line", line: 51, cell: 4 });
    expect(result.cells["reviews.suit_after_review.total"]?.source).toEqual({ kind: "line", line: 77, cell: 15 });
  });

  it("reads the title and infers the region from the agency's name", () => {
    expect(result.fields.agency).toMatchObject({
      value: "本溪市科学技术局",
      status: "found",
      source: { kind: "line", line: 3 },
    });
    expect(result.fields.year).toMatchObject({ value: 2020, status: "found" });
    expect(result.fields.region).toMatchObject({ value: "辽宁省本溪市", status: "guessed" });
    expect(result.format).toBe("2019");
  });

  it("produces a report the validator accepts", () => {
    expect(validateReport(result.report!).ok).toBe(true);
  });

  it("lets the caller supply what the document does not say", () => {
    const given = parsePublishedReport({ kind: "text", content: fixtureText }, { region: "辽宁省", kind: "agency" });
    expect(given.report?.agency.region).toBe("辽宁省");
    expect(given.fields.region.status).toBe("found");
  });
});

describe("documents that are not reports", () => {
  it("gives no report and says why", () => {
    const result = parsePublishedReport({
      kind: "text",
      content: "关于做好春节期间安全生产工作的通知\n\n各区县：\n\n现将有关事项通知如下。\n",
    });
    expect(result.report).toBeNull();
    expect(result.problems[0]).toContain("不是政府信息公开工作年度报告");
  });

  it("gives no report for a year before the 2019 format", () => {
    const result = parsePublishedReport({ kind: "text", content: fixtureText.replace("2020 年度", "2018 年度") });
    expect(result.report).toBeNull();
    expect(result.problems.join("")).toContain("早于 2019 年格式");
  });

  it("gives no report without a year, but still reads the tables", () => {
    const result = parsePublishedReport({
      kind: "text",
      content: fixtureText.replace("2020 年度 ", "").replaceAll("2020 年", "本年"),
    });
    expect(result.report).toBeNull();
    expect(result.format).toBe("2019");
    expect(result.cells["art20_1.normative_docs.total_published"]?.value).toBe(298);
    expect(result.problems).toContain("没有找到报告年度（可以另行指定）");
  });
});
