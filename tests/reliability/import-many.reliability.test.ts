// `npm run cli -- import-many DIR|ZIP` as a user runs it (a child process on the test database):
// thirty made-up published reports matched to their agencies and imported with their printed
// dates, a dry run that writes nothing, and bad files refused one by one with nothing written.
// Among the reliability tests, with a database of its own run: it publishes reports of 2019 and
// 2023, years the integration tests keep unpublished or open for their own checks.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCells } from "@/lib/report-format";
import { MAX_ARCHIVE_ENTRIES } from "@/lib/report-parser/read-report-archive";
import { writePdf } from "@/lib/report-parser/testdata/render-pdf";
import { db, disconnectDb } from "@/lib/server/db";
import { exportRevision } from "@/lib/server/report-cells/read-report";
import {
  buildMadeUpReportFiles,
  NOT_A_REPORT,
  RECORDED_AGENCIES,
  type MadeUpFile,
} from "@/lib/server/imports/testdata/made-up-report-files";
import { uniqueSuffix } from "@/tests/factories";

const run = promisify(execFile);
const directory = mkdtempSync(join(tmpdir(), "import-many-"));
afterAll(async () => {
  rmSync(directory, { recursive: true, force: true });
  await disconnectDb();
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "scripts/cli.ts", "import-many", ...args],
      { env: process.env, maxBuffer: 20 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The stdout table as { file → its columns }. */
function readTable(stdout: string): Map<string, string[]> {
  const rows = stdout.trim().split("\n").slice(1);
  return new Map(rows.map((row) => row.split("\t")).map((cells) => [cells[0]!, cells]));
}

/** Everything these agencies hold: agencies, reports, cells, audit rows. */
async function fingerprint(names: string[]): Promise<string> {
  const agencies = await db.agency.findMany({
    where: { name: { in: names } },
    select: { id: true, name: true, establishedOn: true, reports: { select: { year: true, status: true } } },
    orderBy: { name: "asc" },
  });
  const events = await db.auditEvent.count({ where: { agencyId: { in: agencies.map((agency) => agency.id) } } });
  return JSON.stringify({ agencies, events });
}

let files: MadeUpFile[];
let governmentCode: string;
const names = [...RECORDED_AGENCIES.map((agency) => agency.name), "青河区档案馆"];

beforeAll(async () => {
  files = await buildMadeUpReportFiles();
  const suffix = uniqueSuffix();
  const government = await db.agency.create({
    data: { name: `北州市青河区人民政府${suffix}`, code: `qhq-${suffix}`, kind: "GOVERNMENT", level: "COUNTY" },
  });
  governmentCode = government.code;
  for (const agency of RECORDED_AGENCIES) {
    await db.agency.create({
      data: {
        name: agency.name,
        code: `${agency.code}-${suffix}`,
        kind: "DEPARTMENT",
        parentId: government.id,
        establishedOn: agency.establishedOn ? new Date(agency.establishedOn) : null,
        formerNames: agency.formerName ? { create: { name: agency.formerName, lastYear: 2019 } } : undefined,
      },
    });
  }
}, 60_000);

describe("import-many", () => {
  it("a dry run of a folder says what each file would do and writes nothing", async () => {
    const folder = join(directory, "dry");
    mkdirSync(join(folder, "2023"), { recursive: true });
    for (const file of files) writeFileSync(join(folder, file.year === 2023 ? "2023" : "", file.name), file.bytes);
    const before = await fingerprint(names);
    const { code, stdout, stderr } = await cli("--dry-run", folder);
    expect(code, stderr).toBe(1);
    const table = readTable(stdout);
    expect(table.size).toBe(30);
    expect(stderr).toContain("[30/30]");
    expect(stderr).toContain("试运行，没有写入任何内容");
    const row = (file: MadeUpFile) => table.get(file.year === 2023 ? join("2023", file.name) : file.name)!;
    for (const file of files.filter((file) => file.match === "exact" && file.agencyName !== "青河区医疗保障局"))
      expect(row(file).slice(1, 4), file.name).toEqual(["✓ 可以导入", file.printedName, file.agencyName]);
    const similar = files.find((file) => file.match === "similar")!;
    expect(row(similar)[1]).toMatch(
      /^✗ 机构名称只是相近：最相近的是“青河区科技局”（相似度 \d+%）；核对无误后加 --accept-similar/u,
    );
    expect(row(files.find((file) => file.match === "new")!)[1]).toContain("没有名称相近的机构；加 --create-missing");
    const early = files.find((file) => file.agencyName === "青河区医疗保障局" && file.year === 2019)!;
    expect(row(early)[1]).toContain("记录的成立日期为 2020年3月1日，晚于 2019 年度");
    expect(row(early)[1]).toContain("--move-established");
    expect(await fingerprint(names)).toBe(before);
  }, 180_000);

  it("imports a zip of thirty: agencies matched (similar ones accepted, a missing one created), printed dates kept, each file whole", async () => {
    const zip = join(directory, "reports.zip");
    writeFileSync(
      zip,
      zipSync({
        ...Object.fromEntries(files.map((file) => [file.name, file.bytes])),
        "通知.txt": NOT_A_REPORT,
        "扫描件.pdf": writePdf([[], []], { scanned: true }),
        "加密.pdf": readFileSync("lib/report-parser/testdata/encrypted-report.pdf"),
      }),
    );
    const { code, stdout, stderr } = await cli(
      "--accept-similar",
      "--create-missing",
      "--parent",
      governmentCode,
      "--move-established",
      zip,
    );
    expect(code, stderr).toBe(1);
    const table = readTable(stdout);
    expect(table.get("通知.txt")?.[1]).toBe(
      "✗ 没有读出年度报告：文件开头是“青河区人民政府办公室关于做好2024年春节期间安全生产工作的通知”，没有找到机构名称、报告年度、年度报告的表格",
    );
    expect(table.get("扫描件.pdf")?.[1]).toContain("这是扫描件，没有文字层，无法读取");
    expect(table.get("加密.pdf")?.[1]).toContain("PDF 文件已加密");
    expect(stderr).toContain("已导入 30 份，3 份未导入");

    for (const file of files) {
      const report = await db.report.findFirst({
        where: { agency: { name: file.agencyName }, year: file.year },
        select: { status: true, publishedRevision: { select: { id: true, publishedAt: true } } },
      });
      expect(report?.status, file.name).toBe("PUBLISHED");
      const day = report!.publishedRevision!.publishedAt!.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
      if (file.publishedOn) expect(day, file.name).toBe(file.publishedOn);
      const stored = await exportRevision(report!.publishedRevision!.id);
      expect(toCells(stored!), file.name).toEqual(toCells(file.report));
    }
    const archive = await db.agency.findUniqueOrThrow({ where: { name: "青河区档案馆" }, include: { parent: true } });
    expect(archive.parent?.code).toBe(governmentCode);
    const insurance = await db.agency.findUniqueOrThrow({ where: { name: "青河区医疗保障局" } });
    expect(insurance.establishedOn?.toISOString().slice(0, 10)).toBe("2019-01-01");
    // The former name's 2019 report belongs to the renamed agency; nothing was created for it.
    expect(await db.agency.count({ where: { name: "青河区安全生产监督管理局" } })).toBe(0);

    const again = await cli("--accept-similar", zip);
    expect(readTable(again.stdout).get(files[0]!.name)?.[1]).toContain("年度报告已存在");
  }, 300_000);

  it("refuses archives that could be bombs, and files beyond the size of any report, writing nothing", async () => {
    const before = await fingerprint(names);
    const bomb = join(directory, "bomb.zip");
    writeFileSync(bomb, zipSync({ "报告.txt": new Uint8Array(15 * 1024 * 1024) }, { level: 9 }));
    const bombed = await cli(bomb);
    expect(bombed.code).toBe(2);
    expect(bombed.stderr).toMatch(/压缩比异常（\d+ 倍），疑似压缩炸弹，没有解压/u);

    const many: Record<string, Uint8Array> = {};
    for (let index = 0; index < MAX_ARCHIVE_ENTRIES * 4; index++) many[`f${index}.txt`] = new Uint8Array([48]);
    const crowded = join(directory, "many.zip");
    writeFileSync(crowded, zipSync(many));
    const refused = await cli(crowded);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`压缩包里的文件超过 ${MAX_ARCHIVE_ENTRIES} 个，没有解压`);

    const folder = join(directory, "big");
    mkdirSync(folder);
    writeFileSync(join(folder, "大文件.pdf"), Buffer.alloc(50 * 1024 * 1024, 0x25));
    const big = await cli(folder);
    expect(big.code).toBe(1);
    expect(readTable(big.stdout).get("大文件.pdf")?.[1]).toContain("超过 20.0 MB 的上限");
    expect(await fingerprint(names)).toBe(before);
  }, 120_000);
});
