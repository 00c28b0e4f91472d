import { expectNoSeriousViolations } from "./accessibility";
import { queryE2eDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";

// axe-core on every kind of wizard page, in the states that add the most markup (errors and
// warnings at cells and in the lists, a prefilled suggestion, the conflict dialog): no serious or
// critical violation.

const PASSWORD = "axe-check-Pass-2025";

/** A department of its own and its clerk. */
async function createClerk(): Promise<{ code: string; email: string }> {
  const { code, emails } = await createAgencyWithClerks("axe", ["无障碍测试"], PASSWORD);
  return { code, email: emails[0]! };
}

test("every step of the wizard passes axe-core with no serious or critical violation", async ({ page }) => {
  test.setTimeout(120_000);
  const { code, email } = await createClerk();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto(`/staff/agencies/${code}`);
  await expectNoSeriousViolations(page, "agency page");
  await page.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  const reportId = page.url().split("/").at(-2)!;

  await page.getByRole("textbox", { name: /一、总体情况/ }).fill("全年新收政府信息公开申请99件。<p>");
  await expect(page.getByText("正文不能包含 HTML 标签").first()).toBeVisible();
  await expectNoSeriousViolations(page, "overview with an error and a warning");

  await page.goto(`/staff/reports/${reportId}/proactive`);
  await page.locator('input[data-cell="art20_1.regulations.made"]').fill("5");
  await page.locator('input[data-cell="art20_1.regulations.repealed"]').fill("0");
  await page.locator('input[data-cell="art20_1.regulations.in_force"]').fill("1");
  await expect(page.getByRole("listitem").filter({ hasText: "大于现行有效件数与本年废止件数之和" })).toBeVisible();
  await expectNoSeriousViolations(page, "proactive with a warning");

  // A cell as the system prefills it from last year's report.
  await queryE2eDatabase(
    `UPDATE report_cell SET int_value = 4, prefilled = true WHERE revision_id = (SELECT current_revision_id FROM report WHERE id = $1) AND table_key = 'applications' AND row_key = '2' AND column_key = 'natural'`,
    [reportId],
  );
  await page.goto(`/staff/reports/${reportId}/applications`);
  await expect(page.locator('input[data-cell="applications.2.natural"]')).toHaveAccessibleDescription(
    /根据上年报告预填/,
  );
  await page.locator('input[data-cell="applications.1.natural"]').fill("abc");
  await page.locator('input[data-cell="applications.1.natural"]').focus();
  await expect(page.getByTestId("cell-bar")).toContainText("不是数字");
  await expectNoSeriousViolations(page, "applications with an invalid cell");
  // Typed over, a prefilled value is the clerk's own.
  await page.locator('input[data-cell="applications.2.natural"]').fill("5");
  await expect(page.locator('input[data-cell="applications.2.natural"]')).not.toHaveAccessibleDescription(/预填/);

  await page.goto(`/staff/reports/${reportId}/reviews`);
  await expectNoSeriousViolations(page, "reviews");

  await page.goto(`/staff/reports/${reportId}/preview`);
  await expect(page.getByRole("heading", { name: "提交审核" })).toBeVisible();
  await expectNoSeriousViolations(page, "preview and submit");

  // The conflict dialog: someone else saves in between.
  await page.goto(`/staff/reports/${reportId}/reviews`);
  await queryE2eDatabase(`UPDATE report SET version = version + 1 WHERE id = $1`, [reportId]);
  await queryE2eDatabase(
    `UPDATE report_cell SET int_value = 9 WHERE revision_id = (SELECT current_revision_id FROM report WHERE id = $1) AND table_key = 'reviews' AND row_key = 'review' AND column_key = 'upheld'`,
    [reportId],
  );
  await page.locator('input[data-cell="reviews.review.upheld"]').fill("3");
  await expect(page.getByRole("dialog", { name: "报告已被他人修改" })).toBeVisible();
  await expectNoSeriousViolations(page, "conflict dialog");
});
