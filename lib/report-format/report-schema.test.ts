import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fixtureJson from "@/prisma/fixtures/benxi-science-bureau-2020.json";
import { buildReportJsonSchema } from "./json-schema";
import { locateJsonError } from "./locate-json-error";
import { parseReport, parseReportJson } from "./report-schema";
import { buildConsistentReport } from "./testing";

const fixtureText = JSON.stringify(fixtureJson, null, 2);

function messageOf(data: unknown): string {
  const result = parseReport(data);
  if (result.ok) throw new Error("accepted");
  return result.message;
}

const REMOVE = Symbol("remove");

/** The fixture with the value at `path` replaced (or removed). */
function edited(path: string, value: unknown): unknown {
  const copy: unknown = structuredClone(fixtureJson);
  const keys = path.split("/");
  const last = keys.pop() ?? "";
  let target = copy as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === REMOVE) delete target[last];
  else target[last] = value;
  return copy;
}

function jsonMessageOf(text: string): string {
  const result = parseReportJson(text);
  return result.ok ? "accepted" : result.message;
}

describe("parseReportJson", () => {
  it("accepts the fixture and generated reports of both formats", () => {
    const parsed = parseReportJson(fixtureText);
    expect(parsed.ok && parsed.report.agency.name).toBe("本溪市科学技术局");
    for (const format of ["2019", "2021"] as const) {
      const report = buildConsistentReport({ format, seed: 9 });
      expect(parseReportJson(JSON.stringify(report))).toEqual({ ok: true, report });
    }
  });

  it("accepts a byte-order mark, blanks as null or missing, and a missing region", () => {
    expect(parseReportJson(`\ufeff${fixtureText}`).ok).toBe(true);
    for (const [path, value] of [
      ["tables/applications/1/natural", null],
      ["tables/applications/2", REMOVE],
      ["tables/art20_9", REMOVE],
      ["agency/region", REMOVE],
      ["texts/other", REMOVE],
    ] as const) {
      expect(parseReport(edited(path, value)).ok).toBe(true);
    }
  });

  it("reports bad JSON with its line and column", () => {
    const broken = fixtureText.replace('"year": 2020,', '"year": 2020,,');
    const result = parseReportJson(broken);
    const before = broken.slice(0, broken.indexOf(",,") + 1);
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    expect(result).toMatchObject({ ok: false, message: `不是有效的 JSON：第 ${line} 行第 ${column} 列意外的字符 “,”` });
    expect(jsonMessageOf('{"a": 1')).toBe("不是有效的 JSON：第 1 行第 8 列文件意外结束");
    expect(jsonMessageOf("")).toBe("文件是空的，不是 JSON");
  });

  it("names an unknown key with its path", () => {
    expect(messageOf(edited("tables/applications/3.7/subtotal", 0))).toBe("未知的键 tables.applications.3.7.subtotal");
    expect(messageOf(edited("tables/applications/3.6.1", {}))).toBe("未知的键 tables.applications.3.6.1");
    expect(messageOf(edited("comment", "x"))).toBe("未知的键 comment");
  });

  it("names a wrong type with its path and what the cell takes", () => {
    expect(messageOf(edited("tables/applications/1/natural", "3"))).toBe(
      'tables.applications.1.natural 应为整数或 null，实为字符串 "3"',
    );
    expect(messageOf(edited("tables/art20_1/regulations/new_made", 1.5))).toBe(
      "tables.art20_1.regulations.new_made 应为整数或 null，实为小数 1.5",
    );
    expect(messageOf(edited("tables/art20_9/procurement/amount", "5"))).toBe(
      'tables.art20_9.procurement.amount 应为{ "value": 小数字符串, "unit": "元" 或 "万元" } 或 null，实为字符串 "5"',
    );
    expect(messageOf(edited("tables/art20_9/procurement/amount", { value: 5, unit: "元" }))).toBe(
      "tables.art20_9.procurement.amount.value 应为字符串，实为整数 5",
    );
    expect(messageOf(edited("tables/art20_9/procurement/amount/unit", "美元"))).toBe(
      'tables.art20_9.procurement.amount.unit 应为 "元" 或 "万元"，实为字符串 "美元"',
    );
    expect(messageOf(edited("texts/overview", 5))).toBe("texts.overview 应为字符串，实为整数 5");
    expect(messageOf(edited("year", REMOVE))).toBe("缺少 year");
    expect(messageOf([])).toBe("文件内容 应为一个 JSON 对象，实为数组");
    const money2021 = buildConsistentReport({ format: "2021", seed: 1 });
    expect(
      messageOf({ ...money2021, tables: { ...money2021.tables, art20_8: { fees: { amount: 24252.311082 } } } }),
    ).toBe('tables.art20_8.fees.amount 应为小数字符串（如 "24252.311082"，单位万元）或 null，实为小数 24252.311082');
  });

  it("refuses a format that does not fit the year", () => {
    expect(messageOf(edited("year", 2023))).toBe(
      "格式 2019 只用于 2019、2020 年度的报告，2023 年度的报告应使用格式 2021",
    );
    const report2021 = { ...buildConsistentReport({ format: "2021", seed: 1 }), year: 2020 };
    expect(messageOf(report2021)).toBe("格式 2021 只用于 2021 年度及以后的报告，2020 年度的报告应使用格式 2019");
    expect(messageOf(edited("year", 2018))).toBe("格式 2019 只用于 2019、2020 年度的报告，2018 年度不在支持范围内");
    expect(messageOf(edited("format", "2017"))).toBe('format 应为 "2019" 或 "2021"，实为字符串 "2017"');
  });

  it("checks the schema id, the kind and the agency name", () => {
    expect(messageOf(edited("schema", "v2"))).toBe('schema 应为 "gov-info-disclosure-report/v1"，实为字符串 "v2"');
    expect(messageOf(edited("kind", "department"))).toBe('kind 应为 "agency" 或 "summary"，实为字符串 "department"');
    expect(messageOf(edited("agency/name", ""))).toBe("agency.name 不能为空");
  });

  it("lists at most ten problems", () => {
    const many = edited(
      "tables/applications",
      Object.fromEntries(
        Object.entries(fixtureJson.tables.applications).map(([row, cells]) => [row, { ...cells, natural: "x" }]),
      ),
    );
    const result = parseReport(many);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(23);
    expect(result.message.split("\n")).toHaveLength(11);
    expect(result.message).toContain("另有 13 处错误");
  });
});

describe("locateJsonError", () => {
  it.each([
    ["{}", null],
    ['{"a": [1, -2.5e3, true, null, "x\\u0041"]}', null],
    ['{"a": 01}', 7],
    ["[1,]", 3],
    ['{"a" 1}', 5],
    ['"tab\there"', 4],
    ["{} x", 3],
    ["{'a': 1}", 1],
  ])("%j fails at offset %j", (text, offset) => {
    expect(locateJsonError(text)?.offset ?? null).toBe(offset);
    if (offset === null) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });
});

describe("docs/report-v1.schema.json", () => {
  it("is up to date (regenerate with `npx tsx scripts/gen-json-schema.ts`)", () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL("../../docs/report-v1.schema.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(buildReportJsonSchema());
  });

  it("forbids unknown keys and types cells as the interchange says", () => {
    const schema = buildReportJsonSchema() as {
      oneOf: { additionalProperties: boolean }[];
      $defs: Record<string, unknown>;
    };
    expect(schema.oneOf).toHaveLength(2);
    expect(schema.oneOf.every((variant) => variant.additionalProperties === false)).toBe(true);
    expect(schema.$defs.integerCell).toMatchObject({ anyOf: [{ type: "integer" }, { type: "null" }] });
  });
});
