import { getFormat } from "../lib/report-format";
import { expectNoSeriousViolations } from "./accessibility";
import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";

// The wizard as a clerk fills it on a phone: a draft of the open year, every step and the preview,
// at 390×844. No step is wider than the screen (the tables scroll inside their own box), and axe
// finds nothing serious or critical. The phone tour (pages-at-phone-width.spec.ts) sees the wizard
// only on a published, read-only report; this is the same check with inputs on the page.

const PASSWORD = "phone-check-Pass-2025";
const PHONE = { width: 390, height: 844 };

test("every step of a draft fits a phone and passes axe", async ({ browser }) => {
  test.setTimeout(180_000);
  const { code, emails } = await createAgencyWithClerks("phone", ["手机填报"], PASSWORD);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, emails[0]!, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto(`/staff/agencies/${code}`);
  await page.getByRole("button", { name: "开始填报 2025 年度报告" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  const reportId = page.url().split("/").at(-2)!;

  const steps = [...getFormat("2021").sections.map((section) => section.key), "preview"];
  const tooWide: string[] = [];
  for (const step of steps) {
    await page.goto(`/staff/reports/${reportId}/${step}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) tooWide.push(`${step}: ${width} px`);
    await expectNoSeriousViolations(page, `${step} @390`);
  }
  expect(tooWide).toEqual([]);

  // The inputs are there and take a figure on the phone too.
  const section = getFormat("2021").sections.find(
    (candidate) =>
      candidate.content.kind === "tables" && candidate.content.tables.some((t) => t.key === "applications"),
  )!;
  await page.goto(`/staff/reports/${reportId}/${section.key}`);
  const cell = page.locator('input[data-cell="applications.1.natural"]');
  await cell.fill("7");
  await expect(page.locator('td[data-cell="applications.1.total"] [data-total-value]')).toHaveText("7");
  await context.close();
});
