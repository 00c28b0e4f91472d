import type { Locator, Page } from "@playwright/test";
import { queryE2eDatabase } from "./database";
import { expect, signInAs, test } from "./fixtures";
import { cellInput as input, goToNextStep as next, paste } from "./wizard-input";

// A clerk's whole year, as a new clerk would do it: start the 2025 report of 本溪市科学技术局 from
// the agency page, fill every section (typing, moving with Enter and the arrow keys, pasting a
// block copied from Excel), break the 勾稽关系 and fix it, explain a warning, submit — and then
// the database holds exactly what was typed.

const COLUMNS = ["natural", "commercial", "research", "social", "legal", "other"] as const;

/** The applications table as typed (input columns), row by row. */
const APPLICATIONS: Record<string, readonly number[]> = {
  "1": [10, 2, 0, 0, 1, 0],
  "2": [1, 0, 0, 0, 0, 0],
  "3.1": [5, 1, 0, 0, 1, 0],
  "3.2": [2, 0, 0, 0, 0, 0],
  ...Object.fromEntries(
    [
      "3.3.1",
      "3.3.2",
      "3.3.3",
      "3.3.4",
      "3.3.5",
      "3.3.6",
      "3.3.7",
      "3.3.8",
      "3.4.1",
      "3.4.2",
      "3.4.3",
      "3.5.1",
      "3.5.2",
      "3.5.3",
      "3.5.4",
      "3.5.5",
      "3.6.2",
      "3.6.3",
    ].map((row) => [row, [0, 0, 0, 0, 0, 0]]),
  ),
  "3.6.1": [2, 0, 0, 0, 0, 0],
  "4": [2, 1, 0, 0, 0, 0],
};
const RESULT_ROWS = Object.keys(APPLICATIONS).filter((row) => row.startsWith("3."));

const OVERVIEW =
  "本年度，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年新收政府信息公开申请13件，予以公开7件。\n\n主动公开工作有序推进。";
const PROBLEMS = "政策解读的形式还不够丰富。下一步将组织专题培训，丰富图解、视频等解读形式。";
const OTHER = "本年度未收取信息处理费。";
const EXPLANATION = "2件申请人逾期未补正，已依法告知不再处理。";

function total(page: Page, key: string): Locator {
  return page.locator(`td[data-cell="${key}"] [data-total-value]`);
}

async function typeRow(page: Page, firstKey: string, values: readonly (number | string)[]): Promise<void> {
  await input(page, firstKey).click();
  for (const [index, value] of values.entries()) {
    if (index > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(String(value));
  }
}

test("a clerk starts the 2025 report, fills every section, fixes an error, explains a warning and submits it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, "clerk");
  await page
    .getByRole("link", { name: /本溪市科学技术局/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "2025 年度报告" })).toBeVisible();
  await page.getByRole("button", { name: "开始填报 2025 年度报告" }).click();

  // 一、总体情况: the rules and the character count beside the editor.
  await expect(page).toHaveURL(/\/staff\/reports\/[^/]+\/overview$/);
  await expect(page.getByRole("heading", { level: 2, name: "一、总体情况" })).toBeVisible();
  const steps = page.getByRole("navigation", { name: "填报步骤" });
  await expect(steps.getByRole("link", { name: /一、总体情况.*未填写/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "填写要求" })).toContainText("篇幅原则上不超过一千字");
  await page.getByRole("textbox", { name: /一、总体情况/ }).fill(OVERVIEW);
  await expect(page.getByText(/已写 \d+ 字（不计空格和换行），原则上不超过 1,000 字/)).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);
  await expect(steps.getByRole("link", { name: /一、总体情况.*已完成/ })).toBeVisible();

  // 二、主动公开: four small tables; full-width digits and a thousands separator are accepted.
  await next(page, "二、主动公开政府信息情况");
  await typeRow(page, "art20_1.regulations.made", [0, 0, 0, 3, 1, "１２"]);
  await typeRow(page, "art20_5.licensing.decisions", ["1,234", 5, 0, 0]);
  await expect(page.getByText("本节已填写完整，没有发现问题。")).toBeVisible();

  // 三、申请情况: typing updates the row total and （七）总计 at once.
  await next(page, "三、收到和处理政府信息公开申请情况");
  const natural = page.getByRole("textbox", { name: "一、本年新收政府信息公开申请数量 自然人", exact: true });
  await natural.click();
  await page.keyboard.type("10");
  await expect(total(page, "applications.1.total")).toHaveText("10");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2");
  await expect(total(page, "applications.1.total")).toHaveText("12");
  await typeRow(page, "applications.1.research", [0, 0, 1, 0, ...APPLICATIONS["2"]!]);
  await expect(total(page, "applications.1.total")).toHaveText("13");
  await expect(total(page, "applications.2.total")).toHaveText("1");

  // Enter goes down a row, the arrow keys move like in a spreadsheet.
  await natural.focus();
  await page.keyboard.press("Enter");
  await expect(input(page, "applications.2.natural")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(input(page, "applications.3.1.natural")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(input(page, "applications.3.1.commercial")).toBeFocused();

  // A 3 × 7 block copied from Excel (its 7th column, 总计, is computed here and ignored).
  const block = ["3.1", "3.2", "3.3.1"]
    .map((row) => [...APPLICATIONS[row]!, APPLICATIONS[row]!.reduce((a, b) => a + b, 0)].join("\t"))
    .join("\r\n");
  await paste(input(page, "applications.3.1.natural"), `${block}\r\n`);
  await expect(page.getByRole("status").filter({ hasText: "已粘贴 3 行 × 7 列，填入 18 个单元格" })).toContainText(
    "3 个值落在自动计算的合计单元格上，已忽略",
  );
  await expect(input(page, "applications.3.2.natural")).toHaveValue("2");
  await expect(total(page, "applications.3.1.total")).toHaveText("7");
  await expect(total(page, "applications.3.7.natural")).toHaveText("7");
  // The rest of the results as one more block, then 2 cases of （六）1. typed over the pasted 0.
  const zeros = RESULT_ROWS.slice(3)
    .map(() => "0\t0\t0\t0\t0\t0")
    .join("\n");
  await paste(input(page, "applications.3.3.2.natural"), zeros);
  await input(page, "applications.3.6.1.natural").click();
  await page.keyboard.type("2");
  await expect(total(page, "applications.3.7.natural")).toHaveText("9");
  await expect(total(page, "applications.3.7.total")).toHaveText("11");

  // Row 4 breaks 第一项加第二项之和等于第三项加第四项之和: the message is at the cell and in the list.
  await typeRow(page, "applications.4.natural", [5, 1, 0, 0, 0, 0]);
  const carried = input(page, "applications.4.natural");
  await expect(carried).toHaveAttribute("aria-invalid", "true");
  await expect(carried).toHaveAccessibleDescription(
    /错误：四、结转下年度继续办理·自然人 应等于第一项加第二项之和减去第三项（七）总计，即 2，实填 5/,
  );
  await carried.focus();
  await expect(page.getByTestId("cell-bar")).toContainText("即 2，实填 5");
  const issues = page.getByRole("list", { name: "收到和处理政府信息公开申请情况的错误和警告" });
  const balance = issues
    .getByRole("listitem")
    .filter({ hasText: "四、结转下年度继续办理·自然人 应等于第一项加第二项之和减去第三项（七）总计" });
  await expect(balance).toContainText("错误");
  await input(page, "applications.1.natural").focus();
  await balance.getByRole("link", { name: /定位/ }).click();
  await expect(carried).toBeFocused();
  await expect(steps.getByRole("link", { name: /三、收到和处理.*有错误/ })).toBeVisible();
  await page.keyboard.type("2");
  await expect(carried).not.toHaveAttribute("aria-invalid");
  await expect(issues.getByRole("listitem").filter({ hasText: "应等于第一项加第二项之和" })).toHaveCount(0);

  // （六）其他处理 is 2 of 11: a warning, explained in the list.
  const share = issues.getByRole("listitem").filter({ hasText: "（六）其他处理·总计 为 2" });
  await expect(share).toContainText("警告");
  await expect(steps.getByRole("link", { name: /三、收到和处理.*有警告/ })).toBeVisible();
  await share.getByLabel(/说明原因/).fill(EXPLANATION);
  await expect(share).toContainText("已说明");
  await expect(steps.getByRole("link", { name: /三、收到和处理.*已完成/ })).toBeVisible();

  // 四、复议诉讼: the printed one-line table of 15 cells; Tab skips the totals.
  await next(page, "四、政府信息公开行政复议、行政诉讼情况");
  await typeRow(page, "reviews.review.upheld", [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  await expect(total(page, "reviews.review.total")).toHaveText("1");
  await expect(total(page, "reviews.suit_after_review.total")).toHaveText("0");

  await next(page, "五、存在的主要问题及改进情况");
  await page.getByRole("textbox", { name: /五、存在的主要问题及改进情况/ }).fill(PROBLEMS);
  await next(page, "六、其他需要报告的事项");
  await page.getByRole("textbox", { name: /六、其他需要报告的事项/ }).fill(OTHER);

  // Preview as citizens will read it, then submit.
  await next(page, "预览与提交");
  await expect(page.getByText("所有检查均已通过，可以提交审核。")).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "第二十条第（一）项" })
      .getByRole("row", { name: /行政规范性文件/ })
      .getByRole("cell"),
  ).toHaveText(["3", "1", "12"]);
  await expect(page.getByText("全年新收政府信息公开申请13件")).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("dialog", { name: "确认提交审核？" }).getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByText("本报告当前为“已提交”状态，只能查看，不能修改。")).toBeVisible();
  await expect(page.getByRole("button", { name: "提交审核" })).toHaveCount(0);
  await page.getByRole("link", { name: /三、收到和处理/ }).click();
  await expect(input(page, "applications.1.natural")).toHaveAttribute("readonly", "");

  // The database holds exactly what was typed.
  const [report] = await queryE2eDatabase<{
    id: string;
    status: string;
    overview: string;
    problems: string;
    other: string;
    warning_explanations: Record<string, string>;
  }>(
    `SELECT r.id, r.status, v.overview, v.problems, v.other, v.warning_explanations
       FROM report r JOIN agency a ON a.id = r.agency_id JOIN report_revision v ON v.id = r.current_revision_id
      WHERE a.code = 'bxskxjsj' AND r.year = 2025 AND r.kind = 'AGENCY'`,
  );
  expect(report).toMatchObject({ status: "SUBMITTED", overview: OVERVIEW, problems: PROBLEMS, other: OTHER });
  expect(report!.warning_explanations).toEqual({ "applications.other-share|applications.3.6.1.total": EXPLANATION });

  const cells = await queryE2eDatabase<{ key: string; value: string | null }>(
    `SELECT table_key || '.' || row_key || '.' || column_key AS key, COALESCE(int_value::text, decimal_value::text) AS value
       FROM report_cell WHERE revision_id = (SELECT current_revision_id FROM report WHERE id = $1)`,
    [report!.id],
  );
  const stored = Object.fromEntries(cells.map((cell) => [cell.key, cell.value]));
  const expected: Record<string, string> = {
    "art20_1.regulations.made": "0",
    "art20_1.regulations.repealed": "0",
    "art20_1.regulations.in_force": "0",
    "art20_1.normative_docs.made": "3",
    "art20_1.normative_docs.repealed": "1",
    "art20_1.normative_docs.in_force": "12",
    "art20_5.licensing.decisions": "1234",
    "art20_6.penalty.decisions": "5",
    "art20_6.coercion.decisions": "0",
    "art20_8.fees.amount": "0.000000",
  };
  const columnTotals = COLUMNS.map((_, column) =>
    RESULT_ROWS.reduce((sum, row) => sum + APPLICATIONS[row]![column]!, 0),
  );
  for (const [row, values] of Object.entries({ ...APPLICATIONS, "3.7": columnTotals })) {
    COLUMNS.forEach((column, index) => (expected[`applications.${row}.${column}`] = String(values[index])));
    expected[`applications.${row}.total`] = String(values.reduce((a, b) => a + b, 0));
  }
  for (const row of ["review", "suit_direct", "suit_after_review"]) {
    ["upheld", "corrected", "other", "pending", "total"].forEach(
      (column) =>
        (expected[`reviews.${row}.${column}`] =
          row === "review" && (column === "upheld" || column === "total") ? "1" : "0"),
    );
  }
  expect(stored).toEqual(expected);
});
