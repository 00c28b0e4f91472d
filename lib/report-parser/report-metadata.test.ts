// The report's identity read like its cells: agency without capture prefixes and site names, kind
// from the report's own wording, the title as published, the publication date as printed, and the
// address it was captured from — each found, guessed or missing.
import { describe, expect, it } from "vitest";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { parsePublishedReport } from "./parse-published-report";
import { readDate } from "./read-publication";
import { renderReportHtml } from "./testdata/render-html";
import { renderReportText } from "./testdata/render-text";

const report = buildConsistentReport({ format: "2021", seed: 3, year: 2023, agencyName: "青山县发展和改革局" });
const body = renderReportText(report, "browser").split("\n").slice(1).join("\n");
const text = (content: string) => parsePublishedReport({ kind: "text", content });

describe("agency and title", () => {
  it("takes a capture tool's 标题: prefix off the agency and the title", () => {
    const result = text(`标题:青山县发展和改革局2023年政府信息公开工作年度报告\n发布时间: 2024-01-18 09:30\n${body}`);
    expect(result.fields.agency).toMatchObject({ value: "青山县发展和改革局", status: "found" });
    expect(result.fields.title).toMatchObject({
      value: "青山县发展和改革局2023年政府信息公开工作年度报告",
      status: "found",
    });
    expect(result.fields.published).toMatchObject({ value: "2024-01-18", status: "found" });
  });

  it("takes a Markdown heading mark off an agency printed above the title", () => {
    const result = text(`#青山县人民政府\n\n2023年政府信息公开工作年度报告\n${body}`);
    expect(result.fields.agency).toMatchObject({ value: "青山县人民政府", status: "found" });
    expect(result.fields.kind).toMatchObject({ value: "summary", status: "guessed" });
  });

  it("takes a site's name off the agency, and says so", () => {
    const result = text(`青山县人民政府网站 青山县发展和改革局2023年政府信息公开工作年度报告\n${body}`);
    expect(result.fields.agency).toMatchObject({ value: "青山县发展和改革局", status: "guessed" });
    expect(result.fields.agency.note).toContain("青山县人民政府网站");
  });
});

describe("kind", () => {
  it("is a summary when the report says it was compiled from its members' reports", () => {
    const wording = "本报告由青山经济开发区管理委员会办公室根据各有关单位报送的年度报告汇总编制而成。";
    const result = text(`青山经济开发区管理委员会2023年政府信息公开工作年度报告\n${wording}\n${body}`);
    expect(result.fields.kind).toMatchObject({ value: "summary", status: "found" });
    expect(result.report?.kind).toBe("summary");
  });

  it("is an agency report otherwise", () => {
    expect(text(`青山县发展和改革局2023年政府信息公开工作年度报告\n${body}`).fields.kind).toMatchObject({
      value: "agency",
      status: "found",
    });
  });
});

describe("publication date", () => {
  it("reads dates as printed, in digits or Chinese numerals", () => {
    expect(readDate("发布日期：2021年01月20日")).toBe("2021-01-20");
    expect(readDate("2021-1-20 10:00")).toBe("2021-01-20");
    expect(readDate("二〇二一年一月二十日")).toBe("2021-01-20");
    expect(readDate("2021年2月30日")).toBeNull();
  });

  it("falls back to the date under the signature, guessed", () => {
    const result = text(
      `青山县发展和改革局2023年政府信息公开工作年度报告\n${body}\n青山县发展和改革局\n二〇二四年一月十五日\n`,
    );
    expect(result.fields.published).toMatchObject({ value: "2024-01-15", status: "guessed" });
  });

  it("is missing, never today's date, when the report prints none", () => {
    const result = text(`青山县发展和改革局2023年政府信息公开工作年度报告\n${body}`);
    expect(result.fields.published).toMatchObject({ value: null, status: "missing" });
  });
});

describe("source address", () => {
  it("reads a labelled link in a capture header", () => {
    const result = text(
      `青山县发展和改革局2023年政府信息公开工作年度报告\n原文链接：https://www.example.gov.cn/art/2024/1/18/art_1.html\n${body}`,
    );
    expect(result.fields.sourceAddress).toMatchObject({
      value: "https://www.example.gov.cn/art/2024/1/18/art_1.html",
      status: "found",
    });
  });

  it("reads a saved page's own address and its 发布时间 among the navigation", () => {
    const page = renderReportHtml(report)
      .replace(
        "<!DOCTYPE html>",
        "<!DOCTYPE html>\n<!-- saved from url=(0050)https://www.example.gov.cn/art/2024/1/18/art_9.html -->",
      )
      .replace(
        '<div class="nav">',
        '<div class="info">发布时间：2024-01-18　来源：青山县发展和改革局　浏览次数：321</div><div class="nav">',
      );
    const result = parsePublishedReport({ kind: "html", content: page });
    expect(result.fields.sourceAddress).toMatchObject({
      value: "https://www.example.gov.cn/art/2024/1/18/art_9.html",
      status: "found",
    });
    expect(result.fields.published).toMatchObject({ value: "2024-01-18", status: "found" });
    expect(result.fields.agency).toMatchObject({ value: "青山县发展和改革局", status: "found" });
  });

  it("is missing when the source gives none", () => {
    expect(text(`青山县发展和改革局2023年政府信息公开工作年度报告\n${body}`).fields.sourceAddress.status).toBe(
      "missing",
    );
  });
});
