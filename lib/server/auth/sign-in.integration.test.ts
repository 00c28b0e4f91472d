import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestUser } from "@/tests/factories";
import { db, disconnectDb } from "../db";
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, signInWithPassword } from "./sign-in";

const requestHeaders = () => new Headers({ "user-agent": "vitest" });

afterAll(() => disconnectDb());

describe("signInWithPassword", () => {
  it("signs in with the right password: a session row is stored in the database", async () => {
    const agency = await createTestAgency();
    const user = await createTestUser([{ role: "CLERK", agencyId: agency.id }]);
    const result = await signInWithPassword(user.email.toUpperCase(), user.password, requestHeaders());
    expect(result).toEqual({ ok: true });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const stored = await db.account.findFirst({ where: { userId: user.id }, omit: { password: false } });
    expect(stored?.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    expect(stored?.password).not.toContain(user.password);
  });

  it("locks the address after five wrong passwords in a row, even for the right password", async () => {
    const agency = await createTestAgency();
    const user = await createTestUser([{ role: "CLERK", agencyId: agency.id }]);
    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      const result = await signInWithPassword(user.email, "wrong-password", requestHeaders());
      expect(result).toEqual({ ok: false, message: `邮箱或密码不正确（再输错 ${MAX_FAILED_SIGN_INS - attempt} 次将暂时锁定）。` });
    }
    const fifth = await signInWithPassword(user.email, "wrong-password", requestHeaders());
    expect(fifth.ok).toBe(false);
    expect(!fifth.ok && fifth.message).toContain(`请 ${LOCKOUT_MINUTES} 分钟后再试`);

    const rightPassword = await signInWithPassword(user.email, user.password, requestHeaders());
    expect(rightPassword.ok).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    // Once the lock has expired the right password works again and the counter is cleared.
    await db.loginThrottle.update({ where: { email: user.email }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await signInWithPassword(user.email, user.password, requestHeaders())).toEqual({ ok: true });
    expect(await db.loginThrottle.findUnique({ where: { email: user.email } })).toBeNull();
  });

  it("counts concurrent wrong guesses without losing any", async () => {
    const email = `nobody-${Date.now()}@test.gov.cn`;
    await Promise.all(Array.from({ length: 3 }, () => signInWithPassword(email, "guess", requestHeaders())));
    expect((await db.loginThrottle.findUnique({ where: { email } }))?.failures).toBe(3);
  });

  it("refuses a deactivated account", async () => {
    const agency = await createTestAgency();
    const user = await createTestUser([{ role: "CLERK", agencyId: agency.id }]);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const result = await signInWithPassword(user.email, user.password, requestHeaders());
    expect(result).toEqual({ ok: false, message: "该账号已停用，请联系本级政府信息公开主管部门。" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
