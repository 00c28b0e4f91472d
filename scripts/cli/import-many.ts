// `import-many [--dry-run] [--accept-similar] [--create-missing --parent CODE] [--move-established]
// [--json] DIR|FILE.zip`: imports every published report of a folder (and its subfolders) or a zip
// as published historical reports, with the date printed on each. Each file is read, matched to an
// agency by name (current and former names, the same similarity as the admin import page), and
// imported all or nothing. An agency whose name is only similar is used with --accept-similar; a
// report whose agency matches none creates it under --parent with --create-missing. --dry-run does
// everything in a transaction that is rolled back. Progress on stderr, one line per file on stdout.
// Exit 0 when every file was (or would be) imported, 1 when any was not, 2 for bad arguments or an
// archive refused as a whole.
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { describeMegabytes, MAX_FILE_BYTES } from "@/lib/report-parser/file-limits";
import { db, disconnectDb } from "@/lib/server/db";
import { importReadReport, type ImportTarget } from "@/lib/server/imports/import-read-report";
import { PROPOSE_SCORE } from "@/lib/server/imports/agency-match-scores";
import { matchAgency } from "@/lib/server/imports/match-agency";
import { listAllImportAgencies, type ImportAgency } from "@/lib/server/imports/preview-report-upload";
import { readReportUpload } from "@/lib/server/imports/read-report-upload";
import { suggestNewAgency } from "@/lib/server/imports/suggest-new-agency";
import { connectCliDatabase } from "../lib/cli-database";
import { UsageError, type CliCommand } from "./command";
import { listReportSources, type ReportSource } from "./report-sources";

type Options = {
  dryRun: boolean;
  acceptSimilar: boolean;
  createMissing: boolean;
  moveEstablished: boolean;
  parentId: string | null;
};

type Outcome = {
  file: string;
  status: "imported" | "would-import" | "failed";
  message: string;
  printedAgency: string | null;
  agency: string | null;
  match: string | null;
  year: number | null;
  published: string | null;
  cells: { found: number; guessed: number; missing: number } | null;
};

function parseOptions(args: string[]): {
  options: Omit<Options, "parentId">;
  parent?: string;
  json: boolean;
  input: string;
} {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: {
        "dry-run": { type: "boolean" },
        "accept-similar": { type: "boolean" },
        "create-missing": { type: "boolean" },
        parent: { type: "string" },
        "move-established": { type: "boolean" },
        json: { type: "boolean" },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0) throw new UsageError("需要一个文件夹或 .zip 压缩包 / expects exactly one DIR or ZIP");
  if (values["create-missing"] && !values.parent)
    throw new UsageError("--create-missing 需要 --parent 上级人民政府的代码 / --create-missing needs --parent CODE");
  return {
    input,
    json: Boolean(values.json),
    parent: values.parent as string | undefined,
    options: {
      dryRun: Boolean(values["dry-run"]),
      acceptSimilar: Boolean(values["accept-similar"]),
      createMissing: Boolean(values["create-missing"]),
      moveEstablished: Boolean(values["move-established"]),
    },
  };
}

/** The agency the file goes to, or why none (with the flag that would allow it). */
function chooseTarget(
  printed: string | null,
  kind: "agency" | "summary" | null,
  agencies: readonly ImportAgency[],
  options: Options,
): { target: ImportTarget; match: string } | { refused: string; match: string | null } {
  if (!printed) return { refused: "原文中没有机构名称", match: null };
  const { matches, confidence } = matchAgency(printed, agencies);
  const best = matches[0];
  const percent = best ? `${Math.round(best.score * 100)}%` : "";
  if (best && confidence === "exact")
    return { target: { agencyId: best.agencyId }, match: best.matchedName === best.name ? "名称一致" : "与曾用名一致" };
  if (best && confidence === "similar") {
    if (options.acceptSimilar) return { target: { agencyId: best.agencyId }, match: `相近 ${percent}` };
    return {
      refused: `机构名称只是相近：最相近的是“${best.name}”（相似度 ${percent}）；核对无误后加 --accept-similar 导入`,
      match: `相近 ${percent}`,
    };
  }
  if (best && best.score >= PROPOSE_SCORE)
    return {
      refused: `有多个相近的机构（${matches
        .filter((match) => match.score >= PROPOSE_SCORE)
        .map((match) => match.name)
        .join("、")}），无法确定；请在导入页面上选择`,
      match: "不确定",
    };
  if (options.createMissing && options.parentId) {
    const { name, kind: agencyKind, level } = suggestNewAgency(printed, kind);
    return { target: { newAgency: { name, kind: agencyKind, level, parentId: options.parentId } }, match: "新建" };
  }
  return { refused: `没有名称相近的机构；加 --create-missing --parent 代码 新建“${printed}”`, match: "无" };
}

async function importOne(source: ReportSource, agencies: ImportAgency[], options: Options): Promise<Outcome> {
  if (source.size > MAX_FILE_BYTES)
    return {
      file: source.name,
      status: "failed",
      message: `文件有 ${describeMegabytes(source.size)}，超过 ${describeMegabytes(MAX_FILE_BYTES)} 的上限：年度报告不会这么大，没有读取`,
      printedAgency: null,
      agency: null,
      match: null,
      year: null,
      published: null,
      cells: null,
    };
  const { preview, report } = await readReportUpload({ name: basename(source.name), bytes: source.read() });
  const count = (status: string) => preview.cells.filter((cell) => cell.status === status).length;
  const published = preview.metadata.find((field) => field.label === "发布日期")?.value ?? null;
  const base = {
    file: source.name,
    printedAgency: preview.agencyName,
    agency: null,
    match: null,
    year: preview.year,
    published,
    cells: preview.cells.length
      ? { found: count("found"), guessed: count("guessed"), missing: count("missing") }
      : null,
  };
  if (preview.blocked || !report) return { ...base, status: "failed", message: preview.blocked ?? "报告无法读取" };
  const chosen = chooseTarget(preview.agencyName, preview.kind, agencies, options);
  if ("refused" in chosen) return { ...base, status: "failed", message: chosen.refused, match: chosen.match };
  const result = await importReadReport(report, chosen.target, {
    publishedOn: published && /^\d{4}-\d{2}-\d{2}$/u.test(published) ? published : undefined,
    moveEstablishment: options.moveEstablished,
    actorId: null,
    source: `cli:${source.name}`,
    allowedAgencyIds: null,
    dryRun: options.dryRun,
  });
  if (!result.ok)
    return {
      ...base,
      match: chosen.match,
      status: "failed",
      message: `${result.message}${result.needsMove ? "（命令行：加 --move-established）" : ""}`,
    };
  if (result.agencyCreated && !options.dryRun)
    agencies.push({
      id: result.agencyId,
      name: result.agencyName,
      formerNames: [],
      kind: "newAgency" in chosen.target ? chosen.target.newAgency.kind : "DEPARTMENT",
      level: "newAgency" in chosen.target ? chosen.target.newAgency.level : null,
      active: true,
      establishedOn: null,
    });
  const created = result.agencyCreated ? `，新建机构（代码 ${result.agencyCode}）` : "";
  return {
    ...base,
    agency: result.agencyName,
    match: chosen.match,
    status: options.dryRun ? "would-import" : "imported",
    message: `${options.dryRun ? "可以导入" : "已导入"}${created}`,
  };
}

function formatTable(outcomes: readonly Outcome[]): string[] {
  const header = ["文件", "结果", "原文机构", "导入到", "匹配", "年度", "发布日期", "找到/推测/缺失"];
  const rows = outcomes.map((outcome) => [
    outcome.file,
    outcome.status === "failed" ? `✗ ${outcome.message}` : `✓ ${outcome.message}`,
    outcome.printedAgency ?? "—",
    outcome.agency ?? "—",
    outcome.match ?? "—",
    outcome.year === null ? "—" : String(outcome.year),
    outcome.published ?? "—",
    outcome.cells ? `${outcome.cells.found}/${outcome.cells.guessed}/${outcome.cells.missing}` : "—",
  ]);
  return [header, ...rows].map((row) => row.join("\t"));
}

export const command: CliCommand = {
  usage:
    "import-many [--dry-run] [--accept-similar] [--create-missing --parent 代码] [--move-established] [--json] 文件夹|压缩包.zip",
  async run(args) {
    const { input, json, parent, options: flags } = parseOptions(args);
    const sources = listReportSources(input);
    if ("refused" in sources) {
      console.error(sources.refused);
      return 2;
    }
    const database = await connectCliDatabase();
    const outcomes: Outcome[] = [];
    try {
      let parentId: string | null = null;
      if (parent) {
        const government = await db.agency.findUnique({ where: { code: parent }, select: { id: true, kind: true } });
        if (government?.kind !== "GOVERNMENT") {
          console.error(`--parent ${parent}：没有这个代码的人民政府`);
          return 2;
        }
        parentId = government.id;
      }
      const options: Options = { ...flags, parentId };
      const agencies = (await listAllImportAgencies()).filter((agency) => agency.active);
      for (const [index, source] of sources.entries()) {
        console.error(`[${index + 1}/${sources.length}] ${source.name}：读取中…`);
        const outcome = await importOne(source, agencies, options);
        outcomes.push(outcome);
        console.error(
          `[${index + 1}/${sources.length}] ${source.name}：${outcome.status === "failed" ? "✗" : "✓"} ${outcome.message}`,
        );
      }
    } finally {
      await disconnectDb();
      await database.close();
    }
    if (json) console.log(JSON.stringify(outcomes, null, 2));
    else for (const line of formatTable(outcomes)) console.log(line);
    const done = outcomes.filter((outcome) => outcome.status !== "failed").length;
    console.error(
      `共 ${outcomes.length} 个文件：${flags.dryRun ? `可以导入 ${done} 份（试运行，没有写入任何内容）` : `已导入 ${done} 份`}，${outcomes.length - done} 份未导入`,
    );
    return done === outcomes.length ? 0 : 1;
  },
};
