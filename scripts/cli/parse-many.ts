// `parse-many [--out DIR] [--json] DIR|FILE.zip`: reads every published report in a folder (and its
// subfolders) or a zip archive, showing progress on stderr, and prints one line per file on stdout:
// whether it was read as a report, the agency, year, format, kind, publication date and how many
// cells were found, guessed and missing. With --out, each report read is written as DIR/<file>.json.
// A zip is checked before it is unpacked (entries, sizes, packing ratio: no zip bomb gets through).
// Exit 0 when every file was read as a report, 1 when some were not, 2 for bad arguments or an
// archive refused as a whole.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { MAX_FILE_BYTES, parsePublishedFile, UnreadableFileError } from "@/lib/report-parser/parse-published-file";
import type { ParseResult } from "@/lib/report-parser";
import { UsageError, type CliCommand } from "./command";
import { listReportSources, type ReportSource } from "./report-sources";

type Source = ReportSource;

interface Outcome {
  file: string;
  status: "read" | "not-a-report" | "refused";
  message: string;
  agency: string | null;
  year: number | null;
  format: string | null;
  kind: string | null;
  published: string | null;
  cells: { found: number; guessed: number; missing: number } | null;
}

function describe(file: string, result: ParseResult): Outcome {
  const readings = Object.values(result.cells);
  const count = (status: string) => readings.filter((reading) => reading.status === status).length;
  const base = {
    file,
    agency: result.fields.agency.value,
    year: result.fields.year.value,
    format: result.format,
    kind: result.fields.kind.value,
    published: result.fields.published.value,
  };
  if (!result.report)
    return { ...base, status: "not-a-report", message: `没有读出年度报告：${result.problems[0] ?? ""}`, cells: null };
  return {
    ...base,
    status: "read",
    message: "已读出",
    cells: { found: count("found"), guessed: count("guessed"), missing: count("missing") },
  };
}

async function readOne(source: Source): Promise<{ outcome: Outcome; result: ParseResult | null }> {
  const refused = (message: string) => ({
    outcome: {
      file: source.name,
      status: "refused" as const,
      message: `无法读取：${message}`,
      agency: null,
      year: null,
      format: null,
      kind: null,
      published: null,
      cells: null,
    },
    result: null,
  });
  if (source.size > MAX_FILE_BYTES)
    return refused(
      `文件有 ${(source.size / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限`,
    );
  try {
    const result = await parsePublishedFile(basename(source.name), source.read());
    return { outcome: describe(source.name, result), result };
  } catch (error) {
    if (error instanceof UnreadableFileError) return refused(error.message);
    throw error;
  }
}

function formatTable(outcomes: readonly Outcome[]): string[] {
  const header = ["文件", "结果", "机关", "年度", "格式", "类型", "发布日期", "找到/猜测/缺失"];
  const rows = outcomes.map((outcome) => [
    outcome.file,
    outcome.message,
    outcome.agency ?? "—",
    outcome.year === null ? "—" : String(outcome.year),
    outcome.format ?? "—",
    outcome.kind === "summary" ? "汇总" : outcome.kind === "agency" ? "本机关" : "—",
    outcome.published ?? "—",
    outcome.cells ? `${outcome.cells.found}/${outcome.cells.guessed}/${outcome.cells.missing}` : "—",
  ]);
  return [header, ...rows].map((row) => row.join("\t"));
}

export const command: CliCommand = {
  usage: "parse-many [--out 文件夹] [--json] 文件夹|压缩包.zip",
  async run(args) {
    let values: { out?: string; json?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: { out: { type: "string" }, json: { type: "boolean" } },
        allowPositionals: true,
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const [input, ...extra] = positionals;
    if (!input || extra.length > 0)
      throw new UsageError("需要一个文件夹或 .zip 压缩包 / expects exactly one DIR or ZIP");
    const sources = listReportSources(input);
    if ("refused" in sources) {
      console.error(sources.refused);
      return 2;
    }
    if (values.out !== undefined) mkdirSync(values.out, { recursive: true });
    const outcomes: Outcome[] = [];
    for (const [index, source] of sources.entries()) {
      console.error(`[${index + 1}/${sources.length}] ${source.name}`);
      const { outcome, result } = await readOne(source);
      outcomes.push(outcome);
      if (values.out !== undefined && result?.report) {
        writeFileSync(
          join(values.out, `${source.name.replace(/[\\/]/gu, "__")}.json`),
          `${JSON.stringify(result.report, null, 2)}\n`,
        );
      }
    }
    const read = outcomes.filter((outcome) => outcome.status === "read").length;
    if (values.json) console.log(JSON.stringify(outcomes, null, 2));
    else for (const line of formatTable(outcomes)) console.log(line);
    console.error(
      `共 ${outcomes.length} 个文件：读出 ${read} 份年度报告，${outcomes.length - read} 个没有读出${values.out === undefined ? "" : `；报告 JSON 已写入 ${values.out}`}`,
    );
    return read === outcomes.length ? 0 : 1;
  },
};
