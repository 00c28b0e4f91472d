import { describe, expect, it } from "vitest";
import { getFormat, listCellDefinitions, type Report } from "@/lib/report-format";
import { CSV_COLUMNS, CSV_TEXTS_TABLE, renderReportCsv } from "./report-csv";
import { FEES_AMOUNT, buildDistinctReport2021, buildHostileReport2019, readFixtureReport } from "./test-support";

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      fields.push(field);
      field = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      records.push([...fields, field]);
      fields = [];
      field = "";
      i++;
    } else {
      field += char;
    }
  }
  expect([fields, field]).toEqual([[], ""]);
  return records;
}

type Line = Record<(typeof CSV_COLUMNS)[number], string>;

function readCsv(text: string): Line[] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...records] = parseCsv(text.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  return records.map((record) => {
    expect(record).toHaveLength(CSV_COLUMNS.length);
    return Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, record[index] ?? ""])) as Line;
  });
}

function expectCells(lines: Line[], report: Report) {
  const cells = lines.filter((line) => line.table !== CSV_TEXTS_TABLE);
  const definitions = listCellDefinitions(report.format);
  expect(cells).toHaveLength(definitions.length);
  definitions.forEach((definition, index) => {
    const line = cells[index];
    const stored = report.tables[definition.table]?.[definition.row]?.[definition.column] ?? null;
    expect(line).toMatchObject({
      year: String(report.year),
      agency: report.agency.name,
      format: report.format,
      kind: report.kind,
    });
    expect([line?.table, line?.row, line?.column, line?.label]).toEqual([
      definition.table,
      definition.row,
      definition.column,
      definition.label,
    ]);
    if (stored !== null && typeof stored === "object")
      expect([line?.value, line?.unit]).toEqual([stored.value, stored.unit]);
    else if (typeof stored === "string") expect([line?.value, line?.unit]).toEqual([stored, definition.units?.[0]]);
    else expect([Number(line?.value), line?.unit]).toEqual([stored, ""]);
  });
}

describe("renderReportCsv", () => {
  it("writes every cell of a 2021 report with its official label, money exact with its unit", () => {
    const report = buildDistinctReport2021();
    const lines = readCsv(renderReportCsv([report]));
    expectCells(lines, report);
    expect(lines.find((line) => line.table === "art20_8")).toMatchObject({
      label: "第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）",
      value: FEES_AMOUNT,
      unit: "万元",
    });
    expect(
      lines.find((line) => line.table === "applications" && line.row === "3.3.1" && line.column === "natural")?.label,
    ).toBe("（三）不予公开·1.属于国家秘密·自然人");
  });

  it("puts the texts in format order between the tables, each with its heading, line breaks kept", () => {
    const report = buildDistinctReport2021();
    const lines = readCsv(renderReportCsv([report]));
    const tables = lines
      .map((line) => (line.table === CSV_TEXTS_TABLE ? line.row : line.table))
      .filter((key, index, all) => key !== all[index - 1]);
    expect(tables).toEqual([
      "overview",
      "art20_1",
      "art20_5",
      "art20_6",
      "art20_8",
      "applications",
      "reviews",
      "problems",
      "other",
    ]);
    const overview = lines.find((line) => line.row === "overview");
    expect(overview).toMatchObject({ label: getFormat("2021").sections[0]?.heading, value: report.texts.overview });
  });

  it("writes many reports one after the other, and the figures alone on request", () => {
    const fixture = readFixtureReport();
    const report = buildDistinctReport2021();
    const lines = readCsv(renderReportCsv([fixture, report], { includeTexts: false }));
    expect(lines.some((line) => line.table === CSV_TEXTS_TABLE)).toBe(false);
    const fixtureLines = lines.filter((line) => line.year === "2020");
    expectCells(fixtureLines, fixture);
    expectCells(lines.slice(fixtureLines.length), report);
    expect(
      fixtureLines
        .filter((line) => line.table === "art20_1" && line.row === "normative_docs")
        .map((line) => line.value),
    ).toEqual(["3", "2", "298"]);
  });

  it("neutralises text that a spreadsheet would run as a formula, but keeps a negative 本年增/减 a number", () => {
    const report = buildHostileReport2019();
    const text = renderReportCsv([report]);
    const lines = readCsv(text);
    expect(lines.find((line) => line.row === "overview")?.value).toBe(`'${report.texts.overview}`);
    expect(lines.find((line) => line.row === "problems")?.value).toBe(`'${report.texts.problems}`);
    expect(lines.find((line) => line.row === "other")?.value).toBe("'-2+3");
    expect(lines.every((line) => line.agency === "'+本溪市科学技术局")).toBe(true);
    const change = lines.find(
      (line) => line.table === "art20_5" && line.row === "licensing" && line.column === "change",
    );
    expect(change?.value).toBe("-3");
    expect(text).toContain(",licensing,change,第二十条第（五）项·行政许可·本年增/减,-3,\r\n");
    expect(lines.find((line) => line.column === "amount")).toMatchObject({ value: "73802895.9", unit: "元" });
  });

  it("treats a money cell that is not a decimal as text, neutralised like any other", () => {
    const report = buildDistinctReport2021();
    const fees = report.tables.art20_8?.fees;
    if (fees) fees.amount = "=1+1";
    const lines = readCsv(renderReportCsv([report]));
    expect(lines.find((line) => line.table === "art20_8")?.value).toBe("'=1+1");
  });

  it("writes a blank cell as an empty field, not as 0", () => {
    const report = buildDistinctReport2021();
    const natural = report.tables.applications?.["1"];
    if (natural) natural.natural = null;
    const lines = readCsv(renderReportCsv([report]));
    expect(
      lines.find((line) => line.table === "applications" && line.row === "1" && line.column === "natural")?.value,
    ).toBe("");
  });
});
