import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { listNotifications } from "./list-notifications";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { readNotification } from "./read-notification";

afterAll(() => disconnectDb());

async function setUp() {
  const agency = await createTestAgency();
  const report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED" });
  const clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
  const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
  const notify = (userId: string, kind: string, message: string) =>
    db.notification.create({ data: { userId, kind, reportId: report.id, message } });
  return { report, clerk, supervisor, notify };
}

describe("notifications", () => {
  it("lists only the user's own notifications, newest first, with the unread count and where each leads", async () => {
    const { report, clerk, supervisor, notify } = await setUp();
    await notify(supervisor.id, "report.submit", "已提交，等待审核");
    await notify(clerk.id, "report.return", "被退回");
    await notify(clerk.id, "report.comment", "新的审核意见");

    const forClerk = await listNotifications(clerk);
    expect(forClerk.unread).toBe(2);
    expect(forClerk.items.map((item) => [item.message, item.href])).toEqual([
      ["新的审核意见", `/staff/history/${report.id}`],
      ["被退回", `/staff/reports/${report.id}`],
    ]);
    expect((await listNotifications(supervisor)).items.map((item) => [item.message, item.href])).toEqual([
      ["已提交，等待审核", `/staff/review/${report.id}`],
    ]);
  });

  it("leads a return to the first cell the reviewer commented on, in the report's order", async () => {
    const agency = await createTestAgency();
    const report = await createTestReport({ agencyId: agency.id, status: "RETURNED" });
    const clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
    const reviewer = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const comment = (target: string, resolved = false) =>
      db.reviewComment.create({
        data: {
          reportId: report.id,
          revisionId: report.currentRevisionId!,
          target,
          body: "请核对",
          authorId: reviewer.id,
          resolvedAt: resolved ? new Date() : null,
        },
      });
    await comment("section:problems");
    await comment("applications.1.commercial");
    await comment("applications.1.natural", true);
    const returned = await db.notification.create({
      data: { userId: clerk.id, kind: "report.return", reportId: report.id, message: "被退回" },
    });
    const expected = `/staff/reports/${report.id}/applications?focus=applications.1.commercial`;
    expect((await listNotifications(clerk)).items.map((item) => item.href)).toEqual([expected]);
    expect(await readNotification(clerk, returned.id)).toEqual({ ok: true, href: expected });
  });

  it("marks a notification read only for its owner", async () => {
    const { clerk, supervisor, notify } = await setUp();
    const mine = await notify(clerk.id, "report.return", "被退回");
    expect(await readNotification(supervisor, mine.id)).toEqual({ ok: false, message: "通知不存在" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();
    expect(await readNotification(clerk, mine.id)).toMatchObject({
      ok: true,
      href: expect.stringContaining("/staff/reports/"),
    });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeInstanceOf(Date);
    expect((await listNotifications(clerk)).unread).toBe(0);
  });

  it("marks all of the user's notifications read and nobody else's", async () => {
    const { clerk, supervisor, notify } = await setUp();
    await notify(clerk.id, "report.return", "一");
    await notify(clerk.id, "report.comment", "二");
    await notify(supervisor.id, "report.submit", "三");
    expect(await markAllNotificationsRead(clerk)).toBe(2);
    expect((await listNotifications(clerk)).unread).toBe(0);
    expect((await listNotifications(supervisor)).unread).toBe(1);
    expect((await listNotifications(clerk, { unreadOnly: true })).items).toEqual([]);
  });
});
