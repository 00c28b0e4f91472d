import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, uniqueSuffix } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { changeOwnPassword } from "./change-own-password";
import { createPerson } from "./create-person";
import { resetPassword } from "./reset-password";

afterAll(() => disconnectDb());

async function setup() {
  const government = await createTestAgency({ kind: "GOVERNMENT" });
  const agency = await createTestAgency({ parentId: government.id });
  const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
  const email = `liwei${uniqueSuffix()}@test.gov.cn`;
  const created = await createPerson(admin, {
    name: "李伟",
    email,
    password: "Initial-Pass-1",
    roles: [{ role: "CLERK", agencyId: agency.id }],
  });
  if (!created.ok) throw new Error(created.message);
  return { admin, agency, email, userId: created.userId };
}

describe("password policy", () => {
  it("refuses weak new passwords with the rule in Chinese and keeps the old one", async () => {
    const { email, userId } = await setup();
    const name = email.split("@")[0]!;
    const cases: [string, string][] = [
      ["aaaaaaaaaa", "至少三类"],
      ["Ab1-", "至少 8 个字符"],
      [`${name.toUpperCase()}-2026`, "用户名"],
      ["Password123", "常见的弱密码"],
      ["qwerty123!", "常见的弱密码"],
    ];
    for (const [newPassword, message] of cases) {
      const result = await changeOwnPassword(userId, { currentPassword: "Initial-Pass-1", newPassword });
      expect(result, newPassword).toMatchObject({
        ok: false,
        field: "newPassword",
        message: expect.stringContaining(message),
      });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).mustChangePassword).toBe(true);
    expect(
      await changeOwnPassword(userId, { currentPassword: "Initial-Pass-1", newPassword: "Spring-2026-ok" }),
    ).toEqual({ ok: true });
    expect(await db.securityEvent.count({ where: { kind: "password.changed", subjectUserId: userId } })).toBe(1);
  });

  it("refuses each of the last five passwords, accepts the sixth-oldest", async () => {
    const { userId } = await setup();
    const passwords = [
      "Initial-Pass-1",
      "Second-Pass-2",
      "Third-Pass-3",
      "Fourth-Pass-4",
      "Fifth-Pass-5",
      "Sixth-Pass-6",
    ];
    for (let index = 1; index < passwords.length; index++) {
      expect(
        await changeOwnPassword(userId, { currentPassword: passwords[index - 1]!, newPassword: passwords[index]! }),
      ).toEqual({ ok: true });
    }
    const current = passwords.at(-1)!;
    for (const old of passwords.slice(2, 5)) {
      expect(await changeOwnPassword(userId, { currentPassword: current, newPassword: old })).toMatchObject({
        ok: false,
        message: expect.stringContaining("最近 5 次"),
      });
    }
    // The initial password was six changes ago: out of the history.
    expect(await changeOwnPassword(userId, { currentPassword: current, newPassword: passwords[0]! })).toEqual({
      ok: true,
    });
  });

  it("throttles wrong current passwords on the change form: the sixth try is not even checked", async () => {
    const { userId } = await setup();
    const answers = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      await db.loginThrottle.updateMany({ where: { key: `password-change:${userId}` }, data: { notBefore: null } });
      answers.push(
        await changeOwnPassword(userId, { currentPassword: `wrong-${attempt}`, newPassword: "Spring-2026-ok" }),
      );
    }
    expect(answers.slice(0, 4).every((answer) => !answer.ok && answer.message === "当前密码不正确")).toBe(true);
    expect(answers.slice(4).every((answer) => !answer.ok && answer.message.includes("分钟后再试"))).toBe(true);
    // Even the right current password is refused while the form is locked.
    expect(
      await changeOwnPassword(userId, { currentPassword: "Initial-Pass-1", newPassword: "Spring-2026-ok" }),
    ).toMatchObject({ ok: false });
    expect(await db.securityEvent.count({ where: { kind: "password.change_failed", subjectUserId: userId } })).toBe(5);
  });

  it("applies the rules to initial passwords set by the 主管部门", async () => {
    const { admin, agency, userId } = await setup();
    expect(await resetPassword(admin, { userId, password: "aaaaaaaaaa" })).toMatchObject({
      ok: false,
      field: "password",
    });
    expect(await resetPassword(admin, { userId, password: "Reset-Pass-2026" })).toEqual({ ok: true });
    const weak = await createPerson(admin, {
      name: "王芳",
      email: `wf-${uniqueSuffix()}@test.gov.cn`,
      password: "password1",
      roles: [{ role: "CLERK", agencyId: agency.id }],
    });
    expect(weak).toMatchObject({ ok: false, field: "password" });
    expect(await db.securityEvent.count({ where: { kind: "password.reset", subjectUserId: userId } })).toBe(1);
  });
});
