// `parse [--out 报告.json] [--year 年度] [--agency 机关名称] [--region 地区] [--kind agency|summary] FILE`:
// reads a published report (.pdf, .doc, .docx, .html/.htm, .md, .txt in any shape) into an interchange
// report, prints what was found, guessed and missing, and runs the validator on it (a real report
// may be inconsistent: its violations are reported, not fixed). Exit 0 when the file was read as
// a report (violations or not), 2 when it is not one (or the arguments are wrong).
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  formatCellValue,
  getCellDefinition,
  getFormat,
  validateReport,
  type CellValue,
  type Report,
  type ReportKind,
  type ValidationResult,
} from "@/lib/report-format";
import { describeSource, type CellReading, type ParseOptions, type ParseResult } from "@/lib/report-parser";
import { MAX_FILE_BYTES, parsePublishedFile, UnreadableFileError } from "@/lib/report-parser/parse-published-file";
import { UsageError, type CliCommand } from "./command";

const KINDS: Readonly<Record<string, ReportKind>> = { agency: "agency", summary: "summary" };
const STATUS_WORDS = { found: "找到", guessed: "猜测", missing: "缺失" } as const;

class NotAReportError extends Error {}

async function parseFile(file: string, options: ParseOptions): Promise<ParseResult> {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES)
      throw new NotAReportError(
        `${file}：文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，没有读取`,
      );
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof NotAReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new NotAReportError(
      code === "ENOENT" ? `${file}：找不到文件` : `${file}：无法读取（${code ?? String(error)}）`,
    );
  }
  try {
    return await parsePublishedFile(basename(file), bytes, options);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new NotAReportError(`${file}：${error.message}`);
    throw error;
  }
}

function formatValue(value: CellValue): string {
  return value === null ? "空" : formatCellValue(value);
}

function describeCell(format: Report["format"], key: string, reading: CellReading): string {
  const label = getCellDefinition(format, key)?.label ?? key;
  const where = reading.source
    ? `，${describeSource(reading.source)}${reading.raw === null ? "" : `“${reading.raw}”`}`
    : "";
  const value = reading.status === "missing" ? "" : ` = ${formatValue(reading.value)}`;
  return `  ${STATUS_WORDS[reading.status]} ${key}（${label}）${value}${where}${reading.note ? `：${reading.note}` : ""}`;
}

function summarise(result: ParseResult, report: Report): string[] {
  const { agency, region, year, kind, title, published, sourceAddress } = result.fields;
  const field = (name: string, shown: string | null, reading: { status: keyof typeof STATUS_WORDS; note?: string }) => {
    const remarks = [reading.status === "found" ? "" : STATUS_WORDS[reading.status], reading.note ?? ""]
      .filter(Boolean)
      .join("：");
    return `  ${name}：${shown ?? "（无）"}${remarks ? `（${remarks}）` : ""}`;
  };
  const readings = Object.entries(result.cells);
  const counts = (status: keyof typeof STATUS_WORDS) =>
    readings.filter(([, reading]) => reading.status === status).length;
  const lines = [
    `${report.agency.name} ${report.year} 年度报告（格式 ${report.format}）`,
    field("机关", agency.value, agency),
    field("地区", region.value, region),
    field("年度", year.value === null ? null : String(year.value), year),
    field("类型", kind.value === "summary" ? "本级政府汇总报告" : "本机关年度报告", kind),
    field("标题", title.value, title),
    field("发布日期", published.value, published),
    field("来源网址", sourceAddress.value, sourceAddress),
    `表格：共 ${readings.length} 格，找到 ${counts("found")}，猜测 ${counts("guessed")}，缺失 ${counts("missing")}`,
    ...readings
      .filter(([, reading]) => reading.status !== "found")
      .map(([key, reading]) => describeCell(report.format, key, reading)),
    "文字：",
    ...(["overview", "problems", "other"] as const).map((key) => {
      const text = result.texts[key];
      const size = text.value === null ? "缺失" : `${text.value.split("\n\n").length} 段`;
      const heading = getFormat(report.format).sections.find((section) => section.key === key)?.heading ?? key;
      return `  ${heading}：${size}${text.note ? `（${text.note}）` : ""}`;
    }),
  ];
  if (result.problems.length > 0) lines.push("问题：", ...result.problems.map((problem) => `  - ${problem}`));
  return lines;
}

function describeValidation(result: ValidationResult): string[] {
  const verdict = result.ok ? "通过" : "未通过";
  return [
    `校验：${verdict}，${result.errors} 个错误，${result.warnings} 个警告`,
    ...result.violations.map(
      (violation) =>
        `  ${violation.level === "error" ? "错误" : "警告"} ${violation.cells[0] ?? ""} [${violation.rule}] ${violation.message}`,
    ),
  ];
}

function readOptions(values: { year?: string; agency?: string; region?: string; kind?: string }): ParseOptions {
  const options: ParseOptions = {};
  if (values.year !== undefined) {
    if (!/^\d{4}$/u.test(values.year)) throw new UsageError(`--year 应为四位数的年度，不是“${values.year}”`);
    options.year = Number(values.year);
  }
  if (values.kind !== undefined) {
    const kind = KINDS[values.kind];
    if (!kind) throw new UsageError(`--kind 只能是 agency 或 summary，不是“${values.kind}”`);
    options.kind = kind;
  }
  if (values.agency) options.agencyName = values.agency;
  if (values.region) options.region = values.region;
  return options;
}

export const command: CliCommand = {
  usage:
    "parse [--out 报告.json] [--year 年度] [--agency 机关名称] [--region 地区] [--kind agency|summary] 年度报告.pdf|.doc|.docx|.html|.htm|.md|.txt",
  async run(args) {
    let values: { out?: string; year?: string; agency?: string; region?: string; kind?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: {
          out: { type: "string" },
          year: { type: "string" },
          agency: { type: "string" },
          region: { type: "string" },
          kind: { type: "string" },
        },
        allowPositionals: true,
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError("需要一个年度报告文件 / expects exactly one FILE");
    const options = readOptions(values);

    let result: ParseResult;
    try {
      result = await parseFile(file, options);
    } catch (error) {
      if (!(error instanceof NotAReportError)) throw error;
      console.error(error.message);
      return 2;
    }
    const { report } = result;
    if (!report) {
      console.error([`${file} 没有读出年度报告：`, ...result.problems.map((problem) => `  - ${problem}`)].join("\n"));
      return 2;
    }

    const json = `${JSON.stringify(report, null, 2)}\n`;
    // The JSON alone on stdout (for a pipe); everything for people on stderr then.
    const say = values.out === undefined ? (line: string) => console.error(line) : (line: string) => console.log(line);
    if (values.out === undefined) process.stdout.write(json);
    else writeFileSync(values.out, json);
    for (const line of [...summarise(result, report), ...describeValidation(validateReport(report))]) say(line);
    if (values.out !== undefined) say(`已写入 ${values.out}`);
    return 0;
  },
};
