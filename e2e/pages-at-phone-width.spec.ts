// Every page of every role at 390×844 (a phone) is no wider than the screen, and axe finds nothing
// serious or critical on it at 390 and at 1366 px. Failures are collected over all pages, so one
// run names every page that breaks.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures";
import {
  PUBLIC_PAGES,
  STAFF_PAGES,
  TOUR_ROLES,
  listStaffPageFiles,
  loadPageTargets,
  tourLogins,
  type PageTargets,
} from "./page-tour";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

test("every page under app/(staff) is in the tour", () => {
  const files = listStaffPageFiles();
  expect(files.length).toBeGreaterThan(15);
  expect(files.filter((file) => !(file in STAFF_PAGES))).toEqual([]);
});

/** What is wrong with the page as it is now: wider than the phone, or serious axe findings. */
async function checkPage(page: Page, where: string, width: number): Promise<string[]> {
  const problems: string[] = [];
  if (width === PHONE.width) {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > PHONE.width) problems.push(`${where}: ${scrollWidth} px wide`);
  }
  const results = await new AxeBuilder({ page }).analyze();
  for (const violation of results.violations) {
    if (violation.impact !== "serious" && violation.impact !== "critical") continue;
    const nodes = violation.nodes.map((node) => node.target.join(" ")).slice(0, 3);
    problems.push(`${where}: axe ${violation.id} (${violation.impact}) at ${nodes.join(" | ")}`);
  }
  return problems;
}

async function visitAll(page: Page, visits: { where: string; url: string }[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { where, url } of visits) {
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      const response = await page.goto(url);
      if (!response || response.status() >= 400) {
        problems.push(`${where}: answered ${response?.status()}`);
        break;
      }
      await page.waitForLoadState("networkidle");
      problems.push(...(await checkPage(page, `${where} @${viewport.width}`, viewport.width)));
    }
  }
  return problems;
}

test("the public pages and the login page fit a phone and pass axe", async ({ page }) => {
  test.setTimeout(180_000);
  const targets = await loadPageTargets();
  const visits = PUBLIC_PAGES.map((entry) => ({ where: `public ${entry.url(targets)}`, url: entry.url(targets) }));
  expect(await visitAll(page, visits)).toEqual([]);
});

for (const role of TOUR_ROLES) {
  test(`every page of the ${role} fits a phone and passes axe`, async ({ browser }) => {
    test.setTimeout(300_000);
    const [targets, logins] = await Promise.all([loadPageTargets(), tourLogins()]);
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, logins[role].email, logins[role].password);
    await expect(page).toHaveURL(/\/staff$/);
    const visits = Object.values(STAFF_PAGES)
      .filter((entry) => entry.roles.includes(role))
      .map((entry) => ({ where: `${role} ${entry.url(targets as PageTargets)}`, url: entry.url(targets) }));
    const problems = await visitAll(page, visits);
    await context.close();
    expect(problems).toEqual([]);
  });
}
