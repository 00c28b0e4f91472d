import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";
import { cellInput } from "./wizard-input";

// 其余空格填 0 on one step: only the blank number cells get 0 (a typed cell keeps its value), the
// fill is saved like typing, and one click undoes it (saved too).

const PASSWORD = "fill-zero-Pass-2025";

test("其余空格填 0 fills only the blank cells of the step, is saved, and is undone with one click", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { code, emails } = await createAgencyWithClerks("zero", ["周填报"], PASSWORD);
  await signIn(page, emails[0]!, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto(`/staff/agencies/${code}`);
  await page.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  const reportId = page.url().split("/").at(-2)!;
  await page.goto(`/staff/reports/${reportId}/reviews`);
  await expect(page.getByRole("heading", { level: 2, name: "四、政府信息公开行政复议、行政诉讼情况" })).toBeVisible();

  const inputs = page.locator("input[data-cell]");
  const count = await inputs.count();
  expect(count).toBeGreaterThan(10);
  await cellInput(page, "reviews.review.upheld").fill("3");
  await page.getByRole("button", { name: "其余空格填 0" }).click();
  await expect(page.getByRole("status").filter({ hasText: `已将 ${count - 1} 个空格填为 0` })).toBeVisible();
  await expect(cellInput(page, "reviews.review.upheld")).toHaveValue("3");
  for (let index = 0; index < count; index++) await expect(inputs.nth(index)).not.toHaveValue("");
  await expect(page.locator('td[data-cell="reviews.review.total"] [data-total-value]')).toHaveText("3");
  const saved = page.getByTestId("save-status");
  await expect(saved).toHaveText(/已保存/);

  await page.reload();
  await expect(cellInput(page, "reviews.review.corrected")).toHaveValue("0");
  await expect(cellInput(page, "reviews.review.upheld")).toHaveValue("3");
  // Another step is left alone.
  await page.goto(`/staff/reports/${reportId}/applications`);
  await expect(cellInput(page, "applications.1.natural")).toHaveValue("");

  // Undo: the filled cells are blank again, the typed one keeps its value; saved as well.
  await page.goto(`/staff/reports/${reportId}/reviews`);
  await page.getByRole("button", { name: "其余空格填 0" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本节没有空着的单元格" })).toBeVisible();
  await cellInput(page, "reviews.review.corrected").fill("");
  await cellInput(page, "reviews.review.other").fill("");
  await page.getByRole("button", { name: "其余空格填 0" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已将 2 个空格填为 0" })).toBeVisible();
  await page.getByRole("button", { name: /撤销填 0/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 个单元格恢复为空" })).toBeVisible();
  await expect(cellInput(page, "reviews.review.corrected")).toHaveValue("");
  await expect(cellInput(page, "reviews.review.other")).toHaveValue("");
  await expect(cellInput(page, "reviews.review.upheld")).toHaveValue("3");
  await expect(page.getByRole("button", { name: /撤销填 0/ })).toHaveCount(0);
  await expect(saved).toHaveText(/已保存/);
  await page.reload();
  await expect(cellInput(page, "reviews.review.corrected")).toHaveValue("");
  await expect(cellInput(page, "reviews.review.pending")).toHaveValue("0");
});
