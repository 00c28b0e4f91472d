import { test as base, expect, type Locator, type Page } from "@playwright/test";

// The demo logins of prisma/demo-data.ts (the e2e server seeds them).
export const DEMO_PASSWORD = "demo-2025-Pass";
export const DEMO_LOGINS = {
  clerk: "clerk@demo.gov.cn",
  reviewer: "reviewer@demo.gov.cn",
  admin: "admin@demo.gov.cn",
} as const;
export type DemoRole = keyof typeof DEMO_LOGINS;

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  await signIn(page, DEMO_LOGINS[role], DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
}

/** Picks an option of the kit's select (components/ui/select.tsx): open it, click the option by its name. */
export async function chooseOption(combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await combobox.page().getByRole("option", { name: option, exact: true }).click();
  await expect(combobox).toContainText(option);
}

export const test = base;
export { expect };
