// What the rows of the server-action matrix share: the row type, the actors' groups, the years the
// rows use, and the targets several rows prepare (see server-action-matrix.ts).
import { randomUUID } from "node:crypto";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { auth } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db";
import { addReviewComment } from "@/lib/server/review/add-review-comment";
import { computeSummaryReport } from "@/lib/server/summary/compute-summary-report";
import { TEST_PASSWORD, createTestReport } from "@/tests/factories";
import { personState, reportState, type Actor, type World } from "./action-world";
import { loadStaffUser } from "./signed-in-caller";

export type ActionRow<T> = {
  prepare: (world: World, actor: Actor) => Promise<T>;
  args: (target: T, world: World) => unknown[];
  state: (target: T, world: World) => Promise<unknown>;
  allowed: readonly Actor[];
  answered?: readonly Actor[];
  /** Undo what the call did to data other test files share (reporting years are global). */
  cleanup?: (target: T, world: World) => Promise<void>;
  /** The request headers the action sees (next/headers), e.g. a session cookie. */
  headers?: (target: T) => Headers;
  /** A global row the action changes, shared with other test files: each call holds this lock (tests/test-lock.ts). */
  exclusive?: string;
};

// The rows' targets differ in type; the runner only passes each row's own target back to it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActionRow = ActionRow<any>;
export const defineRow = <T>(row: ActionRow<T>): AnyActionRow => row;

export const REVIEWERS = ["supervisor", "admin"] as const;
export const SIGNED_IN = ["clerk", "otherClerk", "supervisor", "otherSupervisor", "admin", "otherAdmin"] as const;
export const ADMINS = ["admin", "otherAdmin"] as const;
export const OPEN_YEAR = 2025;
/** Closed in every run (report-test-support.ts): exceptions and historical imports need a closed year. */
export const CLOSED_YEAR = 2024;
/**
 * The year the open/close rows toggle: reporting years are global, so a year no other test file
 * relies on, and older than the open 2025, so that "the latest open year" never changes meanwhile.
 */
export const TOGGLED_YEAR = 2019;

export function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

export const agencyReport = (status: "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED") => async (world: World) =>
  createTestReport({ agencyId: world.agency.id, year: OPEN_YEAR, status, seed: 3 });
export const reportTarget = (report: { id: string }) => reportState(report.id);
export const reportRef = (report: { id: string; version: number }) => ({
  reportId: report.id,
  version: report.version,
});

/** A session of the actor with its cookie, as a browser would send it (none for `none`). */
export async function actorSession(world: World, actor: Actor): Promise<{ userId: string | null; cookie: string }> {
  if (actor === "none") return { userId: null, cookie: "" };
  const user = world.users[actor];
  const { headers } = await auth().api.signInEmail({
    body: { email: user.email, password: TEST_PASSWORD },
    returnHeaders: true,
  });
  const cookie = (headers.get("set-cookie") ?? "")
    .split(/,(?=\s*[\w.-]+=)/)
    .map((part) => part.split(";")[0]!.trim())
    .join("; ");
  return { userId: user.id, cookie };
}
/** A session of the user in another browser (a row as better-auth stores it). */
export async function otherSessionOf(userId: string): Promise<string> {
  const id = randomUUID();
  await db.session.create({
    data: { id, token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3600_000), userAgent: "other browser" },
  });
  return id;
}
export const sessionsOf = async (target: { userId: string | null }) =>
  target.userId ? personState(target.userId) : null;

export async function deleteToggledYear(): Promise<void> {
  await db.reportingYear.deleteMany({ where: { year: TOGGLED_YEAR } });
}

/** G's summary report of the open year, computed from A's published report, with its texts written. */
export async function summaryReport(world: World) {
  await createTestReport({ agencyId: world.agency.id, year: OPEN_YEAR, status: "PUBLISHED", seed: 5 });
  const admin = (await loadStaffUser(world.users.admin.id))!;
  const computed = await computeSummaryReport(admin, { governmentId: world.government.id, year: OPEN_YEAR });
  if (!computed.ok) throw new Error(computed.message);
  const report = await db.report.findUniqueOrThrow({ where: { id: computed.reportId } });
  await db.reportRevision.update({
    where: { id: report.currentRevisionId! },
    data: {
      overview: "本级政府汇总各部门年度报告。",
      problems: "一是公开深度不够；二是解读形式单一。",
      other: "本年度未收取信息处理费。",
    },
  });
  return report;
}

/** A submitted report of A with one open comment of its supervisor. */
export async function commentedReport(world: World) {
  const report = await agencyReport("SUBMITTED")(world);
  const supervisor = (await loadStaffUser(world.users.supervisor.id))!;
  const added = await addReviewComment(supervisor, {
    reportId: report.id,
    target: "applications.1.natural",
    body: "请核对",
  });
  if (!added.ok) throw new Error(added.message);
  return { report, commentId: added.commentId };
}

/** A past year's report of the agency as an interchange file (the closed year: history). */
export function historicalFile(agencyName: string): File {
  const report = buildConsistentReport({ format: "2021", seed: 4, year: CLOSED_YEAR, agencyName });
  return new File([JSON.stringify(report)], "history.json", { type: "application/json" });
}
