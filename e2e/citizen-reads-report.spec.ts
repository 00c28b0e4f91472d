import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import type { CellValue } from "../lib/report-format/types";
import { buildReportJsonSchema } from "../lib/report-format";
import "./app-formats";
import { FIXTURE_FILE, readFixture } from "./public-test-data";

// What the table renderer prints for a value (a 2019 procurement amount carries its unit).
function printed(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return `${value.value}${value.unit}`;
  return String(value);
}

test("a citizen finds the 本溪市科学技术局 2020 report on the home page and reads its figures", async ({ page }) => {
  await page.goto("/?year=2020");
  await expect(page.getByRole("heading", { name: "2020 年度" })).toBeVisible();
  await page.getByRole("link", { name: /本溪市科学技术局/ }).click();
  await expect(page).toHaveURL(/\/reports\/2020\/bxskxjsj$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/本溪市科学技术局2020年度政府信息公开工作年度报告/);
  await expect(page).toHaveTitle(/本溪市科学技术局2020年度政府信息公开工作年度报告/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /本溪市科学技术局2020年度/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);

  const art20 = page.getByRole("table", { name: "第二十条第（一）项" });
  const normativeDocs = art20.getByRole("row", { name: /规范性文件/ });
  await expect(normativeDocs.getByRole("cell")).toHaveText(["3", "2", "298"]);

  for (const heading of [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
  ]) {
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
  }
  await expect(page.getByText("公开信息共计 298 条")).toBeVisible();
  await expect(page.getByText(/发布日期：\d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();
  // The 勾稽 note in the corner cell of the applications table, as in the official format.
  await expect(
    page
      .getByRole("table", { name: "收到和处理政府信息公开申请情况" })
      .getByRole("columnheader", { name: /本列数据的勾稽关系为/ }),
  ).toBeVisible();
});

test("every cell of the published page equals the fixture, and the JSON API returns the fixture byte for byte", async ({
  page,
  request,
}) => {
  const fixture = readFixture();
  await page.goto("/reports/2020/bxskxjsj");
  const shown = await page
    .locator("td[data-cell]")
    .evaluateAll((cells) => cells.map((cell) => [cell.getAttribute("data-cell")!, cell.textContent ?? ""] as const));
  const expected: [string, string][] = [];
  for (const [table, rows] of Object.entries(fixture.tables)) {
    for (const [row, columns] of Object.entries(rows ?? {})) {
      for (const [column, value] of Object.entries(columns ?? {}))
        expected.push([`${table}.${row}.${column}`, printed(value)]);
    }
  }
  expect(expected.length).toBeGreaterThan(150);
  expect(new Map(shown)).toEqual(new Map(expected));
  expect(shown).toHaveLength(expected.length);

  const json = await request.get("/api/public/reports/2020/bxskxjsj");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(Buffer.compare(await json.body(), readFileSync(FIXTURE_FILE))).toBe(0);
});

test("the download links give Word, Excel, CSV and JSON", async ({ page, request }) => {
  await page.goto("/reports/2020/bxskxjsj");
  const downloads = page.getByRole("navigation", { name: "下载" });
  for (const [name, type, signature] of [
    ["Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"],
    ["Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"],
    ["CSV 数据", "text/csv; charset=utf-8; header=present", "\uFEFFyear,agency"],
    ["JSON 数据", "application/json; charset=utf-8", "{"],
  ] as const) {
    const href = await downloads.getByRole("link", { name }).getAttribute("href");
    const response = await request.get(href!);
    expect(response.status(), name).toBe(200);
    expect(response.headers()["content-type"], name).toBe(type);
    expect(response.headers()["content-disposition"], name).toMatch(/^attachment;/);
    expect((await response.body()).toString("utf8").startsWith(signature), name).toBe(true);
  }
});

test("the open data: list, one report, a year's cells as CSV, the JSON Schema, documented on /open-data", async ({
  page,
  request,
}) => {
  const list = await request.get("/api/public/reports?year=2020");
  expect(list.headers()["content-type"]).toMatch(/^application\/json/);
  const body = (await list.json()) as {
    year: number;
    reports: { agency: { code: string; name: string }; format: string; kind: string; urls: Record<string, string> }[];
  };
  expect(body.year).toBe(2020);
  const science = body.reports.find((report) => report.agency.code === "bxskxjsj");
  expect(science).toMatchObject({ agency: { name: "本溪市科学技术局" }, format: "2019", kind: "agency" });
  expect(new URL(science!.urls.json!).pathname).toBe("/api/public/reports/2020/bxskxjsj");
  expect((await request.get("/api/public/reports?year=20x0")).status()).toBe(400);

  const csv = await request.get("/api/public/reports/2020/cells.csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]).toBe("\uFEFFyear,agency,format,kind,table,row,column,label,value,unit");
  expect(lines).toContain(
    "2020,本溪市科学技术局,2019,agency,art20_1,normative_docs,total_published,第二十条第（一）项·规范性文件·对外公开总数量,298,",
  );

  const schema = await request.get("/api/public/schema/report-v1.json");
  expect(schema.headers()["content-type"]).toMatch(/^application\/schema\+json/);
  // The schema of every format this app knows: the official ones and, in the e2e app, a made-up one
  // (which also ends 2021's years before its own). With the official ones alone it is
  // docs/report-v1.schema.json, as lib/report-format's tests check.
  expect(await schema.text()).toBe(`${JSON.stringify(buildReportJsonSchema(), null, 2)}\n`);

  await page.goto("/open-data");
  await expect(page.getByRole("heading", { name: "开放数据", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "/api/public/schema/report-v1.json" })).toBeVisible();
});

test("an unknown report is a 404", async ({ page }) => {
  const response = await page.goto("/reports/2020/no-such-agency");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "未找到" })).toBeVisible();
  const draftYear = await page.goto("/reports/2025/bxskxjsj");
  expect(draftYear?.status()).toBe(404);
  expect((await page.goto("/reports/20x0/bxskxjsj"))?.status()).toBe(404);
});

test("at phone width the page does not scroll sideways; the tables scroll inside their box with the row labels kept in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/reports/2020/bxskxjsj");
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
  const region = page.getByRole("region", { name: "收到和处理政府信息公开申请情况", exact: true });
  const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeGreaterThan(0);
  const label = region.getByRole("rowheader", { name: "（七）总计" });
  const before = await label.boundingBox();
  await region.evaluate((element) => element.scrollBy(200, 0));
  const after = await label.boundingBox();
  // Kept in view (within the border width) while the figures moved 200 px.
  expect(Math.abs(after!.x - before!.x)).toBeLessThan(3);
});

test("the report prints on A4 like the official document: no site chrome, no download links", async ({ page }) => {
  await page.goto("/reports/2020/bxskxjsj");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "下载" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(10_000);
});
