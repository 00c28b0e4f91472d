import { readFileSync } from "node:fs";
import { expirePublicCache, queryE2eDatabase } from "./database";
import { expect, signInAs, test } from "./fixtures";

// Dates that are true and agencies in time. The 主管部门 imports 本溪市医疗保障局's 2020 report, printed
// as published on 2021年1月20日: the public page shows that date and the 2020 board counts it on
// time. 本溪市数据局, set up in 2024, is then absent from the 2020 board, the 2020 year page and the
// 2020 summary's members. Both agencies are the spec's own (added here, deactivated afterwards; names no other spec uses) so that
// the public-site specs, which count the seed's published reports, are not disturbed.

const INSURANCE = { name: "本溪市医疗保障局", code: "bxsybj" };
const DATA = { name: "本溪市数据局", code: "bxsshjj" };
const FILE = "ybj-2020.json";
const REPORT = readFileSync("prisma/fixtures/benxi-science-bureau-2020.json", "utf8").replaceAll(
  "本溪市科学技术局",
  INSURANCE.name,
);

test.beforeAll(async () => {
  await queryE2eDatabase(
    `INSERT INTO agency (id, name, code, kind, region, parent_id, established_on, updated_at)
     SELECT 'e2e-' || v.code, v.name, v.code, 'DEPARTMENT', '辽宁省本溪市', a.id, v.established_on::date, now()
     FROM agency a, (VALUES ($1, $2, '1983-01-01'), ($3, $4, NULL)) AS v(name, code, established_on)
     WHERE a.code = 'benxi'
     ON CONFLICT DO NOTHING`,
    [INSURANCE.name, INSURANCE.code, DATA.name, DATA.code],
  );
});

test.afterAll(async () => {
  await queryE2eDatabase(`UPDATE agency SET active = false WHERE code IN ($1, $2)`, [INSURANCE.code, DATA.code]);
  await expirePublicCache();
});

test("an imported 2020 report keeps its printed publication date: the public page shows it, the 2020 board counts it on time", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/staff/admin/import");
  await page
    .getByLabel(/^报告数据文件/)
    .setInputFiles({ name: FILE, mimeType: "application/json", buffer: Buffer.from(REPORT, "utf8") });
  await page.getByRole("button", { name: "检查文件" }).click();
  const date = page.getByLabel(`发布日期 ${FILE}`);
  await date.fill("2021-01-20");
  await page.getByRole("button", { name: "导入所选的 1 份报告" }).click();
  await expect(page.getByRole("list", { name: "导入结果" })).toContainText(
    `已导入 ${INSURANCE.name} 2020 年度报告，发布日期 2021-01-20`,
  );

  await page.goto(`/reports/2020/${INSURANCE.code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`${INSURANCE.name}2020年度`));
  await expect(page.getByText(/发布日期：/).first()).toContainText("发布日期：2021年1月20日");

  await page.goto("/staff/admin/board?year=2020");
  const row = page
    .getByRole("table", { name: "各机构报送情况" })
    .getByRole("row", { name: new RegExp(INSURANCE.name) });
  await expect(row).toContainText("按时发布");
  await expect(row).not.toContainText("逾期");
});

test("an agency set up in 2024 is absent from the 2020 board, year page and summary", async ({ page }) => {
  await signInAs(page, "admin");
  const board = page.getByRole("table", { name: "各机构报送情况" });
  const yearMembers = page.getByRole("region", { name: "各单位主要数据" });
  const missingMembers = page.getByRole("region", { name: /缺少的成员/ });

  // Without a recorded set-up day it counts in every year.
  await page.goto("/staff/admin/board?year=2020");
  await expect(board.getByRole("row", { name: new RegExp(DATA.name) })).toBeVisible();
  await page.goto("/staff/admin/summary?year=2020");
  await expect(missingMembers).toContainText(DATA.name);
  const missingBefore = await countIn(missingMembers.getByRole("heading"));

  await page.goto("/staff/admin/agencies");
  const agencyRow = page.getByRole("row", { name: new RegExp(DATA.name) });
  await agencyRow.getByRole("button", { name: "管理" }).click();
  const manage = page.getByRole("dialog", { name: `管理：${DATA.name}` });
  await manage.getByLabel(/^成立日期/).fill("2024-03-01");
  await manage.getByRole("button", { name: "保存存续日期" }).click();
  await expect(manage.getByRole("status")).toContainText("已保存成立和撤销日期");
  await manage.getByRole("button", { name: "关闭" }).click();
  await expect(agencyRow).toContainText("2024年3月1日成立");

  await page.goto("/staff/admin/board?year=2020");
  await expect(board.getByRole("row", { name: new RegExp(INSURANCE.name) })).toBeVisible();
  await expect(board.getByRole("row", { name: new RegExp(DATA.name) })).toHaveCount(0);

  await page.goto("/years/2020");
  await expect(yearMembers).toContainText(INSURANCE.name);
  await expect(yearMembers).not.toContainText(DATA.name);
  await expect(page.getByRole("list", { name: "尚未发布年度报告的单位" })).not.toContainText(DATA.name);

  await page.goto("/staff/admin/summary?year=2020");
  await expect(missingMembers).not.toContainText(DATA.name);
  expect(await countIn(missingMembers.getByRole("heading"))).toBe(missingBefore - 1);
  await expect(page.getByRole("region", { name: /已计入的成员/ })).toContainText(INSURANCE.name);
});

/** The count in a heading such as 缺少的成员（3）. */
async function countIn(heading: import("@playwright/test").Locator): Promise<number> {
  const text = await heading.textContent();
  return Number(/（(\d+)）/.exec(text ?? "")?.[1] ?? Number.NaN);
}
