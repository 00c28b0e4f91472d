// `validate [--json] [--previous LAST_YEAR.json] FILE`: checks an interchange file against every
// rule of its format. Exit 0 when there is no error, 1 when there are errors, 2 when the file is
// not a report (or the arguments are wrong).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  decodeReportFile,
  parseReportJson,
  validateReport,
  type Report,
  type ValidationResult,
} from "@/lib/report-format";
import { UsageError, type CliCommand } from "./command";

class NotAReportError extends Error {}

function loadReport(file: string): Report {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NotAReportError(
      code === "ENOENT" ? `${file}：找不到文件` : `${file}：无法读取（${code ?? String(error)}）`,
    );
  }
  const decoded = decodeReportFile(bytes);
  if (!decoded.ok) throw new NotAReportError(`${file}：${decoded.message}`);
  const parsed = parseReportJson(decoded.text);
  if (!parsed.ok) throw new NotAReportError(`${file} 不是有效的报告文件：\n${parsed.message}`);
  return parsed.report;
}

function printReadably(report: Report, result: ValidationResult): void {
  for (const violation of result.violations) {
    const level = violation.level === "error" ? "错误" : "警告";
    console.log(`${level} ${violation.cells[0] ?? ""} [${violation.rule}]\n    ${violation.message}`);
  }
  const verdict = result.ok ? "通过" : "未通过";
  console.log(
    `${report.agency.name} ${report.year} 年度报告（格式 ${report.format}）：${verdict}，${result.errors} 个错误，${result.warnings} 个警告`,
  );
}

export const command: CliCommand = {
  usage: "validate [--json] [--previous 上一年度报告.json] 报告.json",
  async run(args) {
    let values: { json?: boolean; previous?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: { json: { type: "boolean" }, previous: { type: "string" } },
        allowPositionals: true,
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError("需要一个报告文件 / expects exactly one FILE");

    let report: Report;
    let previous: Report | undefined;
    try {
      report = loadReport(file);
      previous = values.previous === undefined ? undefined : loadReport(values.previous);
    } catch (error) {
      if (!(error instanceof NotAReportError)) throw error;
      console.error(error.message);
      return 2;
    }
    if (previous && previous.year !== report.year - 1) {
      console.error(`${values.previous} 是 ${previous.year} 年度的报告，上一年度应为 ${report.year - 1} 年度`);
      return 2;
    }

    const result = validateReport(report, { previous });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else printReadably(report, result);
    return result.ok ? 0 : 1;
  },
};
