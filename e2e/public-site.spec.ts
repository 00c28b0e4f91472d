import { expectNoSeriousViolations } from "./accessibility";
import { expirePublicCache, queryE2eDatabase } from "./database";
import { expect, signInAs, test } from "./fixtures";
import { ensurePublicTestData, SCIENCE } from "./public-test-data";

// The public site as a government site: its own Chinese 404 page and favicon, the footer details
// the admin keeps, every page within a phone's width, the demo marking, the print button.

test.beforeAll(async () => {
  await ensurePublicTestData();
});

const PUBLIC_PAGES = [
  "/",
  "/?year=all",
  `/reports/2020/${SCIENCE.code}`,
  `/reports/2021/${SCIENCE.code}`,
  `/reports/2021/${SCIENCE.code}/revisions/1`,
  `/agencies/${SCIENCE.code}`,
  "/years/2020",
  "/years/2022",
  "/open-data",
  "/no-such-page",
];

test("an unknown address gets the site's Chinese 404 page, without a console error beyond its status; the favicon is there", async ({
  page,
  request,
}) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 404/.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  for (const path of ["/no-such-page", "/reports/2020", "/staff-typo/x/y", `/reports/2020/${SCIENCE.code}/nothing`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到该页面");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("link", { name: "返回年度报告首页" })).toBeVisible();
    await expect(page.getByText("This page could not be found")).toHaveCount(0);
  }
  expect(problems).toEqual([]);

  await page.getByRole("searchbox").fill("科学");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page.getByRole("link", { name: new RegExp(SCIENCE.name) }).first()).toBeVisible();

  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/icon/);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  await page.goto("/");
  const icon = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  const svg = await request.get(icon!);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).toContain("<svg");
});

test("every public page fits a 390 px phone, with readable chart words and row labels, and axe finds nothing serious", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, path).toBeLessThanOrEqual(390);
    await expectNoSeriousViolations(page, `${path} at 390 px`);
  }

  await page.goto(`/agencies/${SCIENCE.code}`);
  const chartWords = await page
    .locator(".cc-axis span, .cc-grid span")
    .evaluateAll((spans) => spans.map((span) => parseFloat(getComputedStyle(span).fontSize)));
  expect(chartWords.length).toBeGreaterThan(0);
  expect(Math.min(...chartWords)).toBeGreaterThanOrEqual(12);

  // The application table's row labels keep their words on a line of their own: "（三）不予公开" is not cut.
  await page.goto(`/reports/2021/${SCIENCE.code}`);
  const label = page.getByRole("rowheader", { name: "（三）不予公开" });
  const box = await label.evaluate((cell) => ({ scroll: cell.scrollWidth, client: cell.clientWidth }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  // A date is never broken across lines ("2026年12 / 月5日").
  for (const path of ["/?year=all", `/agencies/${SCIENCE.code}`, "/years/2022"]) {
    await page.goto(path);
    const heights = await page
      .locator("time")
      .evaluateAll((times) =>
        times.map((time) => time.getBoundingClientRect().height / parseFloat(getComputedStyle(time).lineHeight)),
      );
    expect(heights.length, path).toBeGreaterThan(0);
    expect(Math.max(...heights), path).toBeLessThan(1.5);
  }
});

test("the footer details the admin saves appear on the public pages; bad input is refused in Chinese", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/staff/admin/site");
  await expect(page.getByRole("heading", { name: "网站信息", level: 1 })).toBeVisible();
  const footer = page.getByRole("region", { name: "页脚信息" });

  await page.getByLabel("网站标识码").fill("12345");
  await page.getByRole("button", { name: "保存网站信息" }).click();
  await expect(footer.getByRole("alert")).toContainText("网站标识码为 10 位数字");

  await page.getByLabel("主办单位").fill("本溪市人民政府办公室（测试）");
  await page.getByLabel("承办单位").fill("本溪市政务公开办公室（测试）");
  await page.getByLabel("联系电话").fill("024-42800123");
  await page.getByLabel("通信地址").fill("辽宁省本溪市平山区测试路 1 号");
  await page.getByLabel("电子邮箱").fill("gkb-test@example.gov.cn");
  await page.getByLabel("网站标识码").fill("2105000123");
  await page.getByLabel("ICP 备案号").fill("辽ICP备12345678号");
  await page.getByLabel("公安机关备案号").fill("辽公网安备 21050202000123号");
  await page.getByRole("button", { name: "保存网站信息" }).click();
  await expect(footer.getByRole("status")).toContainText("已保存");

  const [audit] = await queryE2eDatabase<{ detail: { siteCode?: { to: string } } }>(
    "SELECT detail FROM audit_event WHERE action = 'site.settings_changed' ORDER BY id DESC LIMIT 1",
  );
  expect(audit?.detail.siteCode?.to).toBe("2105000123");

  await page.goto(`/reports/2020/${SCIENCE.code}`);
  const publicFooter = page.getByRole("contentinfo");
  for (const text of [
    "主办单位：本溪市人民政府办公室（测试）",
    "承办单位：本溪市政务公开办公室（测试）",
    "联系电话：024-42800123",
    "通信地址：辽宁省本溪市平山区测试路 1 号",
    "网站标识码：2105000123",
  ])
    await expect(publicFooter).toContainText(text);
  await expect(publicFooter.getByRole("link", { name: "gkb-test@example.gov.cn" })).toHaveAttribute(
    "href",
    "mailto:gkb-test@example.gov.cn",
  );
  await expect(publicFooter.getByRole("link", { name: "辽ICP备12345678号" })).toHaveAttribute(
    "href",
    "https://beian.miit.gov.cn/",
  );
  await expect(publicFooter.getByRole("link", { name: "辽公网安备 21050202000123号" })).toHaveAttribute(
    "href",
    /code=21050202000123$/,
  );
});

test("the emblem the admin uploads heads every public page; a file that is not an image is refused", async ({
  page,
  request,
}) => {
  await signInAs(page, "admin");
  await page.goto("/staff/admin/site");
  const emblem = page.getByRole("region", { name: "徽标" });
  await emblem
    .getByLabel("徽标图片")
    .setInputFiles({ name: "emblem.png", mimeType: "image/png", buffer: Buffer.from("GIF89a") });
  await emblem.getByRole("button", { name: "上传徽标" }).click();
  await expect(emblem.getByRole("alert")).toContainText("徽标须为 PNG 或 JPEG 图片");

  await emblem.getByLabel("徽标图片").setInputFiles({ name: "emblem.png", mimeType: "image/png", buffer: TINY_PNG });
  await emblem.getByRole("button", { name: "上传徽标" }).click();
  await expect(emblem.getByRole("status")).toContainText("已更换徽标");

  await page.goto("/");
  const source = await page.getByRole("banner").locator("img.public-emblem").getAttribute("src");
  expect(source).toMatch(/^\/site\/emblem\?v=\d+$/);
  const image = await request.get(source!);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(Buffer.compare(await image.body(), TINY_PNG)).toBe(0);

  await page.goto("/staff/admin/site");
  await emblem.getByRole("button", { name: "移除徽标" }).click();
  await expect(emblem.getByText("当前未设置徽标。")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("banner").locator("img")).toHaveCount(0);
});

/** A 1×1 red PNG. */
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("the report page prints: a print button, and a print layout without the site's chrome", async ({ page }) => {
  await page.goto(`/reports/2020/${SCIENCE.code}`);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a site with generated demo reports says so on every public page, and one without says nothing", async ({
  page,
}) => {
  const banner = page.getByRole("note", { name: "演示数据" });
  await page.goto("/");
  await expect(banner).toHaveCount(0);
  await queryE2eDatabase(
    "INSERT INTO site_setting (id, demo_data) VALUES (1, true) ON CONFLICT (id) DO UPDATE SET demo_data = true",
  );
  try {
    await expirePublicCache();
    for (const path of ["/", `/reports/2020/${SCIENCE.code}`, "/years/2022", "/no-such-page"]) {
      await page.goto(path);
      await expect(banner, path).toContainText("程序生成的演示数据");
    }
  } finally {
    await queryE2eDatabase("UPDATE site_setting SET demo_data = false");
    await expirePublicCache();
  }
  await page.goto("/");
  await expect(banner).toHaveCount(0);
});
