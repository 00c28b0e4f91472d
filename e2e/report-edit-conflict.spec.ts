import type { Browser, Page } from "@playwright/test";
import { queryE2eDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";

// Two people save the same report: the second save, based on a stale version, is refused by the
// server; the browser merges what does not collide and shows both values of what does, the clerk
// chooses per cell, and the save goes through against the new version. Nothing is lost. And a save
// that fails for the network keeps the work in the browser, offered back on return.

const PASSWORD = "conflict-Pass-2025";

async function openAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

async function startReport(page: Page, code: string): Promise<string> {
  await page.goto(`/staff/agencies/${code}`);
  await page.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(page).toHaveURL(/\/staff\/reports\/[^/]+\/overview$/);
  return page.url().split("/").at(-2)!;
}

async function typeInto(page: Page, key: string, value: string): Promise<void> {
  await page.locator(`input[data-cell="${key}"]`).click();
  await page.keyboard.type(value);
}

async function storedCells(reportId: string): Promise<Record<string, number | null>> {
  const rows = await queryE2eDatabase<{ key: string; value: number | null }>(
    `SELECT table_key || '.' || row_key || '.' || column_key AS key, int_value AS value
       FROM report_cell WHERE revision_id = (SELECT current_revision_id FROM report WHERE id = $1) AND table_key = 'applications'`,
    [reportId],
  );
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

test("the second of two sessions saving a stale version sees both values per cell, chooses, and nothing is lost", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { code, emails } = await createAgencyWithClerks("conflict", ["冲突测试甲", "冲突测试乙"], PASSWORD);
  const alice = await openAs(browser, emails[0]!);
  const reportId = await startReport(alice, code);
  const bob = await openAs(browser, emails[1]!);
  // Both open the applications step at version 1.
  await alice.goto(`/staff/reports/${reportId}/applications`);
  await bob.goto(`/staff/reports/${reportId}/applications`);

  await typeInto(alice, "applications.1.natural", "5");
  await typeInto(alice, "applications.2.natural", "1");
  await typeInto(alice, "applications.1.research", "3");
  await expect(alice.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);

  await typeInto(bob, "applications.1.natural", "7");
  await typeInto(bob, "applications.2.natural", "4");
  await typeInto(bob, "applications.1.commercial", "2");
  const dialog = bob.getByRole("dialog", { name: "报告已被他人修改" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("冲突测试甲");
  await expect(dialog).toContainText("以下 2 处您和对方都改过");
  await expect(dialog).toContainText("另有 1 处对方的修改与您的修改不冲突，已载入");
  const natural = dialog.getByRole("group", { name: "一、本年新收政府信息公开申请数量·自然人" });
  await expect(natural.getByRole("radio", { name: "保留我的：7" })).toBeVisible();
  await expect(natural.getByRole("radio", { name: /采用服务器上的（冲突测试甲 保存）：5/ })).toBeVisible();
  const carried = dialog.getByRole("group", { name: "二、上年结转政府信息公开申请数量·自然人" });
  await expect(carried.getByRole("radio", { name: "保留我的：4" })).toBeVisible();
  await expect(carried.getByRole("radio", { name: /采用服务器上的.*：1/ })).toBeVisible();
  // Nothing was written by the refused save.
  expect(await storedCells(reportId)).toMatchObject({
    "applications.1.natural": 5,
    "applications.2.natural": 1,
    "applications.1.commercial": null,
  });

  const save = dialog.getByRole("button", { name: "按所选内容保存" });
  await expect(save).toBeDisabled();
  await natural.getByRole("radio", { name: "保留我的：7" }).check();
  await carried.getByRole("radio", { name: /采用服务器上的/ }).check();
  await save.click();
  await expect(dialog).toBeHidden();
  await expect(bob.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);
  await expect(bob.locator('input[data-cell="applications.2.natural"]')).toHaveValue("1");
  await expect(bob.locator('input[data-cell="applications.1.research"]')).toHaveValue("3");
  await expect(bob.locator('td[data-cell="applications.1.total"] [data-total-value]')).toHaveText("12");

  expect(await storedCells(reportId)).toMatchObject({
    "applications.1.natural": 7,
    "applications.1.commercial": 2,
    "applications.1.research": 3,
    "applications.2.natural": 1,
    "applications.1.total": 12,
  });

  // Alice is now the stale one; her new cell collides with nothing, so it is merged and saved without asking.
  await typeInto(alice, "applications.1.legal", "4");
  await expect(alice.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);
  await expect(alice.getByRole("dialog")).toBeHidden();
  await expect(alice.locator('input[data-cell="applications.1.natural"]')).toHaveValue("7");
  expect(await storedCells(reportId)).toMatchObject({
    "applications.1.natural": 7,
    "applications.1.legal": 4,
    "applications.1.total": 16,
  });

  const changes = await queryE2eDatabase<{ before: string | null; after: string | null }>(
    `SELECT c.before, c.after FROM audit_cell_change c JOIN audit_event e ON e.id = c.event_id
      WHERE e.report_id = $1 AND c.cell = 'applications.1.natural' ORDER BY c.id`,
    [reportId],
  );
  expect(changes).toEqual([
    { before: null, after: "5" },
    { before: "5", after: "7" },
  ]);
});

test("a save that fails for the network keeps the work in the browser and offers it back on return", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { code, emails } = await createAgencyWithClerks("conflict", ["断网测试"], PASSWORD);
  const page = await openAs(browser, emails[0]!);
  const reportId = await startReport(page, code);
  await page.goto(`/staff/reports/${reportId}/applications`);

  const context = page.context();
  await context.setOffline(true);
  await typeInto(page, "applications.1.natural", "８");
  await expect(page.getByTestId("save-status")).toHaveText(/保存失败：网络连接失败，修改已保存在本机/);
  await page.close();
  expect((await storedCells(reportId))["applications.1.natural"]).toBeNull();

  // Back later, with the network: the kept work is offered back, not applied behind the clerk's back.
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/staff/reports/${reportId}/applications`);
  const banner = again.getByRole("alert").filter({ hasText: "本机保存有 1 处尚未保存到服务器的修改" });
  await expect(banner).toBeVisible();
  await expect(again.locator('input[data-cell="applications.1.natural"]')).toHaveValue("");
  await banner.getByRole("button", { name: "恢复这些修改" }).click();
  await expect(again.getByTestId("save-status")).toHaveText(/已保存 \d\d:\d\d/);
  await expect(again.locator('input[data-cell="applications.1.natural"]')).toHaveValue("８");
  expect((await storedCells(reportId))["applications.1.natural"]).toBe(8);
});
