import { queryE2eDatabase } from "./database";
import { chooseOption, expect, signIn, signInAs, test } from "./fixtures";

// The 主管部门 runs a year: a new department and its clerk, the year 2026 opened, the deadline
// board showing the department as not started; the clerk's first login forces a password change.

const YEAR = 2026;
const suffix = Date.now().toString(36);
const department = `本溪市档案局${suffix}`;
const clerk = {
  name: `档案填报人${suffix}`,
  email: `archive-${suffix}@demo.gov.cn`,
  initial: "initial-Pass-2026",
  own: "my-own-Pass-2026",
};

test.afterAll(async () => {
  // Other journeys expect 2025 to be the only open year: take 2026 away again (it has no reports).
  await queryE2eDatabase(
    "DELETE FROM reporting_year WHERE year = $1 AND NOT EXISTS (SELECT 1 FROM report WHERE year = $1)",
    [YEAR],
  );
});

test("an admin creates a department and its clerk, opens 2026 and sees the department on the board; the clerk must change the initial password", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/staff/admin");
  await expect(page.getByRole("heading", { name: "主管部门管理" })).toBeVisible();

  await page
    .getByRole("link", { name: /^机构管理/ })
    .first()
    .click();
  const newAgency = page.getByRole("region", { name: "新增机构" });
  await newAgency.getByLabel("名称", { exact: true }).fill(department);
  await newAgency.getByRole("button", { name: "按拼音生成" }).click();
  await expect(newAgency.getByLabel(/^代码/)).toHaveValue(/^bxsdaj/);
  await chooseOption(newAgency.getByRole("combobox", { name: "类型" }), "部门");
  await chooseOption(newAgency.getByRole("combobox", { name: "上级政府" }), "本溪市人民政府");
  await newAgency.getByRole("button", { name: "创建机构" }).click();
  await expect(newAgency.getByRole("status")).toContainText(`已创建“${department}”`);
  await expect(page.getByRole("cell", { name: department, exact: true })).toBeVisible();

  await page.getByRole("navigation", { name: "主管部门管理" }).getByRole("link", { name: "人员与角色" }).click();
  const newPerson = page.getByRole("region", { name: "新建账号" });
  await newPerson.getByLabel("姓名").fill(clerk.name);
  await newPerson.getByLabel("邮箱（登录名）").fill(clerk.email);
  await newPerson.getByLabel("初始密码").fill(clerk.initial);
  await chooseOption(newPerson.getByRole("combobox", { name: "角色" }), "填报人");
  await newPerson.getByRole("checkbox", { name: department }).check();
  await newPerson.getByRole("button", { name: "创建账号" }).click();
  await expect(newPerson.getByRole("status")).toContainText(`已创建 ${clerk.name} 的账号`);
  await expect(page.getByRole("row", { name: new RegExp(clerk.name) })).toContainText("待修改初始密码");

  await page.getByRole("navigation", { name: "主管部门管理" }).getByRole("link", { name: "填报年度" }).click();
  const openYear = page.getByRole("region", { name: "开放年度" });
  await openYear.getByLabel("年度", { exact: true }).fill(String(YEAR));
  await openYear.getByRole("button", { name: "开放年度" }).click();
  await expect(openYear.getByRole("status")).toContainText(`已开放 ${YEAR} 年度`);
  await expect(page.getByRole("article", { name: `${YEAR} 年度` })).toContainText("2027年1月31日");

  await page.goto(`/staff/admin/board?year=${YEAR}`);
  await expect(page.getByRole("heading", { name: `本溪市人民政府 ${YEAR} 年度报送进度` })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(department) });
  await expect(row).toContainText("未开始");
  await page
    .getByRole("navigation", { name: "筛选" })
    .getByRole("link", { name: /^未开始/ })
    .click();
  await expect(page).toHaveURL(/filter=not_started/);
  await expect(page.getByRole("row", { name: new RegExp(department) })).toBeVisible();
  await expect(page.getByRole("table", { name: "各机构报送情况" })).not.toContainText("已发布");

  const [stored] = await queryE2eDatabase<{ format: string; deadline: Date }>(
    "SELECT format, deadline FROM reporting_year WHERE year = $1",
    [YEAR],
  );
  expect(stored).toMatchObject({ format: "2021", deadline: new Date("2027-01-31T23:59:59+08:00") });

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, clerk.email, clerk.initial);
  await expect(page).toHaveURL(/\/staff\/account\/password$/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/account\/password$/);
  await page.getByLabel("当前密码").fill(clerk.initial);
  await page.getByLabel("新密码", { exact: true }).fill(clerk.own);
  await page.getByLabel("再次输入新密码").fill(clerk.own);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { name: `您好，${clerk.name}` })).toBeVisible();
  await expect(page.getByLabel("我的角色")).toContainText(`填报人 · ${department}`);

  const [user] = await queryE2eDatabase<{ must_change_password: boolean }>(
    'SELECT must_change_password FROM "user" WHERE email = $1',
    [clerk.email],
  );
  expect(user?.must_change_password).toBe(false);
  const audit = await queryE2eDatabase<{ action: string }>(
    "SELECT action FROM audit_event WHERE action IN ('agency.created', 'user.created', 'year.opened', 'user.password_changed') AND at > now() - interval '10 minutes' ORDER BY id",
  );
  expect(audit.map((event) => event.action)).toEqual(
    expect.arrayContaining(["agency.created", "user.created", "year.opened", "user.password_changed"]),
  );
});

test("the board exports to Excel for the admin; a clerk gets neither the admin pages nor the export", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/staff/admin/board?year=2025");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signInAs(page, "clerk");
  const adminPage = await page.goto("/staff/admin/people");
  expect(adminPage?.status()).toBe(404);
  const exported = await page.request.get("/staff/admin/board/export?year=2025");
  expect(exported.status()).toBe(403);
});
