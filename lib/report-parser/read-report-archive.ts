// Many published reports in one zip: the entries that may be reports, read within limits that a
// zip bomb or an archive of thousands of files cannot get past — the number of entries, each
// entry's and the total unpacked size, and the packing ratio — checked on the archive's directory
// before anything is unpacked. Names written in GBK by Chinese Windows are read as such.
import { unzipSync } from "fflate";
import { isReportFileName, MAX_FILE_BYTES } from "./file-limits";

export const MAX_ARCHIVE_ENTRIES = 500;
export const MAX_ARCHIVE_UNPACKED_BYTES = 200 * 1024 * 1024;
// Reports pack to a tenth at best (text); a thousandth is a bomb.
export const MAX_PACKING_RATIO = 100;

export class UnreadableArchiveError extends Error {}

export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

export interface ArchiveContents {
  entries: ArchiveEntry[];
  /** Entries that are not reports by their name (folders, images, spreadsheets …), with why. */
  skipped: { name: string; reason: string }[];
}

const MEGABYTE = 1024 * 1024;

/** A name stored without the UTF-8 flag arrives as Latin-1 text: read its bytes as GB18030. */
function readName(name: string): string {
  if (!/[\u0080-\u00ff]/u.test(name) || /[\u0100-\uffff]/u.test(name)) return name;
  const bytes = Uint8Array.from(name, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

class TooManyEntries extends Error {}

export function readReportArchive(bytes: Uint8Array): ArchiveContents {
  const wanted = new Set<string>();
  const skipped: ArchiveContents["skipped"] = [];
  let count = 0;
  let unpacked = 0;
  try {
    // First pass: the directory only (the filter keeps nothing, so nothing is unpacked).
    unzipSync(bytes, {
      filter(file) {
        if (++count > MAX_ARCHIVE_ENTRIES) throw new TooManyEntries();
        const name = readName(file.name);
        if (file.name.endsWith("/")) return false;
        if (!isReportFileName(name) || /(^|\/)(__MACOSX|\.)/u.test(file.name)) {
          skipped.push({ name, reason: "不是可以读取的文件类型" });
          return false;
        }
        if (file.originalSize > MAX_FILE_BYTES)
          throw new UnreadableArchiveError(
            `压缩包中的“${name}”解压后有 ${(file.originalSize / MEGABYTE).toFixed(1)} MB，超过单个文件 ${MAX_FILE_BYTES / MEGABYTE} MB 的上限，没有解压`,
          );
        if (file.size > 0 && file.originalSize / file.size > MAX_PACKING_RATIO && file.originalSize > MEGABYTE) {
          throw new UnreadableArchiveError(
            `压缩包中的“${name}”压缩比异常（${Math.round(file.originalSize / file.size)} 倍），疑似压缩炸弹，没有解压`,
          );
        }
        unpacked += file.originalSize;
        if (unpacked > MAX_ARCHIVE_UNPACKED_BYTES)
          throw new UnreadableArchiveError(
            `压缩包解压后超过 ${MAX_ARCHIVE_UNPACKED_BYTES / MEGABYTE} MB 的上限，没有解压`,
          );
        wanted.add(file.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries)
      throw new UnreadableArchiveError(`压缩包里的文件超过 ${MAX_ARCHIVE_ENTRIES} 个，没有解压；请分批导入`);
    if (error instanceof UnreadableArchiveError) throw error;
    throw new UnreadableArchiveError(
      `不是可以读取的 zip 压缩包（${error instanceof Error ? error.message : String(error)}）`,
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch (error) {
    throw new UnreadableArchiveError(
      `压缩包损坏，无法解压（${error instanceof Error ? error.message : String(error)}）`,
    );
  }
  const entries = Object.entries(files)
    .map(([name, content]) => ({ name: readName(name), bytes: content }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-Hans-CN"));
  return { entries, skipped };
}
