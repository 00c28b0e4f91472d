import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";
import { cellInput, paste } from "./wizard-input";

// What the wizard says, worded for the clerk: a negative count and a fraction each get their own
// message at the cell; a blank text section is not told to 填 0; a computed 总计 that does not
// balance is described by what the typed figures add up to (never "实填"), and its 定位 goes to
// that total.

const PASSWORD = "messages-Pass-2025";

test("cell messages say 不能为负数 and 须为整数; a blank text and an unbalanced total are worded for the clerk", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { code, emails } = await createAgencyWithClerks("words", ["吴填报"], PASSWORD);
  await signIn(page, emails[0]!, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto(`/staff/agencies/${code}`);
  await page.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  const reportId = page.url().split("/").at(-2)!;

  // 一、总体情况 blank: required, and nothing about 填 0.
  const overviewIssues = page.getByRole("region", { name: "总体情况检查结果" });
  await expect(overviewIssues).toContainText("本部分必须填写，尚未填写。");
  await expect(overviewIssues).not.toContainText("填 0");

  await page.goto(`/staff/reports/${reportId}/applications`);
  const bar = page.getByTestId("cell-bar");
  const natural = cellInput(page, "applications.1.natural");
  await natural.fill("-3");
  await expect(natural).toHaveAttribute("aria-invalid", "true");
  await expect(bar).toContainText("不能为负数（填写的是“-3”）");
  await expect(bar).not.toContainText("不是数字");
  await natural.fill("1.5");
  await expect(bar).toContainText("须为整数（填写的是“1.5”）");
  await expect(page.locator('td[data-cell="applications.1.total"] [data-total-value]')).toHaveText("—");

  // Row 一 5 (natural), 三（一）5, row 四 1: the balance fails at 四·自然人 and at the computed 四·总计.
  const zeros = (count: number) => Array.from({ length: count }, () => "0").join("\t");
  await paste(
    natural,
    [
      "5\t" + zeros(5),
      zeros(6),
      "5\t" + zeros(5),
      ...Array.from({ length: 21 }, () => zeros(6)),
      "1\t" + zeros(5),
    ].join("\n"),
  );
  const issues = page.getByRole("list", { name: "收到和处理政府信息公开申请情况的错误和警告" });
  const totalIssue = issues.getByRole("listitem").filter({ hasText: /四、结转下年度继续办理·总计/ });
  await expect(totalIssue).toContainText("而按已填数字合计为 1");
  await expect(totalIssue).not.toContainText("实填");
  await totalIssue.getByRole("link", { name: /定位/ }).click();
  const totalCell = page.locator('td[data-cell="applications.4.total"]');
  await expect(totalCell).toBeFocused();
  await expect(bar).toContainText("四、结转下年度继续办理 总计");
  await expect(bar).toContainText("而按已填数字合计为 1");
});
