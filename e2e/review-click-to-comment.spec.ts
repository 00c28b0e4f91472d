import { labelCell } from "../lib/report-format";
import { buildConsistentReport } from "../lib/report-format/testing";
import { queryE2eDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerkAndSupervisor } from "./staff-supervisor";
import { fillWizard } from "./wizard-input";

// A reviewer points at a cell of the printed report instead of picking it from a list of two
// hundred: a click (or Enter) on the cell makes it the comment's place and puts the cursor in the
// comment; the comment is then pinned to that cell.

const PASSWORD = "click-comment-Pass-2025";
const CELL = "art20_5.licensing.decisions";
const COMMENT = "行政许可处理决定数与业务系统不一致，请核对。";

test("a reviewer comments on a cell by clicking it in the printed report", async ({ page: clerk, browser }) => {
  test.setTimeout(240_000);
  const { code, name, clerkEmail, supervisorEmail } = await createAgencyWithClerkAndSupervisor(
    "pick",
    { clerk: "郑填报", supervisor: "王审核" },
    PASSWORD,
  );
  await signIn(clerk, clerkEmail, PASSWORD);
  await expect(clerk).toHaveURL(/\/staff$/);
  await clerk.goto(`/staff/agencies/${code}`);
  await clerk.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(clerk).toHaveURL(/\/overview$/);
  const reportId = clerk.url().split("/").at(-2)!;
  await fillWizard(clerk, buildConsistentReport({ format: "2021", seed: 311, year: 2025, agencyName: name }));
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await clerk.getByRole("dialog", { name: "确认提交审核？" }).getByRole("button", { name: "确认提交" }).click();
  await expect(clerk.getByRole("status").filter({ hasText: "已提交，等待审核人审核" })).toBeVisible();

  const context = await browser.newContext();
  const reviewer = await context.newPage();
  await signIn(reviewer, supervisorEmail, PASSWORD);
  await expect(reviewer).toHaveURL(/\/staff$/);
  await reviewer.goto(`/staff/review/${reportId}`);
  const cell = reviewer.locator(`.review-document td[data-cell="${CELL}"]`);
  await cell.click();
  await expect(
    reviewer.getByRole("status").filter({ hasText: `已选择单元格：${labelCell("2021", CELL)}` }),
  ).toBeVisible();
  await expect(reviewer.getByLabel("意见内容")).toBeFocused();
  await reviewer.getByLabel("意见内容").fill(COMMENT);
  await reviewer.getByRole("button", { name: "添加意见" }).click();
  await expect(reviewer.getByRole("list", { name: "审核意见" })).toContainText(COMMENT);
  const [comment] = await queryE2eDatabase<{ target: string }>(
    "SELECT target FROM review_comment WHERE report_id = $1 AND body = $2",
    [reportId, COMMENT],
  );
  expect(comment?.target).toBe(CELL);

  // The keyboard reaches the cells too.
  const other = reviewer.locator('.review-document td[data-cell="applications.1.natural"]');
  await other.focus();
  await reviewer.keyboard.press("Enter");
  await expect(
    reviewer.getByRole("status").filter({ hasText: `已选择单元格：${labelCell("2021", "applications.1.natural")}` }),
  ).toBeVisible();
  await context.close();
});
