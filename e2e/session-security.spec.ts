// Sessions end after inactivity, their cookie cannot be read by scripts or sent by other sites,
// and server actions refuse a request from another origin even with a valid session cookie.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { queryE2eDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";
import { createAgencyWithClerks } from "./staff-setup";

/**
 * lib/server/auth/auth.ts: a session lives SESSION_SECONDS (8 hours) and, while used, is pushed
 * 8 hours ahead again once its last extension is `updateAge` (15 minutes) old; so it ends after
 * 8 idle hours. (Written here again: that module is server-only and cannot be imported by a spec.)
 */
const SESSION_MS = 8 * 60 * 60 * 1000;
const PASSWORD = "session-test-2026";

type SessionRow = { id: string; expires_at: Date };

async function sessionsOf(email: string): Promise<SessionRow[]> {
  return queryE2eDatabase<SessionRow>(
    `SELECT s.id, s.expires_at FROM session s JOIN "user" u ON u.id = s.user_id WHERE u.email = $1`,
    [email],
  );
}

/** How far `date` is from now plus the session's lifetime, in minutes. */
function minutesFromFullLifetime(date: Date): number {
  return Math.abs(date.getTime() - (Date.now() + SESSION_MS)) / 60_000;
}

async function signInNewClerk(page: Page, label: string): Promise<{ code: string; email: string }> {
  const { code, emails } = await createAgencyWithClerks(label, ["会话测试"], PASSWORD);
  await signIn(page, emails[0]!, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  return { code, email: emails[0]! };
}

test("a session lasts 8 hours from its last use, and an idle one sends the next page to the login", async ({
  page,
  context,
}) => {
  const { code, email } = await signInNewClerk(page, "idle");
  const [session] = await sessionsOf(email);
  expect(minutesFromFullLifetime(session!.expires_at)).toBeLessThan(5);

  const cookie = (await context.cookies()).find((candidate) => candidate.name === "gknb.session_token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // BETTER_AUTH_URL is http:// in the e2e server: the cookie is Secure (and named __Secure-…) only on https,
  // which tests/security/session-cookie.integration.test.ts checks on the auth configuration.
  expect(cookie?.secure).toBe(false);
  expect(Math.abs(cookie!.expires * 1000 - (Date.now() + SESSION_MS)) / 60_000).toBeLessThan(5);

  // 7½ hours without a request: the session is still valid, and using it pushes its end 8 hours ahead.
  // (The browser has long dropped the session's five-minute signed cookie cache by then.)
  await queryE2eDatabase(
    `UPDATE session SET expires_at = now() + interval '30 minutes', updated_at = now() - interval '450 minutes' WHERE id = $1`,
    [session!.id],
  );
  await context.clearCookies({ name: "gknb.session_data" });
  await page.goto(`/staff/agencies/${code}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("测试局idle");
  const [extended] = await sessionsOf(email);
  expect(minutesFromFullLifetime(extended!.expires_at)).toBeLessThan(5);

  // Idle past the limit: the next page is the login page, with the way back.
  await queryE2eDatabase(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE id = $1`, [session!.id]);
  await page.reload();
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login(\?|$)/);
});

/** The id the build gave a server action (NEXT_DIST_DIR/server/server-reference-manifest.json). */
function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  )?.[0];
  if (!id) throw new Error(`no server action ${filename}#${exportedName} in the build's manifest`);
  return id;
}

test("a server action called from another origin is refused even with a valid session cookie", async ({
  page,
  baseURL,
}) => {
  const { code } = await signInNewClerk(page, "csrf");
  await page.goto(`/staff/agencies/${code}`);
  await page.getByRole("button", { name: /开始填报 2025 年度报告/ }).click();
  await expect(page).toHaveURL(/\/staff\/reports\/[^/]+\/[a-z_0-9]+$/);
  const stepUrl = new URL(page.url()).pathname;
  const reportId = stepUrl.split("/")[3]!;
  const actionId = serverActionId("app/(staff)/staff/reports/[reportId]/actions.ts", "saveReportAction");
  const stored = async () =>
    (
      await queryE2eDatabase<{ version: number; overview: string }>(
        "SELECT r.version, v.overview FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = $1",
        [reportId],
      )
    )[0]!;
  const before = await stored();

  // What the wizard's autosave sends (React's encodeReply of one plain object), with the session cookie of this browser.
  const save = (origin: string) =>
    page.request.post(stepUrl, {
      headers: {
        "Next-Action": actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: origin,
      },
      data: JSON.stringify([{ reportId, version: before.version, texts: { overview: "跨站请求写入的文字" } }]),
      maxRedirects: 0,
    });

  const forged = await save("https://evil.example");
  expect(forged.ok()).toBe(false);
  expect(await forged.text()).not.toContain('"ok":true');
  expect(await stored()).toEqual(before);

  // The same request from the app's own origin is accepted: the refusal above is the origin check.
  const genuine = await save(new URL(baseURL!).origin);
  expect(genuine.status()).toBe(200);
  expect(await genuine.text()).toContain('"ok":true');
  expect(await stored()).toEqual({ version: before.version + 1, overview: "跨站请求写入的文字" });
});
