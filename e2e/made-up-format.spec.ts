import type { Locator, Page } from "@playwright/test";
import { getCellDefinition, getFormat, labelCell, parseFormatKey, sectionOfTable } from "../lib/report-format";
import { MADE_UP_FIRST_YEAR, MADE_UP_FORMAT_KEY } from "../tests/formats/made-up-format";
import "./app-formats";
import { queryE2eDatabase } from "./database";
import { expect, signInAs, test } from "./fixtures";
import { cellInput } from "./wizard-input";

// A format declared in one file (tests/formats/made-up-format.ts), which the e2e build registers
// beside the official ones (scripts/e2e-server.ts): a clerk fills a report of a year in that format,
// types into the row only that format has, and sees its totals, computed from the declaration.

const format = parseFormatKey(MADE_UP_FORMAT_KEY);
const YEAR = MADE_UP_FIRST_YEAR;
const EXTRA_ROW = "applications.3.6.4";
const EXTRA_TABLE_CELL = "art20_7.emergency_plans.issued";

function total(page: Page, key: string): Locator {
  return page.locator(`td[data-cell="${key}"] [data-total-value]`);
}

/** To the wizard step of `table`, by its link in the steps. */
async function goToStepOf(page: Page, table: string): Promise<void> {
  const section = getFormat(format).sections.find((candidate) => candidate.key === sectionOfTable(format, table));
  if (!section) throw new Error(`no section holds ${table}`);
  await page
    .getByRole("navigation", { name: "填报步骤" })
    .getByRole("link", { name: new RegExp(section.heading) })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: section.heading })).toBeVisible();
}

test.beforeAll(async () => {
  // The admin page opens years that have begun only: the made-up year is opened behind its back.
  await queryE2eDatabase(
    `INSERT INTO reporting_year (year, format, deadline) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET closed_at = NULL`,
    [YEAR, format, new Date(Date.UTC(YEAR + 1, 0, 31, 15, 59, 59))],
  );
});

test.afterAll(async () => {
  // Closed again, so that the other journeys find the demo's own open year. (The audit trail is
  // append-only: the draft and its events stay.)
  await queryE2eDatabase(`UPDATE reporting_year SET closed_at = now() WHERE year = $1`, [YEAR]);
});

test("a clerk fills a report of a made-up format: its extra row and extra table work, with live totals", async ({
  page,
}) => {
  await signInAs(page, "clerk");
  await page
    .getByRole("link", { name: /本溪市科学技术局/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: `${YEAR} 年度报告` })).toBeVisible();
  await expect(page.getByText(`${format} 版格式`)).toBeVisible();
  await page.getByRole("button", { name: `开始填报 ${YEAR} 年度报告` }).click();
  await expect(page).toHaveURL(/\/staff\/reports\/[^/]+\/overview$/);
  const reportId = /\/staff\/reports\/([^/]+)\//.exec(page.url())?.[1];

  // 二: the 第二十条 table only this format has.
  await goToStepOf(page, "art20_7");
  await expect(page.getByRole("table", { name: "第二十条第（七）项" })).toBeVisible();
  await cellInput(page, EXTRA_TABLE_CELL).fill("4");
  await expect(page.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);

  // 三: the renamed column and the extra row, whose figures count in the row total and （七）总计.
  await goToStepOf(page, "applications");
  await expect(page.getByRole("columnheader", { name: "公民个人" })).toBeVisible();
  await expect(page.getByText("4.申请人主动撤回申请")).toBeVisible();
  await cellInput(page, `${EXTRA_ROW}.citizen`).click();
  await page.keyboard.type("3");
  await expect(total(page, `${EXTRA_ROW}.total`)).toHaveText("3");
  await expect(total(page, "applications.3.7.citizen")).toHaveText("3");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2");
  await expect(total(page, `${EXTRA_ROW}.total`)).toHaveText("5");
  await expect(total(page, "applications.3.7.total")).toHaveText("5");
  await expect(page.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);

  // The database holds what was typed, in the made-up format's own cells.
  const rows = await queryE2eDatabase<{ key: string; value: string | null; format: string }>(
    `SELECT c.table_key || '.' || c.row_key || '.' || c.column_key AS key, c.int_value::text AS value, r.format
       FROM report_cell c JOIN report r ON r.current_revision_id = c.revision_id
      WHERE r.id = $1 AND c.int_value IS NOT NULL`,
    [reportId],
  );
  const typed = rows.filter((row) => !getCellDefinition(format, row.key)?.computed);
  expect(typed.map((row) => `${labelCell(format, row.key)}=${row.value}`).sort()).toEqual(
    [
      `${labelCell(format, `${EXTRA_ROW}.citizen`)}=3`,
      `${labelCell(format, `${EXTRA_ROW}.commercial`)}=2`,
      `${labelCell(format, EXTRA_TABLE_CELL)}=4`,
    ].sort(),
  );
  expect(new Set(rows.map((row) => row.format))).toEqual(new Set([format]));
});
