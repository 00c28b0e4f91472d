import { buildConsistentReport } from "../lib/report-format/testing";
import { queryE2eDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";
import { fillWizard } from "./wizard-input";

// 提交审核 as a clerk meets it: with the report still empty the button refuses and lists what is
// missing section by section, the focus on the first item, which leads to its place; the deadline
// says how it stands; once everything is filled, a confirmation comes first (取消 sends nothing),
// and after sending the wizard says 已提交，等待审核人审核 and what happens next.

const PASSWORD = "submit-flow-Pass-2025";

test("submitting is refused with the problems by section, then confirmed, then acknowledged", async ({ page }) => {
  test.setTimeout(240_000);
  const { code, emails } = await createAgencyWithClerks("submit", ["孙填报"], PASSWORD);
  const [agency] = await queryE2eDatabase<{ name: string }>("SELECT name FROM agency WHERE code = $1", [code]);
  await signIn(page, emails[0]!, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto(`/staff/agencies/${code}`);
  await page.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  const reportId = page.url().split("/").at(-2)!;

  // The deadline of the demo's 2025 reporting year, and how it stands today.
  await expect(page.getByTestId("wizard-deadline")).toHaveText(
    /报送截止 \d{4}年\d{1,2}月\d{1,2}日（(已逾期 \d+ 天|还剩 \d+ 天|今天截止)）/,
  );

  // Refused: the problems grouped by section, each a link to its place, the focus on the first.
  await page.goto(`/staff/reports/${reportId}/preview`);
  await page.getByRole("button", { name: "提交审核" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "未能提交" });
  await expect(refusal).toBeVisible();
  for (const heading of [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
  ])
    await expect(refusal.getByRole("heading", { name: heading })).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();
  const first = refusal.getByRole("link").first();
  await expect(first).toBeFocused();
  await expect(first).toHaveText("必填，尚未填写");
  await refusal
    .getByRole("link", { name: /处未填写/ })
    .nth(1)
    .click();
  await expect(page).toHaveURL(new RegExp(`/staff/reports/${reportId}/applications$`));
  await expect(page.locator('input[data-cell="applications.1.natural"]')).toBeFocused();

  // Nothing was sent.
  const status = async () =>
    (await queryE2eDatabase<{ status: string }>("SELECT status FROM report WHERE id = $1", [reportId]))[0]!.status;
  expect(await status()).toBe("DRAFT");

  // Filled in full: a confirmation first; 取消 sends nothing.
  await page.goto(`/staff/reports/${reportId}/overview`);
  await fillWizard(page, buildConsistentReport({ format: "2021", seed: 77, year: 2025, agencyName: agency!.name }));
  await expect(page.getByText("所有检查均已通过，可以提交审核。")).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  const dialog = page.getByRole("dialog", { name: "确认提交审核？" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("提交后报告不能再修改");
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toBeHidden();
  expect(await status()).toBe("DRAFT");

  await page.getByRole("button", { name: "提交审核" }).click();
  await dialog.getByRole("button", { name: "确认提交" }).click();
  const done = page.getByRole("status").filter({ hasText: "已提交，等待审核人审核" });
  await expect(done).toBeVisible();
  await expect(done).toContainText("审核通过后由审核人安排发布");
  await expect(done).toContainText("退回");
  expect(await status()).toBe("SUBMITTED");
});
