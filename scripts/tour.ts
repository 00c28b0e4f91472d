// npm run tour: starts the app on a fresh seeded test database (scripts/e2e-server.ts: the
// machine's PostgreSQL in DATABASE_URL, or an embedded one), opens every page in every role at
// 1366×900 and 390×844 and writes a screenshot of each to docs/screenshots/ROLE-PAGE-WIDTH.png.
// The browser is Chromium at CHROMIUM_PATH or /usr/bin/chromium; TOUR_PORT picks the port (3190).
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import {
  PUBLIC_PAGES,
  STAFF_PAGES,
  TOUR_ROLES,
  loadPageTargets,
  tourLogins,
  type PageTargets,
  type TourRole,
} from "../e2e/page-tour";
import { DEMO_AGENCY_CODE } from "../e2e/staff-actors";

const port = Number(process.env.TOUR_PORT ?? 3190);
const base = `http://localhost:${port}`;
const OUT = "docs/screenshots";
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the app did not start within 10 minutes");
}

async function shoot(page: Page, url: string, file: string): Promise<void> {
  for (const viewport of WIDTHS) {
    await page.setViewportSize(viewport);
    await page.goto(`${base}${url}`);
    await page.waitForLoadState("networkidle");
    const path = join(OUT, `${file}-${viewport.width}.png`);
    await page.screenshot({ path });
    console.log(`[tour] ${path}`);
  }
}

/** The clerk's open-year report, started if need be, so that the wizard shows a report being written. */
async function openYearReport(page: Page): Promise<string | null> {
  await page.goto(`${base}/staff/agencies/${DEMO_AGENCY_CODE}`);
  const start = page.getByRole("button", { name: /^(开始|继续)填报/ });
  if (!(await start.isVisible())) return null;
  await start.click();
  await page.waitForURL(/\/staff\/reports\/[^/]+\/[a-z_]+/);
  return new URL(page.url()).pathname.split("/")[3] ?? null;
}

async function tourRole(role: TourRole | "public", login: { email: string; password: string }, targets: PageTargets) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    if (role === "public") {
      for (const entry of PUBLIC_PAGES) await shoot(page, entry.url(targets), `public-${entry.name}`);
      return;
    }
    await page.goto(`${base}/login`);
    await page.getByLabel("邮箱").fill(login.email);
    await page.getByLabel("密码").fill(login.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/staff$/);
    const own = role === "clerk" ? await openYearReport(page) : null;
    const roleTargets = own ? { ...targets, reportId: own } : targets;
    // The wizard's first step is prose; a table step shows what clerks spend their time on.
    if (own) await shoot(page, `/staff/reports/${own}/applications`, "clerk-wizard-table");
    for (const entry of Object.values(STAFF_PAGES)) {
      if (!entry.roles.includes(role)) continue;
      await shoot(
        page,
        entry.url(role === "clerk" && entry.name.startsWith("wizard") ? roleTargets : targets),
        `${role}-${entry.name}`,
      );
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = spawn(
    `${process.cwd()}/node_modules/.bin/tsx`,
    ["--conditions=react-server", "scripts/e2e-server.ts"],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, E2E_PORT: String(port) }, detached: true },
  );
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  process.on("SIGINT", stop);
  try {
    await waitForServer();
    // The tour's database helpers find the server's database through its port.
    process.env.E2E_PORT = String(port);
    const [targets, logins] = await Promise.all([loadPageTargets(), tourLogins()]);
    await tourRole("public", { email: "", password: "" }, targets);
    for (const role of TOUR_ROLES) await tourRole(role, logins[role], targets);
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
