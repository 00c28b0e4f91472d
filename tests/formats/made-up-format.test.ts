// A third format declared in tests/formats/made-up-format.ts and nowhere else: registered, it is
// validated, rendered, exported, described by the JSON Schema and parsed back like the official ones.
import Ajv2020 from "ajv/dist/2020";
import ExcelJS from "exceljs";
import { load } from "cheerio";
import mammoth from "mammoth";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderToHtml } from "@/app/(public)/_html/render-to-html";
import { ReportDocument } from "@/components/report/report-document";
import { renderReportCsv } from "@/lib/exports/report-csv";
import { renderReportDocx } from "@/lib/exports/report-docx";
import { renderReportJson } from "@/lib/exports/report-json";
import { renderReportXlsx } from "@/lib/exports/report-xlsx";
import {
  buildReportJsonSchema,
  formatForYear,
  getKeyFiguresOutline,
  labelCell,
  listCellDefinitions,
  listCellKeys,
  listFormatKeys,
  listTables,
  parseFormatKey,
  parseReport,
  parseReportJson,
  registerFormat,
  validateReport,
  type CellValue,
  type Report,
} from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { parsePublishedDocx } from "@/lib/report-parser/parse-published-docx";
import { parsePublishedReport } from "@/lib/report-parser/parse-published-report";
import { buildDistinctReport } from "@/lib/report-parser/testdata/distinct-report";
import { listBrokenPromises, listByStatus } from "@/lib/report-parser/testdata/expect-cells";
import { renderReportHtml } from "@/lib/report-parser/testdata/render-html";
import { renderReportText } from "@/lib/report-parser/testdata/render-text";
import { MADE_UP_FIRST_YEAR, madeUpFormat } from "./made-up-format";

const format = registerFormat(madeUpFormat);
const EXTRA_ROW = "applications.3.6.4";

function consistentReport(seed = 3): Report {
  return buildConsistentReport({ format, seed, year: MADE_UP_FIRST_YEAR + 1, agencyName: "虚构市测试局" });
}

function printed(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? `${value.value}${value.unit}` : String(value);
}

describe("the registry", () => {
  it("holds the made-up format beside the official ones and gives it its years", () => {
    expect(listFormatKeys()).toEqual(["2019", "2021", "2090"]);
    expect(parseFormatKey("2090")).toBe(format);
    expect(formatForYear(2089)).toBe("2021");
    expect(formatForYear(2090)).toBe(format);
    expect(() => parseFormatKey("2091")).toThrow('未知的报告格式 "2091"（已知格式：2019、2021、2090）');
    expect(registerFormat(madeUpFormat)).toBe(format);
    expect(() => registerFormat({ ...madeUpFormat })).toThrow("already registered");
  });

  it("derives cells and labels from the declaration: the extra row, the renamed column, the extra table", () => {
    const keys = listCellKeys(format);
    expect(keys).toContain(`${EXTRA_ROW}.citizen`);
    expect(keys).toContain("art20_7.emergency_plans.drills");
    expect(keys.some((key) => key.endsWith(".natural"))).toBe(false);
    expect(labelCell(format, `${EXTRA_ROW}.citizen`)).toBe("（六）其他处理·4.申请人主动撤回申请·公民个人");
    expect(getKeyFiguresOutline(format).applicants.map((applicant) => applicant.label)).toContain("公民个人");
    expect(getKeyFiguresOutline(format).outcomes.at(-1)?.rows).toContain("3.6.4");
  });
});

describe("validateReport on the made-up format", () => {
  it("passes a consistent report and counts the extra row in （七）总计 and in the balance", () => {
    const report = consistentReport();
    expect(validateReport(report).violations).toEqual([]);
    const row = report.tables.applications?.["3.6.4"];
    if (!row) throw new Error("no extra row");
    row.citizen = Number(row.citizen) + 1;
    const rules = validateReport(report).violations.map((violation) => `${violation.rule} ${violation.cells[0]}`);
    expect(rules).toContain(`applications.row-total ${EXTRA_ROW}.total`);
    expect(rules).toContain("applications.result-total applications.3.7.citizen");
  });

  it("refuses a blank cell of the extra table", () => {
    const report = consistentReport();
    report.tables.art20_7!.emergency_plans!.drills = null;
    expect(validateReport(report).violations.map((violation) => violation.cells[0])).toEqual([
      "art20_7.emergency_plans.drills",
    ]);
  });
});

describe("the public page of a made-up report", () => {
  it("prints every cell, the extra table's band, the renamed column and the extra row", async () => {
    const report = consistentReport();
    const html = await renderToHtml(createElement(ReportDocument, { report }));
    expect(html.match(/data-cell="/g)).toHaveLength(listCellKeys(format).length);
    for (const text of ["第二十条第（七）项", "突发公共事件应急预案", "公民个人", "4.申请人主动撤回申请"])
      expect(html).toContain(text);
    const value = report.tables.applications?.["3.6.4"]?.citizen;
    expect(html).toContain(`<td data-cell="${EXTRA_ROW}.citizen">${value}</td>`);
  });
});

describe("the exports of a made-up report", () => {
  const report = buildDistinctReport(format);
  const meta = { agencyName: report.agency.name };

  it("writes a .docx whose tables hold every cell", async () => {
    const { value } = await mammoth.convertToHtml({ buffer: await renderReportDocx(report, meta) });
    const $ = load(value);
    const cells = $("td, th")
      .toArray()
      .map((cell) => $(cell).text().trim());
    expect($("table")).toHaveLength(listTables(format).length);
    expect(cells).toContain("第二十条第（七）项");
    expect(cells).toContain("公民个人");
    for (const definition of listCellDefinitions(format))
      expect(cells, definition.key).toContain(
        printed(report.tables[definition.table]?.[definition.row]?.[definition.column]),
      );
  });

  it("writes an .xlsx with a sheet for the extra table and every figure", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report, meta)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("第二十条第（七）项");
    expect(sheet?.getRow(4).values).toEqual([
      undefined,
      "突发公共事件应急预案",
      report.tables.art20_7?.emergency_plans?.issued,
      report.tables.art20_7?.emergency_plans?.drills,
    ]);
    const numbers = new Set<string>();
    workbook.eachSheet((each) => each.eachRow((row) => row.eachCell((cell) => void numbers.add(String(cell.value)))));
    for (const definition of listCellDefinitions(format)) {
      const value = report.tables[definition.table]?.[definition.row]?.[definition.column];
      expect(numbers, definition.key).toContain(typeof value === "object" && value ? value.value : String(value));
    }
  });

  it("writes a CSV line per cell with its label", () => {
    const lines = renderReportCsv([report]).split("\r\n");
    const value = report.tables.applications?.["3.6.4"]?.citizen;
    expect(lines).toContain(
      `${report.year},${report.agency.name},2090,agency,applications,3.6.4,citizen,（六）其他处理·4.申请人主动撤回申请·公民个人,${value},`,
    );
    expect(lines.filter((line) => line.includes(",2090,agency,") && !line.includes(",texts,"))).toHaveLength(
      listCellKeys(format).length,
    );
  });

  it("writes interchange JSON that parses back to the same report", () => {
    const text = renderReportJson(report);
    expect(parseReportJson(text)).toEqual({ ok: true, report });
    expect(JSON.parse(text).tables.art20_7).toEqual(report.tables.art20_7);
  });
});

describe("the JSON Schema with the made-up format registered", () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(buildReportJsonSchema());

  it("accepts a made-up report and refuses one with an official format's column", () => {
    const report = consistentReport();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const wrong = structuredClone(report);
    wrong.tables.applications!["1"] = { ...wrong.tables.applications!["1"], natural: 1 };
    expect(validate(wrong)).toBe(false);
    expect(parseReport(wrong)).toMatchObject({ ok: false, message: "未知的键 tables.applications.1.natural" });
  });

  it("still accepts the official formats' reports", () => {
    for (const official of ["2019", "2021"] as const)
      expect(validate(buildConsistentReport({ format: official, seed: 5 })), official).toBe(true);
  });
});

describe("the parser reading a made-up report", () => {
  const report = buildDistinctReport(format);
  const renderings: readonly [string, () => Promise<ReturnType<typeof parsePublishedReport>>][] = [
    ["text", async () => parsePublishedReport({ kind: "text", content: renderReportText(report, "grid") })],
    [
      "text, one cell per printed cell",
      async () => parsePublishedReport({ kind: "text", content: renderReportText(report, "browser") }),
    ],
    ["HTML", async () => parsePublishedReport({ kind: "html", content: renderReportHtml(report) })],
    [
      "our own .docx export",
      async () => parsePublishedDocx(await renderReportDocx(report, { agencyName: report.agency.name })),
    ],
  ];

  it.each(renderings)("reads every cell back from %s, none wrong", async (_, parse) => {
    const result = await parse();
    expect(result.format).toBe(format);
    expect(listBrokenPromises(result, report)).toEqual([]);
    expect(listByStatus(result, "found")).toHaveLength(listCellKeys(format).length);
    expect(result.problems).toEqual([]);
    expect(result.report).toEqual(report);
  });
});
