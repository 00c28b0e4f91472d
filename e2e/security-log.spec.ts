// 安全审计: the admin finds a lockout, a password reset and a role change in the security log,
// filtered by user and date; the 审计员 reads the same log and cannot open people or agency pages.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { queryE2eDatabase } from "./database";
import { chooseOption, expect, signIn, signInAs, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";

const PASSWORD = "Security-Log-2026";
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());

async function createAuditor(): Promise<string> {
  const userId = randomUUID();
  const email = `auditor-${userId.slice(0, 8)}@demo.gov.cn`;
  await queryE2eDatabase(
    `INSERT INTO "user" (id, name, email, email_verified, updated_at) VALUES ($1, '孙审计', $2, true, now())`,
    [userId, email],
  );
  await queryE2eDatabase(
    `INSERT INTO account (id, account_id, provider_id, user_id, password, updated_at) VALUES ($1, $2, 'credential', $2, $3, now())`,
    [randomUUID(), userId, await hashPassword(PASSWORD)],
  );
  await queryE2eDatabase(
    `INSERT INTO role_assignment (id, user_id, role, agency_id) VALUES ($1, $2, 'AUDITOR', (SELECT id FROM agency WHERE code = 'benxi'))`,
    [randomUUID(), userId],
  );
  return email;
}

test("the admin finds a lockout, a password reset and a role change in the security log; the 审计员 reads it and opens no people or agency page", async ({
  page,
  browser,
}) => {
  const { code, emails } = await createAgencyWithClerks("seclog", ["周安全"], PASSWORD);
  const clerk = emails[0]!;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await queryE2eDatabase("UPDATE login_throttle SET not_before = NULL WHERE key = $1", [`account:${clerk}`]);
    await signIn(page, clerk, `wrong-${attempt}`);
    await expect(page.locator("form").getByRole("alert")).toBeVisible();
  }
  await expect(page.locator("form").getByRole("alert")).toContainText("该账号已暂时锁定");

  await signInAs(page, "admin");
  await page.goto("/staff/admin/people");
  const row = page.getByRole("row", { name: new RegExp(clerk) });
  await expect(row).toContainText("登录已锁定至");
  await row.getByRole("button", { name: "管理" }).click();
  const manage = page.getByRole("dialog");
  await manage.getByLabel(/新的初始密码/).fill("Reset-Pass-2026");
  await manage.getByRole("button", { name: "重置密码" }).click();
  await expect(manage.getByText(/密码已重置/)).toBeVisible();
  await chooseOption(manage.getByRole("combobox", { name: "角色" }), "审核人");
  await manage.getByRole("button", { name: "添加角色" }).click();
  await expect(manage.getByText(/已添加角色/)).toBeVisible();
  await manage.getByRole("button", { name: "关闭" }).click();

  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "安全审计" }).click();
  const filters = page.getByRole("form", { name: "筛选安全事件" });
  await filters.getByLabel("账号邮箱（包含）").fill(clerk);
  await filters.getByLabel("起始日期").fill(today());
  await filters.getByLabel("截止日期").fill(today());
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`user=${encodeURIComponent(clerk).replace(".", "\\.")}`));
  const log = page.getByRole("table");
  for (const event of ["账号因密码输错被锁定", "管理员重置密码", "授予角色", "登录失败（密码错误）"]) {
    await expect(log.getByRole("row", { name: new RegExp(event) }).first()).toBeVisible();
  }
  await expect(log.getByRole("row")).toHaveCount(1 + 5 + 1 + 1 + 1);
  // Another day shows none of it.
  await page.goto(`/staff/security?user=${encodeURIComponent(clerk)}&from=2020-01-01&to=2020-01-02`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(1);

  const auditorEmail = await createAuditor();
  const auditor = await browser.newPage();
  await signIn(auditor, auditorEmail, PASSWORD);
  await expect(auditor).toHaveURL(/\/staff$/);
  await auditor.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "安全审计" }).click();
  await auditor.getByLabel("账号邮箱（包含）").fill(clerk);
  await auditor.getByRole("button", { name: "筛选" }).click();
  await expect(auditor.getByRole("table").getByRole("row", { name: /管理员重置密码/ })).toBeVisible();
  const exported = await auditor.request.get(`/staff/security/export?user=${encodeURIComponent(clerk)}`);
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toContain("授予角色");
  for (const path of [
    "/staff/admin/people",
    "/staff/admin/agencies",
    "/staff/admin",
    `/staff/agencies/${code}`,
    "/staff/agencies/benxi",
  ]) {
    const response = await auditor.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await auditor.close();
});
