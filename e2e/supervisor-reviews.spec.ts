import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../lib/report-format/types";
import { buildConsistentReport } from "../lib/report-format/testing";
import { queryE2eDatabase } from "./database";
import { expect, signInAs, test } from "./fixtures";

// The supervisor's side: the queue, the review page, return with a reason, approve, publish now or
// at a set time, and what a citizen then sees. The reports are loaded through the command line
// (as an operator would) and put into their state with SQL:
// - 本溪市教育局 2025, returned here (other journeys use its 2022 report and expect it never published);
// - 本溪市审计局 2024 and 2025, published here: an agency of this journey alone (the import creates
//   it), which the demo reviewer supervises only while these tests run, so that no other journey's
//   "nothing published" or "four roles" holds differently depending on the order of the runs.

const EDUCATION_NAME = "本溪市教育局";
const AUDIT_NAME = "本溪市审计局";
const AUDIT_ROLE_ID = "e2e-supervisor-reviews-audit";
const EXPLANATION = "本年度新增了多项重点工作，总体情况需要详细说明，篇幅超出一千字。";

const audit2024 = () => buildConsistentReport({ format: "2021", seed: 524, year: 2024, agencyName: AUDIT_NAME });

test.afterAll(async () => {
  await queryE2eDatabase("DELETE FROM role_assignment WHERE id = $1", [AUDIT_ROLE_ID]);
});

function importReport(report: Report): void {
  const file = join(mkdtempSync(join(tmpdir(), "gknb-review-e2e-")), "report.json");
  writeFileSync(file, JSON.stringify(report));
  const databaseUrl = readFileSync(`.data/e2e-database-${process.env.E2E_PORT ?? 3100}.url`, "utf8").trim();
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/cli.ts", "import", file], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
}

async function reportId(code: string, year: number): Promise<string> {
  const rows = await queryE2eDatabase<{ id: string }>(
    "SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.code = $1 AND r.year = $2",
    [code, year],
  );
  if (!rows[0]) throw new Error(`no ${year} report of ${code}`);
  return rows[0].id;
}

async function agencyCode(name: string): Promise<string> {
  const rows = await queryE2eDatabase<{ code: string }>("SELECT code FROM agency WHERE name = $1", [name]);
  if (!rows[0]) throw new Error(`no agency ${name}`);
  return rows[0].code;
}

/** Imports `report` unless there is one already, then puts it into `status` as if the workflow had. */
async function loadReport(
  report: Report,
  status: "SUBMITTED" | "APPROVED",
  explanations: Record<string, string> = {},
): Promise<{ id: string; code: string }> {
  const existing = await queryE2eDatabase(
    "SELECT 1 FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = $1 AND r.year = $2",
    [report.agency.name, report.year],
  );
  if (!existing.length) importReport(report);
  const code = await agencyCode(report.agency.name);
  const id = await reportId(code, report.year);
  await queryE2eDatabase(`UPDATE report SET status = '${status}' WHERE id = $1`, [id]);
  await queryE2eDatabase(
    "UPDATE report_revision SET submitted_at = now() - interval '2 hours', warning_explanations = $2::jsonb WHERE id = (SELECT current_revision_id FROM report WHERE id = $1)",
    [id, JSON.stringify(explanations)],
  );
  return { id, code };
}

/** The demo reviewer supervises 本溪市审计局 (until afterAll takes it away again). */
async function superviseAudit(): Promise<void> {
  await queryE2eDatabase(
    `INSERT INTO role_assignment (id, user_id, role, agency_id)
     SELECT $1, u.id, 'SUPERVISOR', a.id FROM "user" u, agency a WHERE u.email = 'reviewer@demo.gov.cn' AND a.name = $2
     ON CONFLICT DO NOTHING`,
    [AUDIT_ROLE_ID, AUDIT_NAME],
  );
}

/** Beijing time `hours` from now, as a datetime-local input takes it, and the instant it stands for. */
function beijingInHours(hours: number): { input: string; instant: Date } {
  const instant = new Date(Math.ceil((Date.now() + hours * 3_600_000) / 60_000) * 60_000);
  return { input: new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16), instant };
}

test("the reviewer finds a submitted report in the queue, reads it, comments on a cell and returns it with a reason", async ({
  page,
}) => {
  const education = buildConsistentReport({ format: "2021", seed: 525, year: 2025, agencyName: EDUCATION_NAME });
  // An overview over 1000 characters: a warning the clerk has explained.
  education.texts.overview = `${education.texts.overview}${"本机关持续完善政务公开制度，加强平台建设和队伍建设。".repeat(45)}`;
  const { id } = await loadReport(education, "SUBMITTED", { "text.overview-length|texts.overview": EXPLANATION });

  await signInAs(page, "reviewer");
  await page.goto("/staff/review");
  await expect(page.getByRole("heading", { name: "审核", level: 1 })).toBeVisible();
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: `${EDUCATION_NAME} 2025 年度报告` }) });
  await expect(row).toContainText("已提交");
  await expect(row).toContainText("1 个警告");
  await expect(row).not.toContainText("错误");
  await expect(row).toContainText("2026年1月31日");
  await row.getByText("1 条说明").click();
  await expect(row).toContainText(EXPLANATION);

  await row.getByRole("link", { name: `${EDUCATION_NAME} 2025 年度报告` }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/review/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${EDUCATION_NAME}2025年度政府信息公开工作年度报告`);
  const violations = page.getByRole("list", { name: "检查结果" });
  await expect(violations).toContainText("篇幅原则上不超过 1000 字");
  await expect(violations).toContainText(`填报人说明：${EXPLANATION}`);
  await expect(page.getByRole("heading", { name: "三、收到和处理政府信息公开申请情况" })).toBeVisible();
  await expect(page.getByText("这是首次提交，没有上一次提交可比较。")).toBeVisible();

  await page.getByLabel("意见位置").selectOption({ label: "（七）总计·自然人" });
  await page.getByLabel("意见内容").fill("请核对自然人申请的办理总数。");
  await page.getByRole("button", { name: "添加意见" }).click();
  await expect(page.getByRole("status").filter({ hasText: "意见已添加" })).toBeVisible();
  const comments = page.getByRole("list", { name: "审核意见" });
  await expect(comments).toContainText("（七）总计·自然人");
  await expect(comments).toContainText("请核对自然人申请的办理总数。");

  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByText("请填写退回理由")).toBeVisible();
  await expect(page.getByLabel("退回理由")).toHaveAttribute("aria-invalid", "true");
  expect((await queryE2eDatabase<{ status: string }>("SELECT status FROM report WHERE id = $1", [id]))[0]?.status).toBe(
    "SUBMITTED",
  );

  await page.getByLabel("退回理由").fill("总体情况篇幅过长，请压缩到一千字以内。");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "报告已退回" })).toBeVisible();
  await expect(page.getByText("已退回", { exact: true })).toBeVisible();
  const stored = await queryE2eDatabase<{ status: string; reason: string }>(
    "SELECT r.status, e.detail->>'reason' AS reason FROM report r JOIN audit_event e ON e.report_id = r.id AND e.action = 'report.return' WHERE r.id = $1",
    [id],
  );
  expect(stored).toEqual([{ status: "RETURNED", reason: "总体情况篇幅过长，请压缩到一千字以内。" }]);

  await page.getByRole("link", { name: "历史记录" }).click();
  const timeline = page.getByRole("list", { name: "历史记录" });
  await expect(timeline).toContainText("审核意见");
  await expect(timeline).toContainText("退回修改");
  await expect(timeline).toContainText("王审核");
  await expect(timeline).toContainText("退回理由：总体情况篇幅过长，请压缩到一千字以内。");
});

test("the reviewer approves and publishes a submitted report, and a citizen reads it", async ({ page, browser }) => {
  // Consistent with the 2024 report the next test schedules, whichever of the two runs first.
  const audit = buildConsistentReport({
    format: "2021",
    seed: 526,
    year: 2025,
    agencyName: AUDIT_NAME,
    previous: audit2024(),
  });
  const { id, code } = await loadReport(audit, "SUBMITTED");
  await superviseAudit();

  await signInAs(page, "reviewer");
  await page.goto(`/staff/review/${id}`);
  await expect(page.getByText("✓ 服务器检查未发现错误或警告。")).toBeVisible();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByRole("status").filter({ hasText: "报告已审核通过" })).toBeVisible();
  await expect(page.getByText("已审核", { exact: true })).toBeVisible();

  await expect(page.getByLabel("立即发布")).toBeChecked();
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "报告已发布" })).toBeVisible();
  await expect(page.getByText("已发布", { exact: true })).toBeVisible();

  const citizen = await browser.newContext();
  const publicPage = await citizen.newPage();
  const response = await publicPage.goto(`/reports/2025/${code}`);
  expect(response?.status()).toBe(200);
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(
    `${AUDIT_NAME}2025年度政府信息公开工作年度报告`,
  );
  await citizen.close();
});

test("a publication set for tomorrow is stored in Beijing time and stays invisible until then", async ({
  page,
  browser,
}) => {
  const { id, code } = await loadReport(audit2024(), "APPROVED");
  await superviseAudit();
  const tomorrow = beijingInHours(24);

  await signInAs(page, "reviewer");
  await page.goto(`/staff/review/${id}`);
  await page.getByLabel("定时发布").check();
  await page.getByLabel("公开时间（北京时间）").fill(tomorrow.input);
  await page.getByRole("button", { name: "定时发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: "报告已定时发布" })).toBeVisible();

  const [stored] = await queryE2eDatabase<{ status: string; published_at: Date }>(
    "SELECT r.status, v.published_at FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = $1",
    [id],
  );
  expect(stored?.status).toBe("PUBLISHED");
  expect(stored?.published_at.toISOString()).toBe(tomorrow.instant.toISOString());

  await page.goto("/staff/review");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `${AUDIT_NAME} 2024 年度报告` }) });
  await expect(row).toContainText("定时发布");

  const citizen = await browser.newContext();
  const response = await (await citizen.newPage()).goto(`/reports/2024/${code}`);
  expect(response?.status()).toBe(404);
  await citizen.close();
});
