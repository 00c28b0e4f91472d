// What the import page does with the files an admin chooses, before anything is sent: a zip is
// unpacked in the browser within the command line's limits, and a file no report can be is not sent.
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_ARCHIVE_ENTRIES } from "@/lib/report-parser/read-report-archive";
import { collectReportFiles } from "./collect-report-files";

const file = (name: string, bytes: Uint8Array | number) =>
  new File([typeof bytes === "number" ? new Uint8Array(bytes) : (bytes as Uint8Array<ArrayBuffer>)], name);

describe("choosing report files", () => {
  it("unpacks a zip into its report files (names made unique), skipping what is not a report", async () => {
    const zip = zipSync({
      "2020/报告.txt": new TextEncoder().encode("甲"),
      "2021/报告.txt": new TextEncoder().encode("乙"),
      "说明.xlsx": new Uint8Array([1]),
    });
    const chosen = await collectReportFiles([file("报告.zip", zip), file("另一份.pdf", 10)]);
    expect(Array.isArray(chosen) && chosen.map((item) => [item.name, item.size, item.refused])).toEqual([
      ["报告.txt", 3, null],
      ["报告（2）.txt", 3, null],
      ["另一份.pdf", 10, null],
    ]);
  });

  it("refuses a zip bomb and a zip of thousands of entries before unpacking, sending nothing", async () => {
    const bomb = zipSync({ "报告.txt": new Uint8Array(15 * 1024 * 1024) }, { level: 9 });
    expect(await collectReportFiles([file("bomb.zip", bomb)])).toEqual({
      refused: expect.stringMatching(/^压缩包“bomb.zip”：.*压缩比异常（\d+ 倍），疑似压缩炸弹，没有解压/u),
    });
    const many: Record<string, Uint8Array> = {};
    for (let index = 0; index < MAX_ARCHIVE_ENTRIES * 4; index++) many[`f${index}.txt`] = new Uint8Array([48]);
    expect(await collectReportFiles([file("many.zip", zipSync(many))])).toEqual({
      refused: `压缩包“many.zip”：压缩包里的文件超过 ${MAX_ARCHIVE_ENTRIES} 个，没有解压；请分批导入`,
    });
  });

  it("marks a 50 MB file and a file of another type as failed without sending them", async () => {
    const chosen = await collectReportFiles([file("大.pdf", 50 * 1024 * 1024), file("表.xlsx", 3)]);
    expect(Array.isArray(chosen) && chosen.map((item) => item.refused)).toEqual([
      "文件有 50.0 MB，超过 20.0 MB 的上限，没有上传",
      "不是可以读取的文件类型",
    ]);
  });
});
