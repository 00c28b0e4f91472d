import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const FIXTURE = "prisma/fixtures/benxi-science-bureau-2020.json";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "scripts/cli.ts", ...args],
      { env: process.env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run cli -- import / export", () => {
  it("imports a report, refuses it again without --replace, and exports it byte for byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gknb-cli-"));
    // A fresh agency name, so this test does not depend on what else is in the run database.
    const name = `往返测试机构${Date.now()}`;
    const original = readFileSync(FIXTURE, "utf8").replace("本溪市科学技术局", name);
    const input = join(dir, "in.json");
    writeFileSync(input, original);

    const imported = await cli("import", "--publish", input);
    expect(imported.code).toBe(0);
    const code = /代码 ([a-z0-9-]+)/.exec(imported.stdout)?.[1];
    expect(code).toBeTruthy();

    const again = await cli("import", "--publish", input);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("已存在");

    const output = join(dir, "out.json");
    const exported = await cli("export", "--agency", code!, "--year", "2020", "--out", output);
    expect(exported.code).toBe(0);
    expect(readFileSync(output, "utf8")).toBe(original);
  }, 60_000);

  it("refuses a file whose format does not match its year and a file that is not a report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gknb-cli-"));
    const wrongYear = join(dir, "wrong-year.json");
    writeFileSync(
      wrongYear,
      readFileSync(FIXTURE, "utf8")
        .replace('"year": 2020', '"year": 2023')
        .replace("本溪市科学技术局", `格式不符机构${Date.now()}`),
    );
    const refused = await cli("import", wrongYear);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/2023/);

    const broken = join(dir, "broken.json");
    writeFileSync(
      broken,
      '{"schema": "gov-info-disclosure-report/v1", "format": "2019", "year": 2020, "kind": "agency", "agency": {"name": "x"}, "texts": {}, "tables": {}, "extra": 1}',
    );
    const notReport = await cli("import", broken);
    expect(notReport.code).toBe(1);
    expect(notReport.stderr).toContain("extra");
  }, 60_000);

  it("refuses a money value with more decimals than the database keeps, naming the cell, and stores nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gknb-cli-"));
    const name = `七位小数机构${Date.now()}`;
    const input = join(dir, "seven-decimals.json");
    const report = JSON.parse(readFileSync(FIXTURE, "utf8").replace("本溪市科学技术局", name));
    report.tables.art20_9.procurement.amount = { value: "1.2345678", unit: "万元" };
    writeFileSync(input, JSON.stringify(report, null, 2));

    const refused = await cli("import", "--publish", input);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("第二十条第（九）项·政府集中采购·采购总金额");
    expect(refused.stderr).toContain("“1.2345678” 有 7 位小数");
    // Nothing written: the agency the file names was not created either.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect((await client.query("SELECT count(*)::int AS n FROM agency WHERE name = $1", [name])).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  }, 60_000);

  it("keeps the date given with --published-on, and refuses one that is not a date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gknb-cli-"));
    const name = `发布日期机构${Date.now()}`;
    const input = join(dir, "dated.json");
    writeFileSync(input, readFileSync(FIXTURE, "utf8").replace("本溪市科学技术局", name));

    const wrong = await cli("import", "--publish", "--published-on", "2021-02-30", input);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--published-on 应为发布日期");

    const imported = await cli("import", "--publish", "--published-on", "2021-01-20", input);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("发布日期 2021-01-20");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT v.published_at FROM report_revision v JOIN report r ON r.id = v.report_id JOIN agency a ON a.id = r.agency_id WHERE a.name = $1",
        [name],
      );
      expect(rows.map((row) => row.published_at)).toEqual([new Date("2021-01-20T12:00:00+08:00")]);
    } finally {
      await client.end();
    }
  }, 60_000);

  it("refuses a report older than its agency's recorded start unless told with --move-established", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gknb-cli-"));
    const name = `新设机构${Date.now()}`;
    const input = join(dir, "older.json");
    writeFileSync(input, readFileSync(FIXTURE, "utf8").replace("本溪市科学技术局", name));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(
        "INSERT INTO agency (id, name, code, kind, established_on, updated_at) VALUES ($1, $2, $1, 'DEPARTMENT', '2024-03-01', now())",
        [`cli-${Date.now()}`, name],
      );
      const refused = await cli("import", "--publish", input);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("记录的成立日期为 2024年3月1日，晚于 2020 年度");
      expect(refused.stderr).toContain("--move-established");
      const moved = await cli("import", "--publish", "--move-established", input);
      expect(moved.code).toBe(0);
      const { rows } = await client.query(
        "SELECT to_char(established_on, 'YYYY-MM-DD') AS day FROM agency WHERE name = $1",
        [name],
      );
      expect(rows).toEqual([{ day: "2020-01-01" }]);
    } finally {
      await client.end();
    }
  }, 60_000);
});
