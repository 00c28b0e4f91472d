import { queryE2eDatabase } from "./database";
import { expect, signIn, signInAs, test } from "./fixtures";

test("the clerk signs in and sees their agency and its published 2020 report", async ({ page }) => {
  await signInAs(page, "clerk");
  await expect(page.getByRole("heading", { name: "您好，李填报" })).toBeVisible();
  await expect(page.getByRole("list", { name: "我的角色" })).toHaveText(/填报人 · 本溪市科学技术局/);
  await expect(page.getByText("当前填报年度：2025 年度")).toBeVisible();
  const agencies = page.getByRole("region", { name: "机构" });
  await expect(agencies.getByRole("link")).toHaveCount(1);
  await expect(agencies.getByRole("link", { name: /本溪市科学技术局/ })).toBeVisible();
  const reports = page.getByRole("region", { name: "年度报告" });
  await expect(reports.getByRole("row", { name: /2020.*本溪市科学技术局.*已发布/ })).toBeVisible();
});

test("the reviewer signs in and sees every 本溪市 department", async ({ page }) => {
  await signInAs(page, "reviewer");
  await expect(page.getByRole("heading", { name: "您好，王审核" })).toBeVisible();
  const agencies = page.getByRole("region", { name: "机构" });
  for (const name of ["本溪市科学技术局", "本溪市教育局", "本溪市财政局", "本溪市生态环境局"]) {
    await expect(agencies.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
  await expect(page.getByRole("list", { name: "我的角色" }).getByRole("listitem")).toHaveCount(4);
});

test("the admin signs in and sees the whole government", async ({ page }) => {
  await signInAs(page, "admin");
  await expect(page.getByRole("heading", { name: "您好，赵管理" })).toBeVisible();
  await expect(page.getByRole("list", { name: "我的角色" })).toHaveText(/主管部门管理员 · 本溪市人民政府/);
  const agencies = page.getByRole("region", { name: "机构" });
  await expect(agencies.getByRole("link", { name: /本溪满族自治县人民政府/ })).toBeVisible();
  await expect(agencies.getByRole("link", { name: /本溪市人民政府/ }).first()).toBeVisible();
});

test("a staff URL without a session redirects to the login page, and back after login", async ({ page }) => {
  await page.goto("/staff/agencies/bxskxjsj");
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff%2Fagencies%2Fbxskxjsj/);
  await page.getByLabel("邮箱").fill("clerk@demo.gov.cn");
  await page.getByLabel("密码").fill("demo-2025-Pass");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/staff\/agencies\/bxskxjsj$/);
  await expect(page.getByRole("heading", { name: "本溪市科学技术局" })).toBeVisible();
});

test("a clerk cannot open another agency's staff page", async ({ page }) => {
  await signInAs(page, "clerk");
  const response = await page.goto("/staff/agencies/bxsjyj");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "本溪市教育局" })).toHaveCount(0);
});

test("sign-out ends the session", async ({ page }) => {
  await signInAs(page, "reviewer");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login/);
});

test("five wrong passwords in a row lock the account for a while, with a clear message", async ({ page }) => {
  const email = "lockout-check@demo.gov.cn";
  for (let attempt = 1; attempt <= 4; attempt++) {
    // The progressive delay between guesses (seconds; lib/server/auth/sign-in.integration.test.ts) is skipped here.
    await queryE2eDatabase("UPDATE login_throttle SET not_before = NULL WHERE key = $1", [`account:${email}`]);
    await signIn(page, email, `wrong-password-${attempt}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      new RegExp(`邮箱或密码不正确（再输错 ${5 - attempt} 次将暂时锁定）`),
    );
  }
  await queryE2eDatabase("UPDATE login_throttle SET not_before = NULL WHERE key = $1", [`account:${email}`]);
  await signIn(page, email, "wrong-password-5");
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    /密码连续输错 5 次，该账号已暂时锁定，请 15 分钟后再试/,
  );
  await signIn(page, email, "wrong-password-6");
  await expect(page.locator("form").getByRole("alert")).toHaveText(/已暂时锁定/);
});

test("bad input on the login form gets a message in Chinese", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill("not-an-address");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请输入有效的邮箱地址")).toBeVisible();
  await expect(page.getByText("请输入密码")).toBeVisible();
});

test("the login page never sends the browser to another site after sign-in", async ({ page }) => {
  for (const next of ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "/\\evil.example"]) {
    const response = await page.request.get(`/login?next=${next}`, { maxRedirects: 0 });
    expect(response.status(), next).toBe(200);
  }
  await page.goto("/login?next=/%5Cevil.example");
  await page.getByLabel("邮箱").fill("clerk@demo.gov.cn");
  await page.getByLabel("密码").fill("demo-2025-Pass");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/staff$/);
  // Signed in, the GET redirect of the login page is checked the same way.
  const response = await page.request.get("/login?next=/%5Cevil.example", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe("/staff");
});
