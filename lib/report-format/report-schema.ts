// The interchange JSON (docs/interchange.md) as a zod schema derived from the format
// declarations, and parsing with messages that say where a file is wrong.
import { z } from "zod";
import { getCompiledFormat } from "./compile-format";
import { listLeafColumns, listLeafRows } from "./declaration-tree";
import {
  describeFormatYears,
  formatForYear,
  getFormatYears,
  isFormatKey,
  listFormatKeys,
  listFormats,
} from "./format-registry";
import { locateJsonError } from "./locate-json-error";
import {
  REPORT_SCHEMA_ID,
  type ColumnDefinition,
  type FormatDefinition,
  type Report,
  type TableDefinition,
} from "./types";

// Shapes only: whether a number fits its cell (negative count, too many decimals …) is the
// validator's `cell.invalid`, so that such a file still opens and the clerk sees which cell.
// The ids name the shared pieces in the generated JSON Schema's $defs.
const integerCellSchema = z
  .int()
  .nullable()
  .meta({ id: "integerCell", description: "count or signed cell; null or absent is blank" })
  .optional();

function cellSchema(column: ColumnDefinition) {
  if (column.type !== "money") return integerCellSchema;
  const units = column.units ?? [];
  if (units.length === 1)
    return z.string().nullable().optional().describe(`decimal string in ${units[0]}; null or absent is blank`);
  return z
    .strictObject({ value: z.string().describe("decimal string"), unit: z.enum(units) })
    .nullable()
    .optional()
    .describe("amount with its unit; null or absent is blank");
}

function tableSchema(format: string, table: TableDefinition) {
  const columns = listLeafColumns(table.columns);
  const rowSchema = z
    .strictObject(Object.fromEntries(columns.map((column) => [column.key, cellSchema(column)])))
    .meta({ id: `row-${format}-${table.key}` });
  return z
    .strictObject(Object.fromEntries(listLeafRows(table.rows).map(({ row }) => [row.key, rowSchema.optional()])))
    .optional();
}

function formatSchema(format: FormatDefinition) {
  const tables = format.sections.flatMap((section) =>
    section.content.kind === "tables" ? section.content.tables : [],
  );
  const texts = format.sections.filter((section) => section.content.kind === "text");
  const years = getFormatYears(format.key);
  const year = years.to === undefined ? z.int().min(years.from) : z.int().min(years.from).max(years.to);
  return z.strictObject({
    schema: z.literal(REPORT_SCHEMA_ID),
    format: z.literal(format.key),
    year,
    kind: z.enum(["agency", "summary"]),
    agency: z.strictObject({ name: z.string().min(1), region: z.string().optional() }),
    texts: z.strictObject(Object.fromEntries(texts.map((section) => [section.key, z.string().optional()]))),
    tables: z.strictObject(Object.fromEntries(tables.map((table) => [table.key, tableSchema(format.key, table)]))),
  });
}

let built: { formats: readonly FormatDefinition[]; schema: z.ZodType<Report> } | null = null;

/** One report in the interchange JSON, in any registered format; unknown keys are errors. */
export function getReportSchema(): z.ZodType<Report> {
  const formats = listFormats();
  if (built?.formats !== formats) {
    const [first, ...rest] = formats.map(formatSchema);
    if (!first) throw new Error("No report format is registered");
    built = { formats, schema: z.discriminatedUnion("format", [first, ...rest]) as unknown as z.ZodType<Report> };
  }
  return built.schema;
}

export interface ReportIssue {
  /** "tables.applications.3.7.natural", "" for the whole file. */
  path: string;
  message: string;
}

export type ParseReportResult = { ok: true; report: Report } | { ok: false; message: string; issues: ReportIssue[] };

const MAX_ISSUES_SHOWN = 10;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "数组";
  if (typeof value === "object") return "对象";
  if (typeof value === "string")
    return `字符串 ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (typeof value === "number") return Number.isInteger(value) ? `整数 ${value}` : `小数 ${value}`;
  return `${typeof value === "boolean" ? "布尔值" : "值"} ${String(value)}`;
}

const expectedNames: Readonly<Record<string, string>> = {
  string: "字符串",
  int: "整数",
  number: "数",
  object: "对象",
  array: "数组",
  boolean: "布尔值",
  null: "null",
};

/** What a cell at `path` must hold, named after its declared type. */
function describeCellShape(data: unknown, path: readonly PropertyKey[]): string | null {
  const format = valueAt(data, ["format"]);
  if (path[0] !== "tables" || path.length !== 4 || !isFormatKey(format)) return null;
  const cell = getCompiledFormat(format).cellsByKey.get(path.slice(1, 4).join("."));
  if (!cell) return null;
  if (cell.type !== "money") return "整数或 null";
  if (cell.units?.length === 1) return `小数字符串（如 "24252.311082"，单位${cell.units[0]}）或 null`;
  return `{ "value": 小数字符串, "unit": ${(cell.units ?? []).map((unit) => `"${unit}"`).join(" 或 ")} } 或 null`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): ReportIssue[] {
  const path = issue.path.map(String).join(".");
  const value = valueAt(data, issue.path);
  const where = path || "文件内容";
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: `未知的键 ${path ? `${path}.${key}` : key}`,
      }));
    case "invalid_type": {
      if (value === undefined) return [{ path, message: `缺少 ${path}` }];
      const shape =
        describeCellShape(data, issue.path) ??
        (path === "" ? "一个 JSON 对象" : (expectedNames[issue.expected] ?? issue.expected));
      return [{ path, message: `${where} 应为${shape}，实为${describeJsonValue(value)}` }];
    }
    case "invalid_union":
    case "invalid_value": {
      if (value === undefined) return [{ path, message: `缺少 ${path}` }];
      const allowed = issue.code === "invalid_value" ? issue.values : listFormatKeys();
      return [
        {
          path,
          message: `${where} 应为 ${allowed.map((item) => JSON.stringify(item)).join(" 或 ")}，实为${describeJsonValue(value)}`,
        },
      ];
    }
    case "too_big":
    case "too_small": {
      const format = valueAt(data, ["format"]);
      if (path === "year" && typeof value === "number" && isFormatKey(format)) {
        const proper = formatForYear(value);
        const advice = proper ? `，${value} 年度的报告应使用格式 ${proper}` : `，${value} 年度不在支持范围内`;
        return [{ path, message: `格式 ${format} 只用于 ${describeFormatYears(format)}的报告${advice}` }];
      }
      if (typeof value === "string") return [{ path, message: `${where} 不能为空` }];
      return [{ path, message: `${where} 的数值过大：${describeJsonValue(value)}` }];
    }
    default:
      return [{ path, message: `${where}：${issue.message}` }];
  }
}

function summarise(issues: ReportIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => issue.message);
  if (issues.length > MAX_ISSUES_SHOWN) shown.push(`另有 ${issues.length - MAX_ISSUES_SHOWN} 处错误`);
  return shown.join("\n");
}

/** Checks already-parsed JSON against the interchange schema. */
export function parseReport(data: unknown): ParseReportResult {
  const parsed = getReportSchema().safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issues = parsed.error.issues.flatMap((issue) => describeIssue(issue, data));
  return { ok: false, message: summarise(issues), issues };
}

/** Parses the text of an interchange file: bad JSON is reported with its line and column. */
export function parseReportJson(text: string): ParseReportResult {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(withoutBom);
  } catch {
    const location = locateJsonError(withoutBom);
    const where = location ? `第 ${location.line} 行第 ${location.column} 列${location.problem}` : "无法解析";
    const message = withoutBom.trim() === "" ? "文件是空的，不是 JSON" : `不是有效的 JSON：${where}`;
    return { ok: false, message, issues: [{ path: "", message }] };
  }
  return parseReport(data);
}
