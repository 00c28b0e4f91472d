// Sessions: one's own list with 退出其他所有登录, the admin's 强制退出, and the absolute lifetime;
// a session ended any of these ways sends its browser's next request to the login page.
import { queryE2eDatabase } from "./database";
import { expect, signIn, signInAs, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";

const PASSWORD = "Sessions-Test-2026";

test("a user signs out their other session from the sessions page; its next request goes to the login page", async ({
  browser,
}) => {
  const { emails } = await createAgencyWithClerks("sessions", ["钱会话"], PASSWORD);
  const office = await browser.newPage();
  const home = await browser.newPage();
  for (const page of [office, home]) {
    await signIn(page, emails[0]!, PASSWORD);
    await expect(page).toHaveURL(/\/staff$/);
  }
  await office.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "我的登录" }).click();
  await expect(office.getByRole("heading", { name: "我的登录" })).toBeVisible();
  await expect(office.getByRole("table").getByRole("row")).toHaveCount(3);
  await expect(office.getByText("当前登录")).toBeVisible();
  await office.getByRole("button", { name: "退出其他所有登录（1 处）" }).click();
  // The list is drawn again: only this browser's session is left, and the button is gone.
  await expect(office.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(office.getByRole("button", { name: /退出其他所有登录/ })).toHaveCount(0);

  await home.goto("/staff");
  await expect(home).toHaveURL(/\/login/);
  await office.goto("/staff");
  await expect(office).toHaveURL(/\/staff$/);
  await office.close();
  await home.close();
});

test("the admin forces a person out; a session past its absolute lifetime ends though it was in use", async ({
  page,
  browser,
}) => {
  const { emails } = await createAgencyWithClerks("forced", ["孙强退"], PASSWORD);
  const clerk = await browser.newPage();
  await signIn(clerk, emails[0]!, PASSWORD);
  await expect(clerk).toHaveURL(/\/staff$/);

  await signInAs(page, "admin");
  await page.goto("/staff/admin/people");
  const row = page.getByRole("row", { name: new RegExp(emails[0]!) });
  await row.getByRole("button", { name: "管理" }).click();
  const manage = page.getByRole("dialog");
  await manage.getByRole("button", { name: "强制退出所有登录" }).click();
  await expect(manage.getByText("已强制退出 1 处登录")).toBeVisible();
  await clerk.goto("/staff");
  await expect(clerk).toHaveURL(/\/login/);

  // Active a minute ago, but signed in 13 hours ago: over the 12-hour absolute lifetime.
  await signIn(clerk, emails[0]!, PASSWORD);
  await expect(clerk).toHaveURL(/\/staff$/);
  await queryE2eDatabase(
    `UPDATE session SET created_at = now() - interval '13 hours', updated_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM "user" WHERE email = $1)`,
    [emails[0]!],
  );
  await clerk.goto("/staff");
  await expect(clerk).toHaveURL(/\/login/);
  await clerk.close();
});
