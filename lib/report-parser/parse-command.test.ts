// `npm run cli -- parse`, run in-process (scripts/cli.ts registers it; see scripts/cli/parse.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { command } from "@/scripts/cli/parse";
import { buildDistinctReport } from "./testdata/distinct-report";
import { renderReportDocx } from "./testdata/render-docx";

const FIXTURE = new URL("../../prisma/fixtures/benxi-science-bureau-2020.txt", import.meta.url);
const directory = mkdtempSync(join(tmpdir(), "cli-parse-"));

afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (stdout.push(String(chunk)), true));
  vi.spyOn(console, "log").mockImplementation((line: string) => void stdout.push(`${line}\n`));
  vi.spyOn(console, "error").mockImplementation((line: string) => void stderr.push(`${line}\n`));
  const code = await command.run(args);
  vi.restoreAllMocks();
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("parse command", () => {
  it("prints the report JSON alone on stdout and the summary and validation on stderr", async () => {
    const { code, stdout, stderr } = await run(FIXTURE.pathname);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(readFileSync(new URL("benxi-science-bureau-2020.json", FIXTURE), "utf8")),
    );
    expect(stderr).toContain("表格：共 198 格，找到 197，猜测 1，缺失 0");
    expect(stderr).toContain(
      "猜测 art20_9.procurement.amount（第二十条第（九）项·政府集中采购·采购总金额） = 0元，第 39 行第 3 格“0”",
    );
    expect(stderr).toContain("校验：通过，0 个错误，0 个警告");
  });

  it("writes the JSON with --out and reports an inconsistent report's violations without failing", async () => {
    const docx = join(directory, "report.docx");
    writeFileSync(docx, await renderReportDocx(buildDistinctReport("2021")));
    const out = join(directory, "report.json");
    const { code, stdout, stderr } = await run(docx, "--out", out);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(buildDistinctReport("2021"));
    expect(stdout).toMatch(/校验：未通过，\d+ 个错误/u);
    expect(stdout).toContain(`已写入 ${out}`);
  });

  it("reads text saved as GB18030 (GBK), as many government sites serve it", async () => {
    const { code, stdout } = await run(
      new URL("./testdata/benxi-science-bureau-2020.gb18030.txt", import.meta.url).pathname,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ agency: { name: "本溪市科学技术局" }, texts: { other: "无。" } });
  });

  it("exits 2 when the file is not a report, cannot be read, or the arguments are wrong", async () => {
    const notReport = join(directory, "notice.txt");
    writeFileSync(notReport, "关于做好春节期间安全生产工作的通知\n");
    expect((await run(notReport)).code).toBe(2);
    expect((await run(join(directory, "absent.html"))).stderr).toContain("找不到文件");
    const fakeDocx = join(directory, "fake.docx");
    writeFileSync(fakeDocx, "not a zip");
    expect((await run(fakeDocx)).code).toBe(2);
    const sheet = join(directory, "report.xls");
    writeFileSync(sheet, "not a report");
    expect((await run(sheet)).stderr).toContain("只能读取 .pdf、.doc、.docx、.html、.htm、.md");
    await expect(command.run([])).rejects.toThrow("需要一个年度报告文件");
    await expect(command.run([notReport, "--kind", "office"])).rejects.toThrow("--kind");
  });

  it("takes the year and agency from the arguments when the document lacks them", async () => {
    const untitled = join(directory, "untitled.txt");
    const text = readFileSync(FIXTURE, "utf8").replace("本溪市科学技术局 2020 年度 政府信息公开工作报告", "");
    writeFileSync(untitled, text);
    expect((await run(untitled)).code).toBe(2);
    const { code, stdout } = await run(untitled, "--year", "2020", "--agency", "本溪市科学技术局");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      year: 2020,
      agency: { name: "本溪市科学技术局", region: "辽宁省本溪市" },
    });
  });
});
