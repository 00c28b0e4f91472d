// The session cookie as better-auth is configured for a deployment on https (lib/server/auth/auth.ts),
// and the lifetime of the sessions our sign-in creates. The e2e server runs on http, so the Secure
// flag can only be seen here; e2e/session-security.spec.ts checks the rest in a browser.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestUser } from "@/tests/factories";

const previousUrl = process.env.BETTER_AUTH_URL;
const holder = globalThis as typeof globalThis & { __gknbAuth?: unknown };

// The auth instance reads BETTER_AUTH_URL once, when first used: set it before anything uses it.
process.env.BETTER_AUTH_URL = "https://gknb.example.gov.cn";
delete holder.__gknbAuth;
const { auth, SESSION_SECONDS } = await import("@/lib/server/auth/auth");
const { signInWithPassword } = await import("@/lib/server/auth/sign-in");
const { db, disconnectDb } = await import("@/lib/server/db");

let user: Awaited<ReturnType<typeof createTestUser>>;
beforeAll(async () => {
  const agency = await createTestAgency();
  user = await createTestUser([{ role: "CLERK", agencyId: agency.id }]);
});
afterAll(async () => {
  delete holder.__gknbAuth;
  if (previousUrl === undefined) delete process.env.BETTER_AUTH_URL;
  else process.env.BETTER_AUTH_URL = previousUrl;
  await disconnectDb();
});

describe("session cookie on https", () => {
  it("is __Secure-, Secure, HttpOnly, SameSite=Lax and lives as long as the session", async () => {
    const { headers } = await auth().api.signInEmail({
      body: { email: user.email, password: user.password },
      returnHeaders: true,
    });
    const cookie = (headers.get("set-cookie") ?? "")
      .split(/,(?=\s*[\w.-]+=)/)
      .find((part) => part.trim().startsWith("__Secure-gknb.session_token="));
    expect(cookie).toBeDefined();
    const attributes = cookie!
      .split(";")
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(
      expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/", `max-age=${SESSION_SECONDS}`]),
    );
  });

  it("our sign-in creates a session that ends SESSION_SECONDS later unless it is used", async () => {
    const before = Date.now();
    expect(await signInWithPassword(user.email, user.password, new Headers({ "user-agent": "vitest" }))).toEqual({
      ok: true,
    });
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    expect(session.expiresAt.getTime() - before).toBeGreaterThanOrEqual(SESSION_SECONDS * 1000 - 1000);
    expect(session.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(SESSION_SECONDS * 1000);
  });
});
