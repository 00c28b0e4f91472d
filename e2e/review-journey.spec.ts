import { beijingDateTime } from "../lib/beijing-time";
import { labelCell, validateReport } from "../lib/report-format";
import { buildConsistentReport } from "../lib/report-format/testing";
import { expectNoSeriousViolations } from "./accessibility";
import { queryE2eDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerkAndSupervisor } from "./staff-supervisor";
import { cellInput, fillWizard } from "./wizard-input";

// One report's way from the clerk to the citizen, with a round of review in between: the clerk of
// a department of this journey's own fills and submits a consistent report; its supervisor comments
// on a cell and a section and returns it with a reason; the clerk's wizard opens where the comments
// point, shows them at the cell, the clerk fixes the cell, replies and submits again; the supervisor
// follows the reply's notification, sees the change and the reply, approves, schedules the
// publication, calls it off and publishes at once; and a citizen reads the corrected value.

const PASSWORD = "review-journey-Pass-2025";
const CELL = "art20_5.licensing.decisions";
const CELL_LABEL = labelCell("2021", CELL);
const REASON = "第二部分行政许可的数字与业务系统不一致，请按意见核对后重新提交。";
const CELL_COMMENT = "业务系统统计的本年行政许可处理决定为 27 件，请核对。";
const SECTION_COMMENT = "存在的问题请写明整改时限。";
const REPLY = "已核对业务系统，改为 27 件。";

test("a returned report goes back to the clerk at the commented cell, comes back fixed with a reply, and is published", async ({
  page: clerk,
  browser,
}) => {
  test.setTimeout(300_000);
  const { code, name, clerkEmail, supervisorEmail } = await createAgencyWithClerkAndSupervisor(
    "review",
    { clerk: "赵填报", supervisor: "钱审核" },
    PASSWORD,
  );
  const report = buildConsistentReport({ format: "2021", seed: 543, year: 2025, agencyName: name });
  expect(validateReport(report).violations).toEqual([]);
  const before = String(report.tables.art20_5!.licensing!.decisions);
  expect(before).toBe("22");

  // The clerk fills in the whole report and submits it.
  await signIn(clerk, clerkEmail, PASSWORD);
  await expect(clerk).toHaveURL(/\/staff$/);
  await clerk.goto(`/staff/agencies/${code}`);
  await clerk.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(clerk).toHaveURL(/\/overview$/);
  const reportId = clerk.url().split("/").at(-2)!;
  await fillWizard(clerk, report);
  await expectNoSeriousViolations(clerk, "returned report in the wizard");
  await expect(clerk.getByText("所有检查均已通过，可以提交审核。")).toBeVisible();
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await clerk.getByRole("dialog", { name: "确认提交审核？" }).getByRole("button", { name: "确认提交" }).click();
  await expect(clerk.getByText("本报告当前为“已提交”状态，只能查看，不能修改。")).toBeVisible();

  // The supervisor finds it in the queue, comments on a section and on the cell, and returns it.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, supervisorEmail, PASSWORD);
  await expect(supervisor).toHaveURL(/\/staff$/);
  await supervisor.goto("/staff/review");
  await supervisor.getByRole("link", { name: `${name} 2025 年度报告` }).click();
  await expect(supervisor).toHaveURL(new RegExp(`/staff/review/${reportId}$`));
  for (const [target, body] of [
    ["五、存在的主要问题及改进情况", SECTION_COMMENT],
    [CELL_LABEL, CELL_COMMENT],
  ] as const) {
    await supervisor.getByLabel("意见位置").selectOption({ label: target });
    await supervisor.getByLabel("意见内容").fill(body);
    await supervisor.getByRole("button", { name: "添加意见" }).click();
    await expect(supervisor.getByRole("list", { name: "审核意见" })).toContainText(body);
  }
  await supervisor.getByLabel("退回理由").fill(REASON);
  await supervisor.getByRole("button", { name: "退回修改" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "报告已退回" })).toBeVisible();

  // The clerk's wizard opens on 二 (the first commented step in the report's order, though the
  // comment on 五 is older), with the reason, the comments and the mark at the cell.
  // The clerk follows the return's notification straight into the wizard.
  await clerk.goto("/staff/notifications");
  await clerk.getByRole("link", { name: /年度报告被退回/ }).click();
  // The notification leads to the commented cell itself (the first one in the report's order).
  await expect(clerk).toHaveURL(
    new RegExp(`/staff/reports/${reportId}/proactive\\?focus=${CELL.replaceAll(".", "\\.")}$`),
  );
  await expect(clerk.getByRole("heading", { level: 2, name: "二、主动公开政府信息情况" })).toBeVisible();
  const cell = cellInput(clerk, CELL);
  await expect(cell).toBeFocused();
  const feedback = clerk.getByRole("region", { name: "审核人退回了本报告，请修改后重新提交审核" });
  await expect(feedback).toContainText(`退回理由：${REASON}`);
  await expect(feedback).toContainText("2 条待处理的审核意见");
  const cellComment = feedback.getByRole("listitem").filter({ hasText: CELL_COMMENT });
  await expect(feedback.getByRole("listitem").filter({ hasText: SECTION_COMMENT })).toContainText(
    "五、存在的主要问题及改进情况",
  );
  await expect(cell).toHaveValue(before);
  await expect(cell).toHaveAccessibleDescription(`审核意见：${CELL_COMMENT}`);
  await expect(cell).toHaveAttribute("title", `审核意见：${CELL_COMMENT}`);
  const steps = clerk.getByRole("navigation", { name: "填报步骤" });
  await expect(steps.getByRole("link", { name: /二、主动公开.*1 条审核意见/ })).toBeVisible();
  await expect(steps.getByRole("link", { name: /五、存在的主要问题.*1 条审核意见/ })).toBeVisible();

  // The comment on 五 is under that step's heading and describes its editor.
  await steps.getByRole("link", { name: /五、存在的主要问题/ }).click();
  await expect(clerk.getByRole("textbox", { name: /五、存在的主要问题/ })).toHaveAccessibleDescription(
    `审核意见（本节）：${SECTION_COMMENT}`,
  );

  // From there, the cell comment's link goes back to the cell and puts the focus on it.
  await cellComment.getByRole("link", { name: new RegExp(CELL_LABEL) }).click();
  await expect(clerk).toHaveURL(/\/proactive$/);
  await expect(cell).toBeFocused();
  await clerk.keyboard.press("ControlOrMeta+A");
  await clerk.keyboard.type("27");
  await expect(clerk.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);

  await cellComment.getByRole("textbox", { name: /回复审核人/ }).fill(REPLY);
  await cellComment.getByRole("button", { name: "回复" }).click();
  await expect(cellComment.getByRole("status")).toHaveText("✓ 回复已发送，审核人会收到通知");
  await expect(cellComment.getByRole("list", { name: "填报人回复" })).toContainText(`赵填报`);
  await expect(cellComment.getByRole("list", { name: "填报人回复" })).toContainText(REPLY);

  await steps.getByRole("link", { name: "预览与提交" }).click();
  await expect(clerk.getByText("所有检查均已通过，可以提交审核。")).toBeVisible();
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await clerk.getByRole("dialog", { name: "确认提交审核？" }).getByRole("button", { name: "确认提交" }).click();
  await expect(clerk.getByText("本报告当前为“已提交”状态，只能查看，不能修改。")).toBeVisible();

  // The supervisor follows the reply's notification to the review page: the change and the reply.
  await supervisor.goto("/staff/notifications");
  await supervisor.getByRole("link", { name: /填报人回复了审核意见/ }).click();
  await expect(supervisor).toHaveURL(new RegExp(`/staff/review/${reportId}$`));
  const changes = supervisor.getByRole("table", { name: "自上次提交以来的单元格改动" });
  await expect(changes.getByRole("row")).toHaveCount(2);
  const changed = changes.getByRole("row").filter({ has: supervisor.getByRole("rowheader", { name: CELL_LABEL }) });
  await expect(changed.getByRole("cell")).toHaveText([before, "27", /^赵填报/]);
  const comments = supervisor.getByRole("list", { name: "审核意见" });
  const answered = comments.getByRole("listitem").filter({ hasText: CELL_COMMENT });
  await expect(answered.getByRole("list", { name: "填报人回复" })).toContainText(REPLY);
  await expectNoSeriousViolations(supervisor, "review page with the change and the reply");
  await answered.getByRole("button", { name: "标记为已解决" }).click();
  await expect(comments.getByRole("listitem").filter({ hasText: CELL_COMMENT })).toContainText("✓ 已解决");

  // Approved, scheduled for tomorrow, the schedule called off, then published at once.
  await supervisor.getByRole("button", { name: "审核通过" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "报告已审核通过" })).toBeVisible();
  await supervisor.getByLabel("定时发布").check();
  await supervisor.getByLabel("公开时间（北京时间）").fill(beijingDateTime(new Date(Date.now() + 24 * 3_600_000)));
  await supervisor.getByRole("button", { name: "定时发布" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "报告已定时发布" })).toBeVisible();
  await supervisor.getByRole("button", { name: "取消定时发布" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "已取消定时发布" })).toBeVisible();
  await expect(supervisor.getByText("已审核", { exact: true })).toBeVisible();
  const [cancelled] = await queryE2eDatabase<{
    status: string;
    published_at: Date | null;
    published_revision_id: string | null;
  }>(
    "SELECT r.status, v.published_at, r.published_revision_id FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = $1",
    [reportId],
  );
  expect(cancelled).toEqual({ status: "APPROVED", published_at: null, published_revision_id: null });
  await expect(supervisor.getByLabel("立即发布")).toBeChecked();
  await supervisor.getByRole("button", { name: "发布", exact: true }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "报告已发布" })).toBeVisible();
  await supervisorContext.close();

  // A citizen, not signed in, reads the corrected value.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  const response = await citizen.goto(`/reports/2025/${code}`);
  expect(response?.status()).toBe(200);
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText(`${name}2025年度政府信息公开工作年度报告`);
  await expect(
    citizen
      .getByRole("table", { name: "第二十条第（五）项" })
      .getByRole("row", { name: /行政许可/ })
      .getByRole("cell"),
  ).toHaveText(["27"]);
  await citizenContext.close();

  // What was stored: the cell, the reply, and every step in the report's history.
  const [stored] = await queryE2eDatabase<{ status: string; value: number }>(
    `SELECT r.status, c.int_value AS value FROM report r JOIN report_cell c ON c.revision_id = r.current_revision_id
      WHERE r.id = $1 AND c.table_key = 'art20_5' AND c.row_key = 'licensing' AND c.column_key = 'decisions'`,
    [reportId],
  );
  expect(stored).toEqual({ status: "PUBLISHED", value: 27 });
  const replies = await queryE2eDatabase<{ body: string; author: string; comment: string; resolved: boolean }>(
    `SELECT r.body, u.name AS author, c.body AS comment, c.resolved_at IS NOT NULL AS resolved
       FROM review_comment_reply r JOIN review_comment c ON c.id = r.comment_id JOIN "user" u ON u.id = r.author_id WHERE c.report_id = $1`,
    [reportId],
  );
  expect(replies).toEqual([{ body: REPLY, author: "赵填报", comment: CELL_COMMENT, resolved: true }]);
  const events = await queryE2eDatabase<{ action: string }>(
    "SELECT action FROM audit_event WHERE report_id = $1 AND action <> 'report.saved' ORDER BY id",
    [reportId],
  );
  expect(events.map((event) => event.action)).toEqual([
    "report.created",
    "report.submit",
    "report.comment_added",
    "report.comment_added",
    "report.return",
    "report.comment_replied",
    "report.submit",
    "report.comment_resolved",
    "report.approve",
    "report.publish",
    "report.cancel_publication",
    "report.publish",
  ]);
  const [notified] = await queryE2eDatabase<{ message: string }>(
    `SELECT n.message FROM notification n JOIN "user" u ON u.id = n.user_id WHERE n.report_id = $1 AND n.kind = 'report.comment_reply' AND u.email = $2`,
    [reportId, supervisorEmail],
  );
  expect(notified?.message).toBe(`${name} 2025 年度报告的填报人回复了审核意见（${CELL_LABEL}）：${REPLY}`);
});
