// `import [--publish [--published-on YYYY-MM-DD]] [--replace] FILE...`: loads interchange files into
// the database, each file all or nothing. A report older than its agency's recorded set-up day is
// refused with that question; --move-established moves the set-up day back to the report's year. --published-on is the date printed on the published report
// (the interchange file has no such field); it applies to every FILE of the command. Exit 0 when every file was imported, 1 when any was refused, 2 on bad arguments.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { publicationDayToInstant } from "@/lib/publication-date";
import { decodeReportFile, parseReportJson } from "@/lib/report-format";
import { disconnectDb } from "@/lib/server/db";
import { importReport } from "@/lib/server/reports/import-report";
import { connectCliDatabase } from "../lib/cli-database";
import { UsageError, type CliCommand } from "./command";

function readFile(file: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return decodeReportFile(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "ENOENT" ? "找不到文件" : `无法读取（${code ?? String(error)}）` };
  }
}

export const command: CliCommand = {
  usage: "import [--publish [--published-on YYYY-MM-DD]] [--replace] [--move-established] 报告.json ...",
  async run(args) {
    let values: { publish?: boolean; replace?: boolean; "published-on"?: string; "move-established"?: boolean };
    let files: string[];
    try {
      ({ values, positionals: files } = parseArgs({
        args,
        options: {
          publish: { type: "boolean" },
          replace: { type: "boolean" },
          "published-on": { type: "string" },
          "move-established": { type: "boolean" },
        },
        allowPositionals: true,
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (files.length === 0) throw new UsageError("需要至少一个报告文件 / expects at least one FILE");
    const publishedOn = values["published-on"];
    const publishedAt = publishedOn === undefined ? undefined : publicationDayToInstant(publishedOn);
    if (publishedAt === null) throw new UsageError(`--published-on 应为发布日期，如 2021-01-20（收到 ${publishedOn}）`);
    if (publishedAt && !values.publish) throw new UsageError("--published-on 只能与 --publish 一起使用");

    const database = await connectCliDatabase();
    let failures = 0;
    try {
      for (const file of files) {
        const read = readFile(file);
        const parsed = read.ok ? parseReportJson(read.text) : read;
        if (!parsed.ok) {
          failures++;
          console.error(`✗ ${file}：${parsed.message}`);
          continue;
        }
        const result = await importReport(parsed.report, {
          publish: values.publish,
          replace: values.replace,
          publishedAt,
          moveEstablishment: values["move-established"],
          source: file,
        });
        if (!result.ok) {
          failures++;
          console.error(
            `✗ ${file}：${result.message}${result.establishedOn ? "（命令行：加 --move-established）" : ""}`,
          );
          continue;
        }
        const { report } = parsed;
        const notes = [
          result.agencyCreated && `新建机构，代码 ${result.agencyCode}`,
          result.replaced && "已覆盖原报告",
          values.publish && (publishedOn ? `已发布，发布日期 ${publishedOn}` : "已发布"),
        ].filter(Boolean);
        console.log(
          `✓ ${file}：${report.agency.name} ${report.year} 年度（代码 ${result.agencyCode}）${notes.length ? `，${notes.join("，")}` : ""}`,
        );
      }
    } finally {
      await disconnectDb();
      await database.close();
    }
    return failures ? 1 : 0;
  },
};
