import { describeMegabytes, isReportFileName, MAX_FILE_BYTES } from "@/lib/report-parser/file-limits";
import { readReportArchive, UnreadableArchiveError } from "@/lib/report-parser/read-report-archive";

/** A report file chosen by the admin, or unpacked from a zip they chose. */
export type ChosenFile = { name: string; file: Blob; size: number; refused: string | null };

/**
 * The chosen files, each zip unpacked in the browser with the same limits as the command line
 * (entries, sizes, packing ratio, checked on its directory before anything is unpacked), so that
 * every report goes to the server as a request of its own. A refused zip refuses the choice.
 */
export async function collectReportFiles(files: readonly File[]): Promise<ChosenFile[] | { refused: string }> {
  const chosen: ChosenFile[] = [];
  for (const file of files) {
    if (/\.zip$/iu.test(file.name)) {
      try {
        const { entries } = readReportArchive(new Uint8Array(await file.arrayBuffer()));
        if (!entries.length) return { refused: `压缩包“${file.name}”里没有可以读取的报告文件` };
        for (const entry of entries)
          chosen.push({
            name: entry.name.split("/").at(-1) ?? entry.name,
            file: new Blob([entry.bytes as Uint8Array<ArrayBuffer>]),
            size: entry.bytes.length,
            refused: null,
          });
      } catch (error) {
        if (error instanceof UnreadableArchiveError) return { refused: `压缩包“${file.name}”：${error.message}` };
        throw error;
      }
      continue;
    }
    const refused = !isReportFileName(file.name)
      ? "不是可以读取的文件类型"
      : file.size > MAX_FILE_BYTES
        ? `文件有 ${describeMegabytes(file.size)}，超过 ${describeMegabytes(MAX_FILE_BYTES)} 的上限，没有上传`
        : null;
    chosen.push({ name: file.name, file, size: file.size, refused });
  }
  // Two files of one name would answer for each other: the later ones get a number.
  const seen = new Map<string, number>();
  return chosen.map((item) => {
    const count = (seen.get(item.name) ?? 0) + 1;
    seen.set(item.name, count);
    return count === 1 ? item : { ...item, name: item.name.replace(/(\.[^.]+)?$/u, `（${count}）$1`) };
  });
}
