// `npm run cli -- parse-many DIR|ZIP`, run in-process: a folder and a zip of 30 reports read with
// progress and one line per file; archives that could be bombs refused before anything is unpacked.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { command } from "@/scripts/cli/parse-many";
import { MAX_ARCHIVE_ENTRIES } from "./read-report-archive";
import { layoutReport } from "./testdata/render-layout";
import { renderLayoutPdf } from "./testdata/render-pdf";
import { renderMarkdown, renderRunTogether } from "./testdata/render-shapes";
import { renderReportText } from "./testdata/render-text";

const directory = mkdtempSync(join(tmpdir(), "parse-many-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(console, "log").mockImplementation((line: string) => void stdout.push(line));
  vi.spyOn(console, "error").mockImplementation((line: string) => void stderr.push(line));
  const code = await command.run(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

/** 30 report files of both formats in four shapes, and a notice that is not a report. */
function buildFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const encode = (text: string) => new TextEncoder().encode(text);
  for (let index = 0; index < 30; index++) {
    const format = index % 2 === 0 ? "2021" : "2019";
    const report = buildConsistentReport({
      format,
      seed: 500 + index,
      year: format === "2021" ? 2022 : 2020,
      agencyName: `青河区第${index + 1}局`,
    });
    const shape = index % 4;
    if (shape === 0)
      files[`报告${index + 1}.pdf`] = renderLayoutPdf(layoutReport(report, { labelWidth: 16, valueWidth: 5 }));
    else if (shape === 1) files[`报告${index + 1}.txt`] = encode(renderReportText(report, "browser"));
    else if (shape === 2) files[`报告${index + 1}.md`] = encode(renderMarkdown(report));
    else files[`报告${index + 1}.txt`] = encode(renderRunTogether(report));
  }
  return files;
}

describe("parse-many", () => {
  const files = buildFiles();

  it("reads a zip of 30 reports with progress and one line per file, and writes their JSON with --out", async () => {
    const zip = join(directory, "报告.zip");
    writeFileSync(zip, zipSync({ ...files, "说明/readme.xlsx": new Uint8Array([1, 2, 3]) }));
    const out = join(directory, "json");
    const { code, stdout, stderr } = await run(zip, "--out", out);
    expect(code).toBe(0);
    expect(stderr.filter((line) => /^\[\d+\/30\] /u.test(line))).toHaveLength(30);
    expect(stdout[0]).toBe("文件\t结果\t机关\t年度\t格式\t类型\t发布日期\t找到/猜测/缺失");
    expect(stdout.slice(1)).toHaveLength(30);
    expect(stdout.slice(1).every((line) => line.split("\t")[1] === "已读出")).toBe(true);
    expect(stdout.find((line) => line.startsWith("报告1.pdf\t"))).toMatch(
      /^报告1\.pdf\t已读出\t青河区第1局\t2022\t2021\t本机关\t—\t200\/0\/0$/u,
    );
    expect(readdirSync(out)).toHaveLength(30);
  }, 120_000);

  it("does the same for a folder (with subfolders), and says which files are not reports", async () => {
    const folder = join(directory, "folder");
    mkdirSync(join(folder, "2022"), { recursive: true });
    for (const [name, bytes] of Object.entries(files).slice(0, 6)) writeFileSync(join(folder, "2022", name), bytes);
    writeFileSync(join(folder, "通知.txt"), "关于做好春节期间安全生产工作的通知\n");
    const { code, stdout, stderr } = await run(folder);
    expect(code).toBe(1);
    expect(stderr.filter((line) => /^\[\d+\/7\] /u.test(line))).toHaveLength(7);
    expect(stdout.filter((line) => line.includes("\t已读出\t"))).toHaveLength(6);
    expect(stdout.find((line) => line.startsWith("通知.txt\t"))).toContain("没有读出年度报告");
    expect(stderr.at(-1)).toBe("共 7 个文件：读出 6 份年度报告，1 个没有读出");
  }, 120_000);

  it("refuses a zip bomb before unpacking it, and writes nothing", async () => {
    const bomb = join(directory, "bomb.zip");
    writeFileSync(bomb, zipSync({ "报告.txt": new Uint8Array(15 * 1024 * 1024) }, { level: 9 }));
    const out = join(directory, "bomb-out");
    const { code, stderr } = await run(bomb, "--out", out);
    expect(code).toBe(2);
    expect(stderr.join("\n")).toMatch(/压缩比异常（\d+ 倍），疑似压缩炸弹，没有解压/u);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a zip with thousands of entries", async () => {
    const many: Record<string, Uint8Array> = {};
    for (let index = 0; index < MAX_ARCHIVE_ENTRIES * 4; index++) many[`f${index}.txt`] = new Uint8Array([48]);
    const archive = join(directory, "many.zip");
    writeFileSync(archive, zipSync(many));
    const { code, stderr } = await run(archive);
    expect(code).toBe(2);
    expect(stderr.join("\n")).toContain(`压缩包里的文件超过 ${MAX_ARCHIVE_ENTRIES} 个，没有解压`);
  });

  it("refuses an entry that unpacks beyond the size of any report", async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    for (let at = 0; at < big.length; at++) big[at] = (at * 2654435761) >>> 24;
    const archive = join(directory, "big.zip");
    writeFileSync(archive, zipSync({ "报告.pdf": big }, { level: 0 }));
    const { code, stderr } = await run(archive);
    expect(code).toBe(2);
    expect(stderr.join("\n")).toContain("解压后有 21.0 MB，超过单个文件 20 MB 的上限");
  });
});
