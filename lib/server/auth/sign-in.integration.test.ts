import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createTestAgency, createTestUser } from "@/tests/factories";
import { db, disconnectDb } from "../db";
import { auth } from "./auth";
import { accountKey, clientKey, deleteExpiredThrottles } from "./login-throttle";
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, signInWithPassword } from "./sign-in";

const requestHeaders = (extra: Record<string, string> = {}) => new Headers({ "user-agent": "vitest", ...extra });

afterAll(() => disconnectDb());
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.TRUSTED_PROXY_HEADER;
});

async function newClerk() {
  const agency = await createTestAgency();
  return createTestUser([{ role: "CLERK", agencyId: agency.id }]);
}

/** Skips the progressive delay between two guesses (the tests would otherwise wait seconds). */
const skipDelay = (key: string) => db.loginThrottle.updateMany({ where: { key }, data: { notBefore: null } });

describe("signInWithPassword", () => {
  it("signs in with the right password: a session row is stored in the database", async () => {
    const user = await newClerk();
    const result = await signInWithPassword(user.email.toUpperCase(), user.password, requestHeaders());
    expect(result).toEqual({ ok: true });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const stored = await db.account.findFirst({ where: { userId: user.id }, omit: { password: false } });
    expect(stored?.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    expect(stored?.password).not.toContain(user.password);
    expect(await db.securityEvent.count({ where: { kind: "sign_in.succeeded", subjectUserId: user.id } })).toBe(1);
  });

  it("locks the account after five wrong passwords, even for the right password, with growing delays before", async () => {
    const user = await newClerk();
    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      const result = await signInWithPassword(user.email, "wrong-password", requestHeaders());
      expect(result).toEqual({
        ok: false,
        message: `邮箱或密码不正确（再输错 ${MAX_FAILED_SIGN_INS - attempt} 次将暂时锁定）。`,
      });
      if (attempt >= 2) {
        // The progressive delay: the next guess right away is refused without a password check.
        const early = await signInWithPassword(user.email, user.password, requestHeaders());
        expect(early).toEqual({ ok: false, message: expect.stringMatching(/^登录失败次数较多，请 \d+ 秒后再试。$/) });
        await skipDelay(accountKey(user.email));
      }
    }
    const fifth = await signInWithPassword(user.email, "wrong-password", requestHeaders());
    expect(fifth.ok).toBe(false);
    expect(!fifth.ok && fifth.message).toContain(`请 ${LOCKOUT_MINUTES} 分钟后再试`);

    const rightPassword = await signInWithPassword(user.email, user.password, requestHeaders());
    expect(rightPassword).toEqual({ ok: false, message: expect.stringContaining("该账号已暂时锁定") });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.securityEvent.count({ where: { kind: "account.locked", subjectUserId: user.id } })).toBe(1);
    expect(await db.securityEvent.count({ where: { kind: "sign_in.failed", subjectUserId: user.id } })).toBe(5);

    // Once the lock has expired the right password works again and the counter starts afresh.
    await db.loginThrottle.update({
      where: { key: accountKey(user.email) },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(await signInWithPassword(user.email, user.password, requestHeaders())).toEqual({ ok: true });
    expect(await db.loginThrottle.findUnique({ where: { key: accountKey(user.email) } })).toMatchObject({
      failures: 0,
      pending: 0,
      lockedUntil: null,
    });
  });

  it("evaluates at most five passwords of 30 truly concurrent wrong sign-ins, and the lock holds", async () => {
    const user = await newClerk();
    const checks = vi.spyOn(auth().api, "signInEmail");
    const results = await Promise.all(
      Array.from({ length: 30 }, () => signInWithPassword(user.email, "wrong-password", requestHeaders())),
    );

    expect(results.every((result) => !result.ok)).toBe(true);
    expect(checks.mock.calls.length).toBeLessThanOrEqual(MAX_FAILED_SIGN_INS);
    const wrongPasswordAnswers = results.filter(
      (result) => !result.ok && result.message.startsWith("邮箱或密码不正确"),
    );
    expect(wrongPasswordAnswers.length).toBeLessThan(MAX_FAILED_SIGN_INS);
    // After the burst: locked, and the right password is refused without being checked.
    const callsBefore = checks.mock.calls.length;
    expect(await signInWithPassword(user.email, user.password, requestHeaders())).toEqual({
      ok: false,
      message: expect.stringContaining("该账号已暂时锁定"),
    });
    expect(checks.mock.calls.length).toBe(callsBefore);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("never clears an active lock when a check that started before it fails late", async () => {
    const user = await newClerk();
    const key = accountKey(user.email);
    // Four wrong passwords, then a lock set meanwhile (as by a concurrent fifth) while a check is in flight.
    await db.loginThrottle.create({
      data: { key, failures: 4, pending: 1, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const lockedUntil = new Date(Date.now() + 10 * 60_000);
    await db.loginThrottle.update({ where: { key }, data: { lockedUntil } });
    const { recordFailedCheck, ACCOUNT_LIMIT } = await import("./login-throttle");
    await recordFailedCheck(key, ACCOUNT_LIMIT);
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThanOrEqual(lockedUntil.getTime());
  });

  it("limits wrong passwords per client address only through the configured proxy header", async () => {
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const header = { "x-forwarded-for": `203.0.113.9, ${address}` };
    // Not configured: the header is ignored, no address row is made.
    await signInWithPassword(`nobody-${Date.now()}@test.gov.cn`, "guess", requestHeaders(header));
    expect(await db.loginThrottle.count({ where: { key: clientKey(address) } })).toBe(0);

    process.env.TRUSTED_PROXY_HEADER = "x-forwarded-for";
    // Random e-mails pass the per-account limit but not the per-address one (20 per window).
    for (let guess = 0; guess < 20; guess++) {
      const result = await signInWithPassword(
        `random-${guess}-${Date.now()}@test.gov.cn`,
        "guess",
        requestHeaders(header),
      );
      expect(result.ok).toBe(false);
    }
    const user = await newClerk();
    const blocked = await signInWithPassword(user.email, user.password, requestHeaders(header));
    expect(blocked).toEqual({ ok: false, message: expect.stringContaining("本网络地址登录失败次数过多") });
    expect(await db.securityEvent.count({ where: { kind: "client.locked", clientAddress: address } })).toBe(1);
    // Another address signs in, and the failures were logged with the address.
    expect(
      await signInWithPassword(user.email, user.password, requestHeaders({ "x-forwarded-for": "10.250.0.1" })),
    ).toEqual({ ok: true });
    expect(await db.securityEvent.count({ where: { kind: "sign_in.failed", clientAddress: address } })).toBe(20);
  });

  it("starts an address's count afresh once its window has passed", async () => {
    const key = clientKey(`10.8.${Math.floor(Math.random() * 250)}.1`);
    const { recordFailedCheck, CLIENT_LIMIT } = await import("./login-throttle");
    await db.loginThrottle.create({
      data: {
        key,
        failures: CLIENT_LIMIT.max - 1,
        windowStart: new Date(Date.now() - 20 * 60_000),
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    expect(await recordFailedCheck(key, CLIENT_LIMIT)).toMatchObject({ failures: 1, lockedUntil: null });
    await db.loginThrottle.update({ where: { key }, data: { failures: CLIENT_LIMIT.max - 1 } });
    expect(await recordFailedCheck(key, CLIENT_LIMIT)).toMatchObject({ failures: CLIENT_LIMIT.max, newlyLocked: true });
  });

  it("leaves no permanent rows for unknown e-mails: expired rows are deleted", async () => {
    const email = `nobody-${Date.now()}@test.gov.cn`;
    await Promise.all(Array.from({ length: 3 }, () => signInWithPassword(email, "guess", requestHeaders())));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: accountKey(email) } });
    expect(row.failures).toBe(3);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + LOCKOUT_MINUTES * 60_000 + 5000);
    await db.loginThrottle.update({
      where: { key: accountKey(email) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    // Sign-ins sweep expired rows once a minute; the sweep itself, run now:
    await deleteExpiredThrottles(0);
    expect(await db.loginThrottle.findUnique({ where: { key: accountKey(email) } })).toBeNull();
  });

  it("refuses a deactivated account", async () => {
    const user = await newClerk();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const result = await signInWithPassword(user.email, user.password, requestHeaders());
    expect(result).toEqual({ ok: false, message: "该账号已停用，请联系本级政府信息公开主管部门。" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("unlockPerson", () => {
  it("lets the admin of the person's tree lift a lock, logged; nobody else", async () => {
    const { createStaffUser } = await import("@/tests/staff-users");
    const { unlockPerson } = await import("../people/unlock-person");
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const agency = await createTestAgency({ parentId: government.id });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
    const outsider = await createStaffUser([
      { role: "ADMIN", agencyId: (await createTestAgency({ kind: "GOVERNMENT" })).id },
    ]);
    const user = await createTestUser([{ role: "CLERK", agencyId: agency.id }]);
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      await skipDelay(accountKey(user.email));
      await signInWithPassword(user.email, "wrong-password", requestHeaders());
    }
    expect(await unlockPerson(outsider, { userId: user.id })).toMatchObject({ ok: false });
    expect(await signInWithPassword(user.email, user.password, requestHeaders())).toMatchObject({ ok: false });
    expect(await unlockPerson(admin, { userId: user.id })).toEqual({ ok: true });
    expect(await signInWithPassword(user.email, user.password, requestHeaders())).toEqual({ ok: true });
    expect(
      await db.securityEvent.count({ where: { kind: "account.unlocked", subjectUserId: user.id, actorId: admin.id } }),
    ).toBe(1);
  });
});
