// The report files of a folder (and its subfolders) or of a zip, for `parse-many` and `import-many`.
// A zip is checked before it is unpacked (entries, sizes, packing ratio: no zip bomb gets through).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isReportFileName, SUPPORTED_EXTENSIONS } from "@/lib/report-parser/file-limits";
import {
  MAX_ARCHIVE_ENTRIES,
  readReportArchive,
  UnreadableArchiveError,
} from "@/lib/report-parser/read-report-archive";
import { UsageError } from "./command";

export interface ReportSource {
  name: string;
  read: () => Uint8Array;
  size: number;
}

function listFolder(root: string): ReportSource[] {
  const sources: ReportSource[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name, "zh-Hans-CN"),
    )) {
      if (entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isReportFileName(entry.name)) {
        if (sources.length >= MAX_ARCHIVE_ENTRIES * 10)
          throw new UsageError(`文件夹里的年度报告文件超过 ${MAX_ARCHIVE_ENTRIES * 10} 个，请分批处理`);
        sources.push({ name: relative(root, path), size: statSync(path).size, read: () => readFileSync(path) });
      }
    }
  };
  walk(root);
  return sources;
}

function listArchive(file: string): ReportSource[] {
  const { entries } = readReportArchive(readFileSync(file));
  return entries.map((entry) => ({ name: entry.name, size: entry.bytes.length, read: () => entry.bytes }));
}

/**
 * The report files of `input`, or the message (Chinese) why none can be listed: not found, not a
 * folder or zip, an archive refused as a whole, nothing to read. Bad arguments throw UsageError.
 */
export function listReportSources(input: string): ReportSource[] | { refused: string } {
  let sources: ReportSource[];
  try {
    const stats = statSync(input);
    if (stats.isDirectory()) sources = listFolder(input);
    else if (input.toLowerCase().endsWith(".zip")) sources = listArchive(input);
    else throw new UsageError(`${input} 不是文件夹，也不是 .zip 压缩包`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof UnreadableArchiveError) return { refused: `${input}：${error.message}` };
    const code = (error as NodeJS.ErrnoException).code;
    return {
      refused: code === "ENOENT" ? `${input}：找不到文件或文件夹` : `${input}：无法读取（${code ?? String(error)}）`,
    };
  }
  if (sources.length === 0) return { refused: `${input} 中没有 ${SUPPORTED_EXTENSIONS.join("、")} 文件` };
  return sources;
}
