import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestAgency, createTestUser } from "@/tests/factories";
import { request } from "@/tests/security/request-headers";
import { auth } from "./auth";
import { getCurrentUser, loadStaffUser, requestCaller } from "./current-user";
import { db, disconnectDb } from "../db";
import { ensureReportingYears } from "../reports/report-test-support";
import { saveReportAsCaller } from "../reports/save-report";
import { startReport } from "../reports/start-report";

// The session of a request as every staff page, action and route reads it: from better-auth's
// signed cookie cache when it is fresh and names the token sent, else through better-auth, and in
// every case checked against the session's row and the user in the database.

vi.mock("next/headers", async () => ({
  headers: (await import("@/tests/security/request-headers")).readRequestHeaders,
}));

type Cookies = { token: string; cache: string };
let agencyId: string;
let agencyCode: string;

beforeAll(async () => {
  ({ id: agencyId, code: agencyCode } = await createTestAgency());
});
afterAll(() => disconnectDb());

/** Signs a new clerk in as the login does: their user id and the two cookies better-auth sets. */
async function signedInClerk(): Promise<{ userId: string; cookies: Cookies }> {
  const user = await createTestUser([{ role: "CLERK", agencyId }]);
  const { headers } = await auth().api.signInEmail({
    body: { email: user.email, password: user.password },
    returnHeaders: true,
  });
  const pairs = headers.getSetCookie().map((header) => header.split(";")[0]!);
  const token = pairs.find((pair) => pair.startsWith("gknb.session_token="));
  const cache = pairs.find((pair) => pair.startsWith("gknb.session_data="));
  if (!token || !cache) throw new Error(`sign-in set ${pairs.map((pair) => pair.split("=")[0]).join(", ")}`);
  return { userId: user.id, cookies: { token, cache } };
}

async function userSeenWith(...cookies: string[]): Promise<string | null> {
  request.headers = new Headers({ cookie: cookies.join("; ") });
  return (await getCurrentUser())?.id ?? null;
}

const tokenOf = (cookies: Cookies) => decodeURIComponent(cookies.token.split("=")[1]!).split(".")[0]!;

describe("the request's session", () => {
  it("is read from the signed cookie cache, and without it through better-auth", async () => {
    const clerk = await signedInClerk();
    const getSession = vi.spyOn(auth().api, "getSession");
    expect(await userSeenWith(clerk.cookies.token, clerk.cookies.cache)).toBe(clerk.userId);
    // The cache as better-auth signed it is believed without asking better-auth.
    expect(getSession).not.toHaveBeenCalled();
    expect(await userSeenWith(clerk.cookies.token)).toBe(clerk.userId);
    expect(getSession).toHaveBeenCalledTimes(1);
    getSession.mockRestore();
    expect(await userSeenWith(clerk.cookies.cache)).toBeNull();
    expect(await userSeenWith()).toBeNull();
  });

  it("believes a cache only with its own session's token and an intact signature", async () => {
    const first = await signedInClerk();
    const second = await signedInClerk();
    // Another session's cache beside this token: the token decides.
    expect(await userSeenWith(second.cookies.token, first.cookies.cache)).toBe(second.userId);
    // A cache whose payload was changed loses its signature: better-auth reads the token's session.
    const [name, value] = first.cookies.cache.split("=") as [string, string];
    const payload = JSON.parse(Buffer.from(decodeURIComponent(value), "base64url").toString("utf8")) as {
      session: { user: { id: string } };
    };
    payload.session.user.id = second.userId;
    const forged = `${name}=${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
    expect(await userSeenWith(first.cookies.token, forged)).toBe(first.userId);
    // A token that names no session, even with a valid cache of another one: nobody.
    expect(await userSeenWith("gknb.session_token=unknown.signature", first.cookies.cache)).toBeNull();
  });

  it("ends at the next request when its row is gone, expired or past the absolute lifetime, or the user inactive, whatever the cache says", async () => {
    const revoked = await signedInClerk();
    await db.session.deleteMany({ where: { token: tokenOf(revoked.cookies) } });
    expect(await userSeenWith(revoked.cookies.token, revoked.cookies.cache)).toBeNull();

    const idle = await signedInClerk();
    await db.$executeRaw`UPDATE session SET expires_at = now() AT TIME ZONE 'UTC' - interval '1 minute' WHERE token = ${tokenOf(idle.cookies)}`;
    expect(await userSeenWith(idle.cookies.token, idle.cookies.cache)).toBeNull();

    const old = await signedInClerk();
    await db.$executeRaw`UPDATE session SET created_at = now() AT TIME ZONE 'UTC' - interval '13 hours' WHERE token = ${tokenOf(old.cookies)}`;
    expect(await userSeenWith(old.cookies.token, old.cookies.cache)).toBeNull();
    expect(await db.session.count({ where: { token: tokenOf(old.cookies) } })).toBe(0);

    const deactivated = await signedInClerk();
    await db.user.update({ where: { id: deactivated.userId }, data: { active: false } });
    expect(await userSeenWith(deactivated.cookies.token, deactivated.cookies.cache)).toBeNull();
  });
});

describe("the caller whose user the autosave reads in its own statement", () => {
  it("saves for a signed-in clerk; an ended session, an inactive user, one past the absolute lifetime or with a password to change writes nothing and counts as signed out", async () => {
    await ensureReportingYears();
    const first = await signedInClerk();
    const started = await startReport((await loadStaffUser(first.userId))!, { agencyCode, year: 2025 });
    if (!started.ok) throw new Error(started.message);
    const version = async () =>
      (await db.report.findUniqueOrThrow({ where: { id: started.reportId }, select: { version: true } })).version;
    const saveAs = async (cookies: Cookies) => {
      request.headers = new Headers({ cookie: `${cookies.token}; ${cookies.cache}` });
      const caller = await requestCaller();
      if (!caller) return "no session";
      return saveReportAsCaller(caller, {
        reportId: started.reportId,
        version: await version(),
        texts: { overview: `保存于 ${Math.random()}` },
      });
    };

    expect(await saveAs(first.cookies)).toMatchObject({ ok: true, version: 2 });
    const saver = await db.auditEvent.findFirstOrThrow({
      where: { reportId: started.reportId, action: "report.saved" },
      select: { actorId: true },
    });
    expect(saver.actorId).toBe(first.userId);

    const ended = await signedInClerk();
    await db.session.deleteMany({ where: { token: tokenOf(ended.cookies) } });
    const inactive = await signedInClerk();
    await db.user.update({ where: { id: inactive.userId }, data: { active: false } });
    const old = await signedInClerk();
    await db.$executeRaw`UPDATE session SET created_at = now() AT TIME ZONE 'UTC' - interval '13 hours' WHERE token = ${tokenOf(old.cookies)}`;
    const pending = await signedInClerk();
    await db.user.update({ where: { id: pending.userId }, data: { mustChangePassword: true } });
    for (const clerk of [ended, inactive, old, pending]) {
      expect(await saveAs(clerk.cookies)).toBeNull();
      expect(await version()).toBe(2);
    }
    expect(await db.session.count({ where: { token: tokenOf(old.cookies) } })).toBe(0);
    expect(await saveAs({ token: "gknb.session_token=unknown.signature", cache: "" })).toBe("no session");
  });
});
