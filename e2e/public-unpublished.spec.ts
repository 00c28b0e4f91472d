import { expect, test } from "./fixtures";
import { ensurePublicTestData, SCIENCE, UNPUBLISHED } from "./public-test-data";

// A draft, a submitted, an approved-but-unpublished and a scheduled (not yet public) report are
// nowhere on the public site: every route and API answers as for a report that does not exist.

test.beforeAll(async () => {
  await ensurePublicTestData();
});

const YEAR = 2022;

test("unpublished reports are a 404 on every public route and API, exactly like an unknown one", async ({
  request,
}) => {
  const unknownPage = await request.get(`/reports/${YEAR}/no-such-agency`);
  expect(unknownPage.status()).toBe(404);
  const unknownBody = await unknownPage.text();
  const unknownJson = await (await request.get(`/api/public/reports/${YEAR}/no-such-agency`)).text();

  for (const { code, status } of UNPUBLISHED) {
    const page = await request.get(`/reports/${YEAR}/${code}`);
    expect(page.status(), `${status} report page`).toBe(404);
    expect(await page.text(), `${status} report page`).toBe(unknownBody);
    expect((await request.get(`/reports/${YEAR}/${code}/revisions/1`)).status(), `${status} revision`).toBe(404);
    for (const kind of ["docx", "xlsx", "csv", "json"]) {
      expect(
        (await request.get(`/reports/${YEAR}/${code}/download/${kind}`)).status(),
        `${status} download ${kind}`,
      ).toBe(404);
    }
    const json = await request.get(`/api/public/reports/${YEAR}/${code}`);
    expect(json.status(), `${status} JSON API`).toBe(404);
    expect(await json.text(), `${status} JSON API`).toBe(unknownJson);
    // None of these agencies has anything published: their history page does not exist.
    expect((await request.get(`/agencies/${code}`)).status(), `${status} agency page`).toBe(404);
  }
});

test("unpublished reports are absent from the lists, the year page, the summary, the bulk CSV and the sitemap", async ({
  request,
  page,
}) => {
  const list = (await (await request.get(`/api/public/reports?year=${YEAR}`)).json()) as {
    reports: { agency: { code: string } }[];
  };
  expect(list.reports.map((report) => report.agency.code)).toEqual([SCIENCE.code]);
  const all = (await (await request.get("/api/public/reports")).json()) as {
    reports: { agency: { code: string }; year: number }[];
  };
  for (const { code } of UNPUBLISHED) expect(all.reports.some((report) => report.agency.code === code)).toBe(false);

  const csv = await (await request.get(`/api/public/reports/${YEAR}/cells.csv`)).text();
  expect(csv).toContain(SCIENCE.name);
  for (const { name } of UNPUBLISHED) expect(csv).not.toContain(name);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/reports/${YEAR}/${SCIENCE.code}`);
  for (const { code } of UNPUBLISHED) expect(sitemap).not.toContain(`/reports/${YEAR}/${code}`);

  await page.goto(`/?year=${YEAR}`);
  await expect(page.getByRole("link", { name: new RegExp(SCIENCE.name) })).toBeVisible();
  for (const { name } of UNPUBLISHED) await expect(page.getByRole("link", { name: new RegExp(name) })).toHaveCount(0);

  await page.goto(`/years/${YEAR}`);
  const members = page.getByRole("table", { name: /各单位/ });
  for (const { name } of UNPUBLISHED) {
    const row = members.getByRole("row", { name: new RegExp(name) });
    await expect(row.getByRole("link")).toHaveCount(0);
    await expect(row.getByRole("cell").first()).toHaveText("未发布");
    await expect(page.getByRole("list", { name: "尚未发布年度报告的单位" }).getByText(name)).toBeVisible();
  }
  await expect(page.getByText("按单元格汇总 1 个已发布报告的单位", { exact: false })).toBeVisible();
});
