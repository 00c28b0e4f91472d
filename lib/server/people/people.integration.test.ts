import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport, uniqueSuffix } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { loadStaffUser } from "../auth/current-user";
import { signInWithPassword } from "../auth/sign-in";
import { db, disconnectDb } from "../db";
import { listAgencySubtree } from "../agencies/list-agency-subtree";
import { transitionReport } from "../workflow/transition-report";
import { changeOwnPassword } from "./change-own-password";
import { createPerson } from "./create-person";
import { deactivatePerson } from "./deactivate-person";
import { grantRole } from "./grant-role";
import { listPeople } from "./list-people";
import { resetPassword } from "./reset-password";
import { revokeRole } from "./revoke-role";

afterAll(() => disconnectDb());

const requestHeaders = () => new Headers({ "user-agent": "vitest" });

async function governmentWithAdmin() {
  const government = await createTestAgency({ kind: "GOVERNMENT" });
  const department = await createTestAgency({ parentId: government.id });
  const other = await createTestAgency({ parentId: government.id });
  const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
  return { government, department, other, admin };
}

describe("people", () => {
  it("creates a clerk with an initial password that must be changed at first login; audited", async () => {
    const { department, admin } = await governmentWithAdmin();
    const email = `Clerk-${uniqueSuffix()}@Test.gov.cn`;
    const created = await createPerson(admin, {
      name: "新填报人",
      email,
      password: "initial-pass-1",
      roles: [{ role: "CLERK", agencyId: department.id }],
    });
    if (!created.ok) throw new Error(created.message);
    const user = await db.user.findUniqueOrThrow({ where: { id: created.userId }, include: { roles: true } });
    expect(user).toMatchObject({ email: email.toLowerCase(), mustChangePassword: true, active: true });
    expect(user.roles).toMatchObject([{ role: "CLERK", agencyId: department.id }]);
    expect(await db.auditEvent.findFirst({ where: { action: "user.created", actorId: admin.id } })).not.toBeNull();
    expect((await listPeople(admin)).map((person) => person.email)).toContain(email.toLowerCase());

    expect(
      await createPerson(admin, {
        name: "重复",
        email,
        password: "initial-pass-1",
        roles: [{ role: "CLERK", agencyId: department.id }],
      }),
    ).toMatchObject({ ok: false, field: "email" });

    expect(await signInWithPassword(email, "initial-pass-1", requestHeaders())).toEqual({ ok: true });
    const session = await db.session.findFirstOrThrow({ where: { userId: created.userId } });
    expect(
      await changeOwnPassword(created.userId, { currentPassword: "wrong-password", newPassword: "My-own-password-2" }),
    ).toMatchObject({ ok: false, field: "currentPassword" });
    expect(
      await changeOwnPassword(created.userId, {
        currentPassword: "initial-pass-1",
        newPassword: "My-own-password-2",
        keepSessionId: session.id,
      }),
    ).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.userId } })).mustChangePassword).toBe(false);
    expect(await db.session.count({ where: { userId: created.userId } })).toBe(1);
    expect(await signInWithPassword(email, "My-own-password-2", requestHeaders())).toEqual({ ok: true });
    expect(
      await db.auditEvent.findFirst({ where: { action: "user.password_changed", actorId: created.userId } }),
    ).not.toBeNull();
  });

  it("refuses roles on agencies outside the admin's tree, and roles that do not fit the agency", async () => {
    const { government, department, admin } = await governmentWithAdmin();
    const elsewhere = await createTestAgency();
    const base = { name: "某人", password: "initial-pass-1" };
    expect(
      await createPerson(admin, {
        ...base,
        email: `a-${uniqueSuffix()}@test.gov.cn`,
        roles: [{ role: "CLERK", agencyId: elsewhere.id }],
      }),
    ).toMatchObject({ ok: false, field: "roles" });
    expect(
      await createPerson(admin, {
        ...base,
        email: `b-${uniqueSuffix()}@test.gov.cn`,
        roles: [{ role: "ADMIN", agencyId: department.id }],
      }),
    ).toMatchObject({ ok: false, field: "roles" });
    expect(
      await createPerson(admin, {
        ...base,
        email: `c-${uniqueSuffix()}@test.gov.cn`,
        roles: [{ role: "CLERK", agencyId: government.id }],
      }),
    ).toMatchObject({ ok: false, field: "roles" });
  });

  it("resets a password: the user must change it and is signed out everywhere", async () => {
    const { department, admin } = await governmentWithAdmin();
    const email = `reset-${uniqueSuffix()}@test.gov.cn`;
    const created = await createPerson(admin, {
      name: "忘记密码",
      email,
      password: "initial-pass-1",
      roles: [{ role: "CLERK", agencyId: department.id }],
    });
    if (!created.ok) throw new Error(created.message);
    await db.user.update({ where: { id: created.userId }, data: { mustChangePassword: false } });
    expect(await signInWithPassword(email, "initial-pass-1", requestHeaders())).toEqual({ ok: true });

    expect(await resetPassword(admin, { userId: created.userId, password: "short" })).toMatchObject({
      ok: false,
      field: "password",
    });
    expect(await resetPassword(admin, { userId: created.userId, password: "reset-pass-123" })).toEqual({ ok: true });
    expect(await db.session.count({ where: { userId: created.userId } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: created.userId } })).mustChangePassword).toBe(true);
    expect((await signInWithPassword(email, "initial-pass-1", requestHeaders())).ok).toBe(false);
    expect(await signInWithPassword(email, "reset-pass-123", requestHeaders())).toEqual({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.password_reset", actorId: admin.id } });
    expect(JSON.stringify(event.detail)).not.toContain("reset-pass-123");
  });

  it("takes a removed role away on the next request: the former clerk can no longer submit", async () => {
    const { department, other, admin } = await governmentWithAdmin();
    const created = await createPerson(admin, {
      name: "调岗填报人",
      email: `moved-${uniqueSuffix()}@test.gov.cn`,
      password: "initial-pass-1",
      roles: [
        { role: "CLERK", agencyId: department.id },
        { role: "CLERK", agencyId: other.id },
      ],
    });
    if (!created.ok) throw new Error(created.message);
    // Not 2025: importing a report of a year the database lacks creates it closed, and other test files need 2025 open.
    const report = await createTestReport({ agencyId: department.id, year: 2023, status: "DRAFT" });

    const beforeRemoval = await loadStaffUser(created.userId);
    expect(beforeRemoval?.roles.map((grant) => grant.agencyId)).toContain(department.id);
    expect(await revokeRole(admin, { userId: created.userId, role: "CLERK", agencyId: department.id })).toEqual({
      ok: true,
    });
    expect(
      await db.auditEvent.findFirst({ where: { action: "role.revoked", actorId: admin.id, agencyId: department.id } }),
    ).not.toBeNull();

    const nextRequest = await loadStaffUser(created.userId);
    expect(nextRequest?.roles.map((grant) => grant.agencyId)).toEqual([other.id]);
    expect(
      await transitionReport(nextRequest!, { reportId: report.id, action: "submit", version: report.version }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DRAFT");

    expect(await grantRole(admin, { userId: created.userId, role: "CLERK", agencyId: department.id })).toEqual({
      ok: true,
    });
    const regranted = await loadStaffUser(created.userId);
    expect(
      await transitionReport(regranted!, { reportId: report.id, action: "submit", version: report.version }),
    ).toMatchObject({ ok: true, status: "SUBMITTED" });
  });

  it("deactivates an account: its sessions are revoked and the next request has no user", async () => {
    const { department, admin } = await governmentWithAdmin();
    const email = `leaving-${uniqueSuffix()}@test.gov.cn`;
    const created = await createPerson(admin, {
      name: "离职人员",
      email,
      password: "initial-pass-1",
      roles: [{ role: "CLERK", agencyId: department.id }],
    });
    if (!created.ok) throw new Error(created.message);
    await signInWithPassword(email, "initial-pass-1", requestHeaders());
    expect(await db.session.count({ where: { userId: created.userId } })).toBe(1);
    expect(await deactivatePerson(admin, { userId: created.userId })).toEqual({ ok: true });
    expect(await db.session.count({ where: { userId: created.userId } })).toBe(0);
    expect(await loadStaffUser(created.userId)).toBeNull();
    expect((await signInWithPassword(email, "initial-pass-1", requestHeaders())).ok).toBe(false);
  });

  it("never lets the last admin of a government remove themselves", async () => {
    const { government, department, admin } = await governmentWithAdmin();
    await db.roleAssignment.create({ data: { userId: admin.id, role: "SUPERVISOR", agencyId: department.id } });
    expect(await revokeRole(admin, { userId: admin.id, role: "ADMIN", agencyId: government.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("只剩这一位"),
    });
    expect(await deactivatePerson(admin, { userId: admin.id })).toMatchObject({ ok: false });

    const second = await createPerson(admin, {
      name: "第二位管理员",
      email: `admin2-${uniqueSuffix()}@test.gov.cn`,
      password: "initial-pass-1",
      roles: [{ role: "ADMIN", agencyId: government.id }],
    });
    if (!second.ok) throw new Error(second.message);
    expect(await revokeRole(admin, { userId: admin.id, role: "ADMIN", agencyId: government.id })).toEqual({ ok: true });
    expect(await db.roleAssignment.count({ where: { agencyId: government.id, role: "ADMIN" } })).toBe(1);
  });

  it("lets the admin of a city remove the only admin of a county below it, and nobody outside the tree", async () => {
    const city = await createTestAgency({ kind: "GOVERNMENT" });
    const county = await createTestAgency({ kind: "GOVERNMENT", parentId: city.id });
    const township = await createTestAgency({ kind: "TOWNSHIP", parentId: county.id });
    const cityAdmin = await createStaffUser([{ role: "ADMIN", agencyId: city.id }]);
    const countyAdmin = await createStaffUser([
      { role: "ADMIN", agencyId: county.id },
      { role: "SUPERVISOR", agencyId: township.id },
    ]);
    expect(cityAdmin.administeredAgencyIds.sort()).toEqual((await listAgencySubtree([city.id])).sort());
    expect(await revokeRole(countyAdmin, { userId: countyAdmin.id, role: "ADMIN", agencyId: county.id })).toMatchObject(
      { ok: false },
    );
    expect(await revokeRole(cityAdmin, { userId: countyAdmin.id, role: "ADMIN", agencyId: county.id })).toEqual({
      ok: true,
    });
    // The county's admin (no longer) cannot touch the city's admin.
    expect(await resetPassword(countyAdmin, { userId: cityAdmin.id, password: "whatever-123" })).toMatchObject({
      ok: false,
    });
  });
});
