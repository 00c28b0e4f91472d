import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import type { StaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { addReviewComment } from "./add-review-comment";
import { listReviewComments } from "./list-review-comments";
import { resolveReviewComment } from "./resolve-review-comment";

afterAll(() => disconnectDb());

let agency: Awaited<ReturnType<typeof createTestAgency>>;
let clerk: StaffUser;
let supervisor: StaffUser;
let reportId: string;

beforeEach(async () => {
  agency = await createTestAgency();
  clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
  supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
  reportId = (await createTestReport({ agencyId: agency.id, status: "SUBMITTED" })).id;
});

async function comment(target: string, body: string): Promise<string> {
  const result = await addReviewComment(supervisor, { reportId, target, body });
  if (!result.ok) throw new Error(result.message);
  return result.commentId;
}

describe("listReviewComments and resolveReviewComment", () => {
  it("lists the comments oldest first with their targets' names, for the reviewer and the clerk alike", async () => {
    await comment("section:applications", "第一条");
    await comment("applications.3.7.natural", "第二条");
    const forReviewer = await listReviewComments(supervisor, reportId);
    expect(
      forReviewer?.map(({ target, targetLabel, body, authorName, resolvedAt, revisionNumber }) => ({
        target,
        targetLabel,
        body,
        authorName,
        resolvedAt,
        revisionNumber,
      })),
    ).toEqual([
      {
        target: "section:applications",
        targetLabel: "三、收到和处理政府信息公开申请情况",
        body: "第一条",
        authorName: "测试用户",
        resolvedAt: null,
        revisionNumber: 1,
      },
      {
        target: "applications.3.7.natural",
        targetLabel: "（七）总计·自然人",
        body: "第二条",
        authorName: "测试用户",
        resolvedAt: null,
        revisionNumber: 1,
      },
    ]);
    expect(await listReviewComments(clerk, reportId)).toEqual(forReviewer);
    const stranger = await createStaffUser([{ role: "CLERK", agencyId: (await createTestAgency()).id }]);
    expect(await listReviewComments(stranger, reportId)).toBeNull();
  });

  it("resolves a comment once, recording who did it", async () => {
    const id = await comment("section:problems", "请具体说明");
    expect(await resolveReviewComment(supervisor, id)).toEqual({ ok: true });
    expect((await db.reviewComment.findUniqueOrThrow({ where: { id } })).resolvedAt).toBeInstanceOf(Date);
    expect(await resolveReviewComment(supervisor, id)).toEqual({
      ok: false,
      code: "wrong_state",
      message: "该意见已标记为已解决",
    });
    const events = await db.auditEvent.findMany({ where: { reportId, action: "report.comment_resolved" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: supervisor.id, detail: { commentId: id, target: "section:problems" } });
  });

  it("does not let the clerk or a supervisor of another agency resolve a comment", async () => {
    const id = await comment("section:problems", "请具体说明");
    const other = await createStaffUser([{ role: "SUPERVISOR", agencyId: (await createTestAgency()).id }]);
    for (const user of [clerk, other]) {
      expect(await resolveReviewComment(user, id)).toEqual({
        ok: false,
        code: "not_found",
        message: "意见不存在，或您无权处理此意见",
      });
    }
    expect((await db.reviewComment.findUniqueOrThrow({ where: { id } })).resolvedAt).toBeNull();
  });
});
