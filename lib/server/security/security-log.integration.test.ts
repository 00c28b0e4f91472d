import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestUser } from "@/tests/factories";
import { disconnectDb, db } from "../db";
import { loadStaffUser } from "../auth/current-user";
import { grantRole } from "../people/grant-role";
import { listSecurityEvents } from "./list-security-events";
import { recordSecurityEvent } from "./record-security-event";
import { securityLogCsv } from "./security-log-csv";

afterAll(() => disconnectDb());

async function tree() {
  const government = await createTestAgency({ kind: "GOVERNMENT" });
  const agency = await createTestAgency({ parentId: government.id });
  const admin = await createTestUser([{ role: "ADMIN", agencyId: government.id }]);
  const auditor = await createTestUser([{ role: "AUDITOR", agencyId: government.id }]);
  const clerk = await createTestUser([{ role: "CLERK", agencyId: agency.id }]);
  return {
    government,
    agency,
    admin: (await loadStaffUser(admin.id))!,
    auditor: (await loadStaffUser(auditor.id))!,
    clerk,
  };
}

describe("security log", () => {
  it("is append-only: the database refuses to change or delete an event", async () => {
    await recordSecurityEvent({ kind: "sign_in.failed", email: "someone@test.gov.cn", clientAddress: "10.0.0.1" });
    const event = await db.securityEvent.findFirstOrThrow({
      where: { email: "someone@test.gov.cn" },
      orderBy: { id: "desc" },
    });
    await expect(
      db.securityEvent.update({ where: { id: event.id }, data: { kind: "sign_in.succeeded" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.securityEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE security_event")).rejects.toThrow(/append-only/);
  });

  it("shows the admin and the 审计员 their tree's events, filtered by user and date; nothing of another tree", async () => {
    const mine = await tree();
    const other = await tree();
    expect(
      await grantRole(mine.admin, { userId: mine.clerk.id, role: "SUPERVISOR", agencyId: mine.agency.id }),
    ).toEqual({ ok: true });
    await recordSecurityEvent({ kind: "sign_in.failed", subjectUserId: other.clerk.id, email: other.clerk.email });

    for (const viewer of [mine.admin, mine.auditor]) {
      const rows = await listSecurityEvents(viewer, { user: mine.clerk.email.toUpperCase() });
      expect(rows.map((row) => row.kind)).toContain("role.granted");
      expect(rows.every((row) => row.email === mine.clerk.email)).toBe(true);
      expect(await listSecurityEvents(viewer, { user: other.clerk.email })).toEqual([]);
    }
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
    expect(
      (await listSecurityEvents(mine.auditor, { user: mine.clerk.email, from: today, to: today })).length,
    ).toBeGreaterThan(0);
    expect(await listSecurityEvents(mine.auditor, { user: mine.clerk.email, to: "2020-01-01" })).toEqual([]);

    const csv = securityLogCsv(await listSecurityEvents(mine.admin, { user: mine.clerk.email }));
    expect(csv.startsWith("\uFEFF时间（北京时间）,事件")).toBe(true);
    expect(csv).toContain("授予角色");
  });

  it("gives a 审计员 no agency: the auditor's grant opens no staff agency page", async () => {
    const { readableAgencyWhere } = await import("../auth/access");
    const mine = await tree();
    expect(await db.agency.count({ where: readableAgencyWhere(mine.auditor) })).toBe(0);
    expect(await db.agency.count({ where: readableAgencyWhere(mine.admin) })).toBe(2);
  });
});
