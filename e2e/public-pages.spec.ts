import { gzipSync } from "node:zlib";
import { expectNoSeriousViolations } from "./accessibility";
import { queryE2eDatabase } from "./database";
import { expect, test } from "./fixtures";
import {
  CORRECTED_OTHER,
  CORRECTION_NOTE,
  ensurePublicTestData,
  SCIENCE,
  science2021,
  science2022,
} from "./public-test-data";

test.beforeAll(async () => {
  await ensurePublicTestData();
});

const PUBLIC_PAGES = [
  "/",
  "/reports/2020/bxskxjsj",
  "/reports/2021/bxskxjsj",
  "/agencies/bxskxjsj",
  "/years/2022",
  "/open-data",
];

test("the home page searches agency names (partial Chinese) and filters by year, with counts per year", async ({
  page,
}) => {
  // Other journeys may have published later years: the home page shows the latest.
  const [latest] = await queryE2eDatabase<{ year: number }>(
    "SELECT max(r.year) AS year FROM report r WHERE EXISTS (SELECT 1 FROM report_revision v WHERE v.report_id = r.id AND v.published_at <= now())",
  );
  await page.goto("/");
  await expect(page.getByRole("heading", { name: `${latest!.year} 年度`, level: 2 })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "各年度已发布报告的机关数" }).getByText("2020 年度：1 个机关已发布"),
  ).toBeVisible();

  await page.getByRole("searchbox", { name: /机关名称/ }).fill("科学");
  await page.getByRole("combobox", { name: /^年度/ }).selectOption("all");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/\?q=%E7%A7%91%E5%AD%A6&year=all$/);
  await expect(page.getByRole("status")).toContainText(/找到 [3-9] 份/);
  for (const year of [2020, 2021, 2022])
    await expect(
      page.getByRole("link", { name: /本溪市科学技术局/ }).and(page.locator(`[href="/reports/${year}/bxskxjsj"]`)),
    ).toBeVisible();

  await page.goto("/?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E6%9C%BA%E5%85%B3&year=all");
  await expect(page.getByRole("status")).toContainText("找到 0 份");
});

test("a corrected report lists its corrections with dates, and the earlier revision stays readable", async ({
  page,
}) => {
  await page.goto("/reports/2021/bxskxjsj");
  const corrections = page.getByRole("region", { name: "更正说明" });
  await expect(corrections).toContainText(CORRECTION_NOTE);
  await expect(corrections.getByRole("listitem")).toHaveCount(2);
  await expect(corrections.getByRole("listitem").first()).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 首次发布/);
  await expect(page.getByText(CORRECTED_OTHER)).toBeVisible();
  await expect(page.getByText(/更正日期：/)).toBeVisible();

  await corrections.getByRole("link", { name: "查看第1版" }).click();
  await expect(page).toHaveURL(/\/reports\/2021\/bxskxjsj\/revisions\/1$/);
  await expect(page.getByRole("note")).toContainText("该版本已被更正");
  await expect(page.getByText(CORRECTED_OTHER)).toHaveCount(0);
  await expect(page.getByText(science2021().texts.other!)).toBeVisible();
  await page.getByRole("link", { name: "查看最新版本" }).click();
  await expect(page).toHaveURL(/\/reports\/2021\/bxskxjsj$/);
  expect((await page.request.get("/reports/2021/bxskxjsj/revisions/3")).status()).toBe(404);
});

test("the agency page shows every year, charts with text alternatives, and the carry-over chain with the mismatch marked", async ({
  page,
}) => {
  await page.goto(`/agencies/${SCIENCE.code}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(SCIENCE.name);
  for (const year of [2020, 2021, 2022])
    await expect(page.getByRole("link", { name: `${year} 年度报告` })).toHaveAttribute(
      "href",
      `/reports/${year}/${SCIENCE.code}`,
    );

  const received = page.getByRole("img", { name: /历年收到的政府信息公开申请/ });
  await expect(received).toBeVisible();
  const received2022 = science2022().tables.applications!["1"]!.total;
  await expect(received).toHaveAttribute("aria-label", new RegExp(`2022：本年新收${received2022}件`));
  await expect(page.getByRole("img", { name: /历年申请办理结果/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /行政复议和行政诉讼/ })).toBeVisible();

  const chain = page.getByRole("table", { name: /结转/ });
  await expect(chain.getByRole("row", { name: /2020 → 2021/ })).toContainText("✓ 一致");
  await expect(chain.getByRole("row", { name: /2021 → 2022/ })).toContainText("✗ 不一致");
});

test("the year page sorts the members on the server and shows the summary of the published reports", async ({
  page,
}) => {
  await page.goto("/years/2022");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("本溪市人民政府 2022 年度");
  await page.getByRole("link", { name: /本年新收申请/ }).click();
  await expect(page).toHaveURL(/sort=received&order=desc/);
  await expect(page.getByRole("columnheader", { name: /本年新收申请/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: /本年新收申请/ }).click();
  await expect(page.getByRole("columnheader", { name: /本年新收申请/ })).toHaveAttribute("aria-sort", "ascending");

  // The summary of one published member equals that member's figures.
  const total = science2022().tables.applications!["3.7"]!.total;
  await expect(page.locator('td[data-cell="applications.3.7.total"]')).toHaveText(String(total));
  await expect(page.getByRole("img", { name: /申请办理结果构成/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /按申请人类别/ })).toBeVisible();
});

test("public pages send no JavaScript (budget 50 KB gzipped)", async ({ page, request }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    const sources = await page
      .locator("script[src]")
      .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
    let gzipped = 0;
    for (const source of sources) gzipped += gzipSync(await (await request.get(source)).body()).length;
    const inline = await page.locator("script:not([src])").count();
    console.log(
      `${path}: ${sources.length} script files, ${(gzipped / 1024).toFixed(1)} KB gzipped; ${inline} inline scripts`,
    );
    expect(gzipped, path).toBeLessThan(50 * 1024);
    expect(inline, path).toBe(0);
  }
});

test("axe finds no serious or critical accessibility violations on the public pages", async ({ page }) => {
  // axe takes seconds per page on a busy machine; there are eight.
  test.setTimeout(180_000);
  for (const path of [...PUBLIC_PAGES, "/reports/2021/bxskxjsj/revisions/1", "/reports/2020/no-such-agency"]) {
    await page.goto(path);
    await expectNoSeriousViolations(page, path);
  }
});
