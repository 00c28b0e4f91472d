// Files that are not readable reports: each refused with a clear Chinese message, nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { command } from "@/scripts/cli/parse";
import { MAX_FILE_BYTES, parsePublishedFile, UnreadableFileError } from "./parse-published-file";
import { writePdf } from "./testdata/render-pdf";

const directory = mkdtempSync(join(tmpdir(), "parse-bad-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await parsePublishedFile(name, bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) return error.message;
    throw error;
  }
  throw new Error(`${name} was read`);
}

/** Runs `cli parse FILE --out OUT`: the exit code, what it said, and whether OUT was written. */
async function runCli(file: string) {
  const out = join(directory, `${Math.random().toString(36).slice(2)}.json`);
  const said: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: string) => void said.push(line));
  vi.spyOn(console, "log").mockImplementation((line: string) => void said.push(line));
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const code = await command.run([file, "--out", out]);
  vi.restoreAllMocks();
  return { code, said: said.join("\n"), written: existsSync(out) };
}

const scanned = writePdf([[], []], { scanned: true });
const encrypted = readFileSync(new URL("./testdata/encrypted-report.pdf", import.meta.url));

describe("bad input", () => {
  it("refuses a scanned PDF without a text layer", async () => {
    expect(await refusal("扫描件.pdf", scanned)).toContain("这是扫描件，没有文字层，无法读取");
  });

  it("refuses a PDF whose text layer is garbled (fonts without a Unicode map)", async () => {
    const garbled = writePdf([
      Array.from({ length: 12 }, (_, line) => ({ text: "¿ ” ¿¡ ﬂ ‹ … „· ”ƒ ¥ ÷ ˆ", x: 60, y: 780 - line * 16 })),
    ]);
    expect(await refusal("乱码.pdf", garbled)).toContain("PDF 的文字层是乱码");
  });

  it("refuses an encrypted PDF", async () => {
    // Made with `qpdf --encrypt user-pw owner-pw 256` from one of our own reports.
    expect(await refusal("加密.pdf", encrypted)).toContain("PDF 文件已加密");
  });

  it("refuses a file of 50 MB before reading it", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(await refusal("报告.pdf", big)).toMatch(/文件有 50\.0 MB，超过 20\.0 MB 的上限/u);
  });

  it("refuses a file that claims to be a PDF, .docx or .doc and is not one", async () => {
    expect(await refusal("报告.pdf", new TextEncoder().encode("这不是 PDF"))).toContain("内容却不是 PDF");
    expect(await refusal("报告.docx", new TextEncoder().encode("PK\u0003\u0004 broken"))).toContain(
      "不是可以读取的 .docx 文件",
    );
    expect(await refusal("报告.xlsx", new TextEncoder().encode("x"))).toContain("只能读取");
  });

  it("says what it found in a document that is not a report", async () => {
    const notice = new TextEncoder().encode(
      "关于做好春节期间安全生产工作的通知\n各单位：\n春节将至，请做好安全生产工作。\n",
    );
    const result = await parsePublishedFile("通知.txt", notice);
    expect(result.report).toBeNull();
    expect(result.problems).toContain("这不是政府信息公开工作年度报告：没有找到报告标题、章节标题和报告表格");
    expect(result.problems.at(-1)).toMatch(
      /^读到的内容：第一段“关于做好春节期间安全生产工作的通知”；3 段文字；0 行表格；没有年度报告的章节标题$/u,
    );
  });

  it.each([
    ["扫描件.pdf", scanned, "这是扫描件，没有文字层，无法读取"],
    ["加密.pdf", encrypted, "PDF 文件已加密"],
    ["通知.txt", new TextEncoder().encode("关于做好春节期间安全生产工作的通知\n"), "没有读出年度报告"],
  ] as const)("the command line says so for %s, exits 2 and writes nothing", async (name, bytes, message) => {
    const file = join(directory, name);
    writeFileSync(file, bytes);
    const { code, said, written } = await runCli(file);
    expect(code).toBe(2);
    expect(said).toContain(message);
    expect(written).toBe(false);
  });

  it("the command line refuses a 50 MB file without reading it and writes nothing", async () => {
    const file = join(directory, "大文件.pdf");
    writeFileSync(file, new Uint8Array(50 * 1024 * 1024));
    const { code, said, written } = await runCli(file);
    expect(code).toBe(2);
    expect(said).toContain("文件有 50.0 MB，超过 20 MB 的上限");
    expect(written).toBe(false);
  });
});
