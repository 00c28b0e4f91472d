import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext, PlaywrightWorkerArgs } from "@playwright/test";
import { hashPassword } from "better-auth/crypto";
import { queryE2eDatabase } from "./database";
import { DEMO_LOGINS, DEMO_PASSWORD, signIn } from "./fixtures";

// The callers of the authorization specs: signed out, the demo clerk, reviewer and admin of
// 本溪市科学技术局 and 本溪市 (agency A and its tree), and a clerk, a supervisor and an admin of a
// government of their own (written into the e2e database here), each with a real session.

export const STAFF_ACTORS = [
  "none",
  "clerk",
  "otherClerk",
  "supervisor",
  "otherSupervisor",
  "admin",
  "otherAdmin",
] as const;
export type StaffActor = (typeof STAFF_ACTORS)[number];
export type SignedInActor = Exclude<StaffActor, "none">;

/** Agency A of the demo and the government above it. */
export const DEMO_AGENCY_CODE = "bxskxjsj";
export const DEMO_GOVERNMENT_CODE = "benxi";

async function insertPerson(
  role: "CLERK" | "SUPERVISOR" | "ADMIN",
  agencyId: string,
  passwordHash: string,
): Promise<string> {
  const userId = randomUUID();
  const email = `${role.toLowerCase()}-${userId.slice(0, 8)}@other.test.gov.cn`;
  await queryE2eDatabase(
    `INSERT INTO "user" (id, name, email, email_verified, updated_at) VALUES ($1, '他处人员', $2, true, now())`,
    [userId, email],
  );
  await queryE2eDatabase(
    `INSERT INTO account (id, account_id, provider_id, user_id, password, updated_at) VALUES ($1, $2, 'credential', $2, $3, now())`,
    [randomUUID(), userId, passwordHash],
  );
  await queryE2eDatabase(`INSERT INTO role_assignment (id, user_id, role, agency_id) VALUES ($1, $2, $3, $4)`, [
    randomUUID(),
    userId,
    role,
    agencyId,
  ]);
  return email;
}

/** Another 市 with one department, outside 本溪市, and its clerk, supervisor and admin: their logins. */
export async function createOtherTree(
  password: string,
): Promise<{ governmentId: string; logins: Record<"otherClerk" | "otherSupervisor" | "otherAdmin", string> }> {
  const suffix = randomUUID().slice(0, 8);
  const governmentId = `e2e-gov-${suffix}`;
  const agencyId = `e2e-dep-${suffix}`;
  await queryE2eDatabase(
    `INSERT INTO agency (id, name, code, kind, level, updated_at) VALUES ($1, $2, $3, 'GOVERNMENT', 'CITY', now())`,
    [governmentId, `他市${suffix}人民政府`, `other-${suffix}`],
  );
  await queryE2eDatabase(
    `INSERT INTO agency (id, name, code, kind, parent_id, updated_at) VALUES ($1, $2, $3, 'DEPARTMENT', $4, now())`,
    [agencyId, `他市${suffix}教育局`, `other-dep-${suffix}`, governmentId],
  );
  const hash = await hashPassword(password);
  return {
    governmentId,
    logins: {
      otherClerk: await insertPerson("CLERK", agencyId, hash),
      otherSupervisor: await insertPerson("SUPERVISOR", agencyId, hash),
      otherAdmin: await insertPerson("ADMIN", governmentId, hash),
    },
  };
}

export type ActorRequests = Record<StaffActor, APIRequestContext> & { dispose: () => Promise<void> };

/** One HTTP client per actor, each carrying the cookies of a sign-in through the login page. */
export async function signInActors(
  browser: Browser,
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
): Promise<ActorRequests> {
  const password = `other-${randomUUID()}`;
  const other = await createOtherTree(password);
  const logins: Record<SignedInActor, { email: string; password: string }> = {
    clerk: { email: DEMO_LOGINS.clerk, password: DEMO_PASSWORD },
    supervisor: { email: DEMO_LOGINS.reviewer, password: DEMO_PASSWORD },
    admin: { email: DEMO_LOGINS.admin, password: DEMO_PASSWORD },
    otherClerk: { email: other.logins.otherClerk, password },
    otherSupervisor: { email: other.logins.otherSupervisor, password },
    otherAdmin: { email: other.logins.otherAdmin, password },
  };
  const contexts: BrowserContext[] = [];
  const requests = { none: await playwright.request.newContext({ baseURL }) } as Record<StaffActor, APIRequestContext>;
  for (const [actor, login] of Object.entries(logins) as [SignedInActor, { email: string; password: string }][]) {
    const context = await browser.newContext({ baseURL });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, login.email, login.password);
    await page.waitForURL(/\/staff$/);
    requests[actor] = await playwright.request.newContext({ baseURL, storageState: await context.storageState() });
  }
  await Promise.all(contexts.map((context) => context.close()));
  return {
    ...requests,
    dispose: async () => {
      await Promise.all(Object.values(requests).map((request) => request.dispose()));
    },
  };
}
