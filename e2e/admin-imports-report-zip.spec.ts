import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { queryE2eDatabase } from "./database";
import { expect, signInAs, test } from "./fixtures";
import {
  buildMadeUpReportFiles,
  NOT_A_REPORT,
  RECORDED_AGENCIES,
  type MadeUpFile,
} from "../lib/server/imports/testdata/made-up-report-files";
import { writePdf } from "../lib/report-parser/testdata/render-pdf";

// The 主管部门 brings a made-up district's past: one zip of thirty published reports (PDFs, pages,
// Word files, texts; our own figures) and a notice that is not a report. Each file is sent and read
// on its own with progress, matched to an agency (equal names confirmed at once, a full name for a
// recorded short one and a new agency confirmed by hand, a report older than its agency's recorded
// set-up moved back), then all imported at once; the rows and the public pages show them.
// The agencies are this journey's own (青河区, under 本溪市), set up in 2019 and abolished in 2024,
// so that the boards of the years other journeys use do not change.

let files: MadeUpFile[];

test.beforeAll(async () => {
  files = await buildMadeUpReportFiles();
  for (const agency of RECORDED_AGENCIES) {
    await queryE2eDatabase(
      `INSERT INTO agency (id, name, code, kind, region, parent_id, established_on, abolished_on, updated_at)
       SELECT $1, $2, $3, 'DEPARTMENT', '辽宁省本溪市', id, $4, '2024-06-30', now() FROM agency WHERE code = 'benxi'
       ON CONFLICT DO NOTHING`,
      [`e2e-${agency.code}`, agency.name, agency.code, agency.establishedOn ?? "2019-01-01"],
    );
    if (agency.formerName)
      await queryE2eDatabase(
        `INSERT INTO agency_former_name (id, agency_id, name, last_year) VALUES ($1, $2, $3, 2019) ON CONFLICT DO NOTHING`,
        [`e2e-former-${agency.code}`, `e2e-${agency.code}`, agency.formerName],
      );
  }
});

test("an admin imports a zip of thirty published reports: progress, agency matching, one import for all", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const zip = zipSync({
    ...Object.fromEntries(files.map((file) => [file.name, file.bytes])),
    "通知.txt": NOT_A_REPORT,
  });
  await signInAs(page, "admin");
  await page.goto("/staff/admin/import-texts");
  await page
    .getByLabel(/^报告原文/)
    .setInputFiles({ name: "青河区往年报告.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await page.getByRole("button", { name: "识别文件" }).click();

  // Progress while the files go up one by one, then every file's own result.
  await expect(page.getByText(/^已处理 \d+ \/ 31 个文件/)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "读取进度" })).toBeVisible();
  await expect(page.getByText("已处理 31 / 31 个文件")).toBeVisible({ timeout: 240_000 });
  const row = (name: string) => page.locator(`tr[data-file="${name}"]`);
  await expect(row("通知.txt")).toContainText(
    "失败：没有读出年度报告：文件开头是“青河区人民政府办公室关于做好2024年春节期间安全生产工作的通知”",
  );
  for (const file of files) await expect(row(file.name), file.name).toContainText(/已读出：找到 \d+ 格/);

  // Equal names (and a former name) are confirmed; the others wait for the admin.
  for (const file of files.filter((file) => file.match === "exact")) {
    const agencyId = `e2e-${RECORDED_AGENCIES.find((agency) => agency.name === file.agencyName)!.code}`;
    await expect(row(file.name).getByLabel(`机构 ${file.name}`), file.name).toHaveValue(agencyId);
    await expect(row(file.name).getByRole("checkbox", { name: "确认导入到此机构" })).toBeChecked();
  }
  const formerName = files.find((file) => file.printedName === "青河区安全生产监督管理局")!;
  await expect(row(formerName.name)).toContainText("与曾用名“青河区安全生产监督管理局”一致");
  for (const file of files.filter((file) => file.match === "similar")) {
    await expect(row(file.name)).toContainText(/名称相近（相似度 \d+%），请确认/);
    await expect(row(file.name).getByLabel(`机构 ${file.name}`)).toHaveValue("e2e-qhq-kjj");
    await row(file.name).getByRole("checkbox", { name: "确认导入到此机构" }).check();
  }
  for (const file of files.filter((file) => file.match === "new")) {
    await expect(row(file.name)).toContainText("没有相近的机构：可新建");
    await expect(row(file.name).getByLabel(`新机构名称 ${file.name}`)).toHaveValue("青河区档案馆");
    await row(file.name).getByRole("checkbox", { name: "确认导入到此机构" }).check();
  }
  const early = files.find((file) => file.agencyName === "青河区医疗保障局" && file.year === 2019)!;
  await row(early.name)
    .getByRole("checkbox", { name: /记录的成立日期为 2020-03-01，晚于 2019 年度/ })
    .check();
  // The publication date is prefilled from the file (a PDF's date under its signature).
  const dated = files.find((file) => file.name.endsWith(".pdf"))!;
  await expect(row(dated.name).getByLabel(`发布日期 ${dated.name}`)).toHaveValue(dated.publishedOn!);

  // The side-by-side review of any file.
  await row(files[1]!.name).getByRole("button", { name: "核对" }).click();
  await expect(page.getByRole("region", { name: files[1]!.name }).getByRole("list", { name: "原文" })).toBeVisible();

  await page.getByRole("button", { name: "导入全部已确认的 30 份报告" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已导入 30 份" })).toBeVisible({ timeout: 240_000 });
  for (const file of files) await expect(row(file.name), file.name).toContainText("已导入");

  const stored = await queryE2eDatabase<{ name: string; year: number; status: string; day: string; code: string }>(
    `SELECT a.name, r.year, r.status, a.code,
            to_char((v.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day
     FROM report r JOIN agency a ON a.id = r.agency_id JOIN report_revision v ON v.id = r.published_revision_id
     WHERE a.name LIKE '青河区%'`,
  );
  expect(stored).toHaveLength(30);
  for (const file of files) {
    const row = stored.find((candidate) => candidate.name === file.agencyName && candidate.year === file.year);
    expect(row?.status, file.name).toBe("PUBLISHED");
    if (file.publishedOn) expect(row?.day, file.name).toBe(file.publishedOn);
  }
  const [archive] = await queryE2eDatabase<{ count: string; established: string | null }>(
    `SELECT count(*) AS count FROM agency WHERE name = '青河区档案馆'`,
  );
  expect(archive?.count).toBe("1");
  const [insurance] = await queryE2eDatabase<{ day: string }>(
    `SELECT to_char(established_on, 'YYYY-MM-DD') AS day FROM agency WHERE name = '青河区医疗保障局'`,
  );
  expect(insurance?.day).toBe("2019-01-01");

  // The public pages: the report under its agency with the printed date; the new agency's too.
  const education = files.find((file) => file.agencyName === "青河区教育局" && file.year === 2023)!;
  await page.goto(`/reports/2023/qhq-jyj`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("青河区教育局");
  const [year, month, day] = education.publishedOn!.split("-").map(Number);
  await expect(page.getByText(`${year}年${month}月${day}日`).first()).toBeVisible();
  const newCode = stored.find((candidate) => candidate.name === "青河区档案馆")!.code;
  await page.goto(`/reports/2019/${newCode}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("青河区档案馆");
});

test("bad files on the import page: a zip bomb refused before unpacking, a scan, 50 MB and a notice each failed with its reason", async ({
  page,
}) => {
  const count = async () => {
    const [row] = await queryE2eDatabase<{ reports: string; agencies: string }>(
      "SELECT (SELECT count(*) FROM report) AS reports, (SELECT count(*) FROM agency) AS agencies",
    );
    return row;
  };
  const before = await count();
  await signInAs(page, "admin");
  await page.goto("/staff/admin/import-texts");
  const bomb = zipSync({ "报告.txt": new Uint8Array(15 * 1024 * 1024) }, { level: 9 });
  await page
    .getByLabel(/^报告原文/)
    .setInputFiles({ name: "炸弹.zip", mimeType: "application/zip", buffer: Buffer.from(bomb) });
  await page.getByRole("button", { name: "识别文件" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "炸弹.zip" })).toContainText(
    /压缩包“炸弹.zip”：.*疑似压缩炸弹，没有解压/,
  );
  await expect(page.getByRole("table", { name: "上传的文件" })).toHaveCount(0);

  // Playwright hands the browser a buffer of at most 50 MB: the files go from disk.
  const folder = mkdtempSync(join(tmpdir(), "gknb-e2e-"));
  const chosen: [string, Uint8Array][] = [
    ["扫描件.pdf", writePdf([[], []], { scanned: true })],
    ["大文件.pdf", Buffer.alloc(50 * 1024 * 1024, 0x25)],
    ["通知.txt", NOT_A_REPORT],
  ];
  for (const [name, bytes] of chosen) writeFileSync(join(folder, name), bytes);
  await page.getByLabel(/^报告原文/).setInputFiles(chosen.map(([name]) => join(folder, name)));
  await page.getByRole("button", { name: "识别文件" }).click();
  await expect(page.getByText("已处理 3 / 3 个文件")).toBeVisible({ timeout: 60_000 });
  const row = (name: string) => page.locator(`tr[data-file="${name}"]`);
  await expect(row("扫描件.pdf")).toContainText("失败：这是扫描件，没有文字层，无法读取");
  await expect(row("大文件.pdf")).toContainText("失败：文件有 50.0 MB，超过 20.0 MB 的上限，没有上传");
  await expect(row("通知.txt")).toContainText("失败：没有读出年度报告");
  await expect(page.getByRole("button", { name: "导入全部已确认的 0 份报告" })).toBeDisabled();
  expect(await count()).toEqual(before);
  rmSync(folder, { recursive: true, force: true });
});
