import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { validateReport, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixturePath = join(root, "prisma/fixtures/benxi-science-bureau-2020.json");
const fixture = JSON.parse(readFileSync(fixturePath, "utf8")) as Report;
const directory = mkdtempSync(join(tmpdir(), "cli-validate-"));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

function writeTemp(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/cli.ts", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// Each test spawns the real command line; they run concurrently because each spawn takes a second.
describe.concurrent("npm run cli -- validate", { timeout: 60_000 }, () => {
  it("exits 0 on the fixture and says so in one line", async () => {
    const { code, stdout, stderr } = await runCli("validate", fixturePath);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.trim()).toBe("本溪市科学技术局 2020 年度报告（格式 2019）：通过，0 个错误，0 个警告");
  });

  it("prints exactly the validation result with --json", async () => {
    const { code, stdout } = await runCli("validate", "--json", fixturePath);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(validateReport(fixture));
  });

  it("exits 1 on a wrong total, naming the rule and the cell", async () => {
    const wrong = structuredClone(fixture);
    wrong.tables.applications!["3.7"]!.natural = 5;
    const path = writeTemp("wrong-total.json", wrong);
    const readable = await runCli("validate", path);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toContain("错误 applications.3.7.natural [applications.result-total]");
    expect(readable.stdout).toContain("（七）总计·自然人 应等于各项办理结果之和 0，实填 5");
    expect(readable.stdout.trim().split("\n").at(-1)).toMatch(/未通过，\d+ 个错误，0 个警告$/);
    const json = await runCli("validate", "--json", path);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as ReturnType<typeof validateReport>;
    expect(result.ok).toBe(false);
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        rule: "applications.result-total",
        cells: expect.arrayContaining(["applications.3.7.natural"]),
      }),
    );
  });

  it("exits 2 on a file that is not a report: bad JSON, unknown key, wrong type, missing file", async () => {
    const broken = await runCli(
      "validate",
      writeTemp("broken.json", '{"schema": "gov-info-disclosure-report/v1",\n  "format": }'),
    );
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).toContain("不是有效的 JSON：第 2 行第 13 列意外的字符 “}”");

    const unknownKey = structuredClone(fixture) as Report & { tables: Record<string, unknown> };
    unknownKey.tables.art20_10 = {};
    const unknown = await runCli("validate", "--json", writeTemp("unknown-key.json", unknownKey));
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toContain("未知的键 tables.art20_10");

    const wrongType = structuredClone(fixture);
    wrongType.tables.reviews!.review!.upheld = "0";
    const typed = await runCli("validate", writeTemp("wrong-type.json", wrongType));
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('tables.reviews.review.upheld 应为整数或 null，实为字符串 "0"');

    const missing = await runCli("validate", join(directory, "nothing.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到文件");
  });

  it("checks against last year's report with --previous", async () => {
    const previous = buildConsistentReport({ format: "2019", seed: 3, year: 2019 });
    const report = buildConsistentReport({ format: "2019", seed: 4, previous });
    report.tables.applications!["2"]!.natural = (previous.tables.applications!["4"]!.natural as number) + 1;
    report.tables.applications!["1"]!.natural = (report.tables.applications!["1"]!.natural as number) - 1;
    const thisYear = writeTemp("this-year.json", report);
    const withPrevious = await runCli(
      "validate",
      "--json",
      "--previous",
      writeTemp("last-year.json", previous),
      thisYear,
    );
    const result = JSON.parse(withPrevious.stdout) as ReturnType<typeof validateReport>;
    expect(result.violations.map((violation) => violation.rule)).toContain("cross-year.carry-over");
    expect(withPrevious.code).toBe(result.ok ? 0 : 1);

    const wrongYear = await runCli("validate", "--previous", thisYear, thisYear);
    expect(wrongYear.code).toBe(2);
    expect(wrongYear.stderr).toContain("上一年度应为 2019 年度");
  });

  it("exits 2 on usage errors", async () => {
    expect((await runCli()).code).toBe(2);
    expect((await runCli("frobnicate")).stderr).toContain("未知的命令 / unknown command: frobnicate");
    const noFile = await runCli("validate");
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("用法 / usage: npm run cli -- validate");
    expect((await runCli("validate", "--bogus", fixturePath)).code).toBe(2);
    expect((await runCli("help")).code).toBe(0);
  });
});

describe("validate: a file that is not UTF-8", () => {
  it("is refused with exit code 2 and a Chinese message, not read with replacement characters", async () => {
    const text = JSON.stringify(fixture);
    const broken = Buffer.concat([
      Buffer.from(text.slice(0, 200), "utf8"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.slice(200), "utf8"),
    ]);
    const path = join(directory, "broken.json");
    writeFileSync(path, broken);
    const run = await runCli("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是有效的 UTF-8 编码");
  }, 60_000);
});
