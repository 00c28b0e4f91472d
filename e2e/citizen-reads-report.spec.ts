import { expect, test } from "./fixtures";

test("a citizen finds the 本溪市科学技术局 2020 report on the home page and reads its figures", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "2020 年度" })).toBeVisible();
  await page.getByRole("link", { name: /本溪市科学技术局/ }).click();
  await expect(page).toHaveURL(/\/reports\/2020\/bxskxjsj$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/本溪市科学技术局2020年度政府信息公开工作年度报告/);

  const art20 = page.getByRole("table", { name: "第二十条第（一）项" });
  const normativeDocs = art20.getByRole("row", { name: /规范性文件/ });
  await expect(normativeDocs.getByRole("cell")).toHaveText(["3", "2", "298"]);

  await expect(page.getByRole("heading", { name: "一、总体情况" })).toBeVisible();
  await expect(page.getByText("公开信息共计 298 条")).toBeVisible();
  await expect(page.getByRole("heading", { name: "六、其他需要报告的事项" })).toBeVisible();
});

test("an unknown report is a 404", async ({ page }) => {
  const response = await page.goto("/reports/2020/no-such-agency");
  expect(response?.status()).toBe(404);
  const draftYear = await page.goto("/reports/2025/bxskxjsj");
  expect(draftYear?.status()).toBe(404);
});
