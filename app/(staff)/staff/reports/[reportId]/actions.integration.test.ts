// The wizard's server actions called directly, as a hand-made request would call them: the
// schema, the user and the server function behind them, against the real database.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listCellDefinitions, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import type { StaffUser } from "@/lib/server/auth/current-user";
import { db, disconnectDb } from "@/lib/server/db";
import { createClerkAgency, readCell, snapshotReport } from "@/lib/server/reports/report-test-support";
import { startReport } from "@/lib/server/reports/start-report";
import { addReviewComment } from "@/lib/server/review/add-review-comment";
import { createStaffUser } from "@/tests/staff-users";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/server/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("redirect to /login");
    return session.user;
  },
  // The autosave reads its caller in its own statement; here the session names nobody, and the
  // test's user is the one admitted.
  requestCaller: async () =>
    session.user ? { session: { id: "", userId: "" }, admit: async () => session.user } : null,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { replyToCommentAction, saveReportAction, submitReportAction } = await import("./actions");

afterAll(() => disconnectDb());
beforeEach(() => {
  session.user = null;
});

async function startedReport() {
  const setup = await createClerkAgency();
  const started = await startReport(setup.clerk, { agencyCode: setup.agency.code, year: 2025 });
  if (!started.ok) throw new Error(started.message);
  session.user = setup.clerk;
  return { ...setup, reportId: started.reportId };
}

/** Every input cell of a consistent report, as the strings a clerk would type. */
function typedCells(report: Report): Record<string, { value: string }> {
  const cells: Record<string, { value: string }> = {};
  for (const cell of listCellDefinitions(report.format)) {
    if (cell.computed) continue;
    const value = report.tables[cell.table]?.[cell.row]?.[cell.column];
    cells[cell.key] = {
      value: value === null || value === undefined ? "" : typeof value === "object" ? value.value : String(value),
    };
  }
  return cells;
}

describe("saveReportAction", () => {
  it("refuses malformed requests before they reach the database, in Chinese", async () => {
    const { reportId } = await startedReport();
    const before = await snapshotReport(reportId);
    const requests: [unknown, RegExp][] = [
      [{ reportId, version: "1" }, /缺少版本号/],
      [{ reportId, version: 1, cells: { "applications.1.natural": { value: 5 } } }, /单元格的值必须是文字/],
      [
        { reportId, version: 1, cells: { "applications.1.natural": { value: "1".repeat(201) } } },
        /单元格填写的内容过长/,
      ],
      [{ reportId, version: 1, texts: { overview: "字".repeat(20_001) } }, /正文不能超过 20,000 个字符/],
    ];
    for (const [request, message] of requests) {
      expect(await saveReportAction(request as never)).toMatchObject({ ok: false, code: "invalid", message });
    }
    expect(await snapshotReport(reportId)).toEqual(before);
  });

  it("refuses every bad value with the server function's message and changes nothing", async () => {
    const { reportId } = await startedReport();
    const before = await snapshotReport(reportId);
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ cells: { "applications.3.1.natural": { value: "abc" } } }, /“abc” 不是数字/],
      [{ cells: { "applications.3.1.natural": { value: "-3" } } }, /不能为负数（填写的是“-3”）/],
      [{ cells: { "applications.3.1.natural": { value: "1.5" } } }, /须为整数（填写的是“1.5”）/],
      [{ cells: { "art20_8.fees.amount": { value: "3.1415926" } } }, /有 7 位小数/],
      [{ cells: { "applications.3.1.natural": { value: "1".repeat(100) } } }, /超出上限/],
      [{ texts: { problems: "<script>alert('x')</script>" } }, /正文不能包含 HTML 标签/],
    ];
    for (const [payload, message] of bad) {
      expect(await saveReportAction({ reportId, version: 1, ...payload })).toMatchObject({
        ok: false,
        code: "invalid",
        message,
      });
    }
    expect(await snapshotReport(reportId)).toEqual(before);
  });

  it("answers a signed-out request without touching the report", async () => {
    const { reportId } = await startedReport();
    const before = await snapshotReport(reportId);
    session.user = null;
    expect(
      await saveReportAction({ reportId, version: 1, cells: { "applications.1.natural": { value: "1" } } }),
    ).toMatchObject({ ok: false, code: "signed_out" });
    expect(await snapshotReport(reportId)).toEqual(before);
  });
});

describe("submitReportAction", () => {
  it("refuses while errors remain, with the violations, then submits a complete report and locks it", async () => {
    const { reportId, agency } = await startedReport();
    const refused = await submitReportAction({ reportId, version: 1 });
    expect(refused).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringMatching(/报告还有 \d+ 处错误/),
    });
    if (refused.ok) return;
    expect(
      refused.violations?.some(
        (violation) => violation.rule === "cell.blank" && violation.cells[0] === "applications.1.natural",
      ),
    ).toBe(true);

    const complete = buildConsistentReport({ format: "2021", seed: 3, year: 2025, agencyName: agency.name });
    const saved = await saveReportAction({ reportId, version: 1, cells: typedCells(complete), texts: complete.texts });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    expect((await readCell(reportId, "applications.3.7.total")).intValue).toBe(
      complete.tables.applications!["3.7"]!.total,
    );

    expect(await submitReportAction({ reportId, version: 1 })).toMatchObject({ ok: false, code: "conflict" });
    expect(await submitReportAction({ reportId, version: 2 })).toEqual({ ok: true, status: "SUBMITTED", version: 3 });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("SUBMITTED");

    const before = await snapshotReport(reportId);
    expect(await saveReportAction({ reportId, version: 3, texts: { overview: "提交后再改" } })).toMatchObject({
      ok: false,
      code: "read_only",
    });
    expect(await snapshotReport(reportId)).toEqual(before);
  });
});

describe("replyToCommentAction", () => {
  it("refuses malformed and signed-out replies without storing anything, then stores the clerk's reply", async () => {
    const { reportId, agency, clerk } = await startedReport();
    const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const commented = await addReviewComment(supervisor, {
      reportId,
      target: "applications.1.natural",
      body: "请核对",
    });
    if (!commented.ok) throw new Error(commented.message);
    const { commentId } = commented;

    const requests: [unknown, string][] = [
      [{ reportId, body: "已改" }, "缺少意见编号"],
      [{ reportId, commentId, body: 5 }, "请填写回复内容"],
      [{ reportId, commentId, body: " " }, "回复内容不能为空"],
      [{ reportId, commentId, body: "字".repeat(501) }, "回复内容不能超过 500 个字"],
    ];
    for (const [request, message] of requests) {
      expect(await replyToCommentAction(request as never)).toEqual({ ok: false, code: "invalid", message });
    }
    session.user = null;
    expect(await replyToCommentAction({ reportId, commentId, body: "已改" })).toMatchObject({
      ok: false,
      code: "signed_out",
    });
    session.user = supervisor;
    expect(await replyToCommentAction({ reportId, commentId, body: "已改" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db.reviewCommentReply.count({ where: { commentId } })).toBe(0);

    session.user = clerk;
    expect(await replyToCommentAction({ reportId, commentId, body: "已改为 3" })).toMatchObject({
      ok: true,
      reply: { body: "已改为 3" },
    });
    expect(
      await db.reviewCommentReply.findMany({ where: { commentId }, select: { body: true, authorId: true } }),
    ).toEqual([{ body: "已改为 3", authorId: clerk.id }]);
  });
});
