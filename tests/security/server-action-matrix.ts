// Who may call which server action: one row per exported action of every "use server" file under
// app/, checked by server-actions-authorization.integration.test.ts, which also fails when an
// action has no row (or a row names no action).
//
// A row says how to make a target the action can change (`prepare`, given a fresh World: see
// action-world.ts), the arguments of a valid call on it (`args`), what to compare before and after
// (`state`), and which actors are `allowed` (the target changes) or only `answered` (a real answer,
// nothing of the target changes: read-only actions, actions scoped to the caller's own data).
// Every other actor is refused: the action's refusal answer (or a redirect / notFound thrown) and
// the target unchanged. To add an action, add a row; `defineRow` keeps the target's type.
import { randomUUID } from "node:crypto";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { auth } from "@/lib/server/auth/auth";
import { accountKey } from "@/lib/server/auth/login-throttle";
import { db } from "@/lib/server/db";
import { addReviewComment } from "@/lib/server/review/add-review-comment";
import { computeSummaryReport } from "@/lib/server/summary/compute-summary-report";
import { TEST_PASSWORD, createTestReport, uniqueSuffix } from "@/tests/factories";
import {
  agencyState,
  childAgencies,
  personState,
  reportState,
  reportsOf,
  roleHolders,
  yearState,
  type Actor,
  type World,
} from "./action-world";
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
};

// The rows' targets differ in type; the runner only passes each row's own target back to it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActionRow = ActionRow<any>;
export const defineRow = <T>(row: ActionRow<T>): AnyActionRow => row;

const REVIEWERS = ["supervisor", "admin"] as const;
const SIGNED_IN = ["clerk", "otherClerk", "supervisor", "otherSupervisor", "admin", "otherAdmin"] as const;
const ADMINS = ["admin", "otherAdmin"] as const;
const OPEN_YEAR = 2025;
/** Closed in every run (report-test-support.ts): exceptions and historical imports need a closed year. */
const CLOSED_YEAR = 2024;
/**
 * The year the open/close rows toggle: reporting years are global, so a year no other test file
 * relies on, and older than the open 2025, so that "the latest open year" never changes meanwhile.
 */
const TOGGLED_YEAR = 2019;

export function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

const agencyReport = (status: "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED") => async (world: World) =>
  createTestReport({ agencyId: world.agency.id, year: OPEN_YEAR, status, seed: 3 });
const reportTarget = (report: { id: string }) => reportState(report.id);
const reportRef = (report: { id: string; version: number }) => ({ reportId: report.id, version: report.version });

/** A session of the actor with its cookie, as a browser would send it (none for `none`). */
async function actorSession(world: World, actor: Actor): Promise<{ userId: string | null; cookie: string }> {
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
async function otherSessionOf(userId: string): Promise<string> {
  const id = randomUUID();
  await db.session.create({
    data: { id, token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3600_000), userAgent: "other browser" },
  });
  return id;
}
const sessionsOf = async (target: { userId: string | null }) => (target.userId ? personState(target.userId) : null);

async function deleteToggledYear(): Promise<void> {
  await db.reportingYear.deleteMany({ where: { year: TOGGLED_YEAR } });
}

/** G's summary report of the open year, computed from A's published report, with its texts written. */
async function summaryReport(world: World) {
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
async function commentedReport(world: World) {
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

export const SERVER_ACTION_MATRIX: Record<string, AnyActionRow> = {
  // Signing in is public: the credentials decide, whoever sends them.
  "app/(auth)/login/actions.ts#signInAction": defineRow({
    prepare: async (world) => world.users.clerk,
    args: (clerk) => [null, form({ email: clerk.email, password: TEST_PASSWORD, next: "/staff" })],
    state: async (clerk) => (await personState(clerk.id)).sessions,
    allowed: ["none", ...SIGNED_IN],
  }),
  // Signing out ends the caller's own session; without one there is nothing to end.
  "app/(staff)/actions.ts#signOutAction": defineRow({
    prepare: actorSession,
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: () => [null, form({})],
    state: sessionsOf,
    allowed: SIGNED_IN,
  }),
  "app/(staff)/staff/account/password/actions.ts#changePasswordAction": defineRow({
    prepare: actorSession,
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: () => [
      { currentPassword: TEST_PASSWORD, newPassword: "another-pass-2026", confirmPassword: "another-pass-2026" },
    ],
    state: sessionsOf,
    allowed: SIGNED_IN,
  }),

  // One's own sessions: each signed-in user ends their own other sessions, never someone else's.
  "app/(staff)/staff/account/sessions/actions.ts#revokeSessionAction": defineRow({
    prepare: async (world, actor) => ({
      ...(await actorSession(world, actor)),
      other: await otherSessionOf(world.users.clerk.id),
    }),
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: (target) => [null, form({ sessionId: target.other })],
    state: (target) => db.session.findUnique({ where: { id: target.other }, select: { id: true } }),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/account/sessions/actions.ts#revokeOtherSessionsAction": defineRow({
    prepare: async (world, actor) => {
      const session = await actorSession(world, actor);
      if (session.userId) await otherSessionOf(session.userId);
      return session;
    },
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: () => [null, form({})],
    state: sessionsOf,
    allowed: SIGNED_IN,
  }),

  // 主管部门: agencies of the admin's own tree only.
  "app/(staff)/staff/admin/agencies/actions.ts#createAgencyAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [
      { name: `新设机构${uniqueSuffix()}`, code: "", kind: "DEPARTMENT", level: "", parentId: government.id },
    ],
    state: (government) => childAgencies(government.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#suggestCodeAction": defineRow({
    prepare: async (world) => world.government,
    args: () => [{ name: "本溪市测试局" }],
    state: (government) => childAgencies(government.id),
    allowed: [],
    answered: ADMINS,
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#renameAgencyAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyId: agency.id, name: `改名机构${uniqueSuffix()}` })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#setAgencyDatesAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyId: agency.id, establishedOn: "1990-01-01", abolishedOn: "" })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#moveAgencyAction": defineRow({
    prepare: async (world) => {
      const county = await db.agency.create({
        data: {
          name: `授权测试县${uniqueSuffix()}`,
          code: `sec-c-${uniqueSuffix()}`,
          kind: "GOVERNMENT",
          level: "COUNTY",
          parentId: world.government.id,
        },
      });
      return { agency: world.agency, county };
    },
    args: ({ agency, county }) => [null, form({ agencyId: agency.id, parentId: county.id })],
    state: ({ agency }) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#deactivateAgencyAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyId: agency.id })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#reactivateAgencyAction": defineRow({
    prepare: async (world) => db.agency.update({ where: { id: world.agency.id }, data: { active: false } }),
    args: (agency) => [null, form({ agencyId: agency.id })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/import/actions.ts#previewAgenciesAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [
      form({
        file: new File(
          [`名称,代码,类型,级别,上级\n导入机构${uniqueSuffix()},,部门,,${government.name}\n`],
          "agencies.csv",
        ),
      }),
    ],
    state: (government) => childAgencies(government.id),
    allowed: [],
    answered: ADMINS,
  }),
  "app/(staff)/staff/admin/agencies/import/actions.ts#importAgenciesAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [
      form({
        file: new File(
          [`名称,代码,类型,级别,上级\n导入机构${uniqueSuffix()},,部门,,${government.name}\n`],
          "agencies.csv",
        ),
      }),
    ],
    state: (government) => childAgencies(government.id),
    allowed: ["admin"],
  }),

  // Recounting stale checks only touches the admin's own tree: the other admin's call answers and changes nothing here.
  "app/(staff)/staff/admin/board/actions.ts#refreshChecksAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: () => [null, form({ year: String(OPEN_YEAR) })],
    state: (report) => reportsOf(report.agencyId),
    allowed: ["admin"],
    answered: ["otherAdmin"],
  }),

  "app/(staff)/staff/admin/site/actions.ts#saveSiteSettingsAction": defineRow({
    prepare: async () => `测试主办单位${uniqueSuffix()}`,
    args: (sponsor) => [null, form({ sponsor, phone: "024-42800000" })],
    state: () => siteSettingState(),
    allowed: ADMINS,
  }),
  "app/(staff)/staff/admin/site/actions.ts#setSiteEmblemAction": defineRow({
    prepare: async () => null,
    args: () => [null, form({ emblem: new File([PNG_SIGNATURE], "emblem.png", { type: "image/png" }) })],
    state: () => siteSettingState(),
    allowed: ADMINS,
  }),
  "app/(staff)/staff/admin/site/actions.ts#removeSiteEmblemAction": defineRow({
    prepare: async () => {
      const emblem = { emblem: Buffer.from(PNG_SIGNATURE), emblemType: "image/png" };
      await db.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, ...emblem }, update: emblem });
    },
    args: () => [null, form({})],
    state: () => siteSettingState(),
    allowed: ADMINS,
  }),
  "app/(staff)/staff/admin/import/actions.ts#previewReportFilesAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [form({ files: historicalFile(agency.name) })],
    state: (agency) => reportsOf(agency.id),
    allowed: [],
    answered: ADMINS,
  }),
  // The other admin's import answers per file ("not in your tree"): an answer, and nothing imported.
  "app/(staff)/staff/admin/import/actions.ts#importReportFilesAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [form({ files: historicalFile(agency.name), chosen: "history.json" })],
    state: (agency) => reportsOf(agency.id),
    allowed: ["admin"],
    answered: ["otherAdmin"],
  }),

  "app/(staff)/staff/admin/people/actions.ts#createPersonAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [
      {
        name: "新同事",
        email: `new-${uniqueSuffix()}@test.gov.cn`,
        password: "initial-pass-2026",
        role: "CLERK",
        agencyIds: [agency.id],
      },
    ],
    state: (agency) => roleHolders(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#resetPasswordAction": defineRow({
    prepare: async (world) => world.users.member,
    args: (member) => [null, form({ userId: member.id, password: "reset-pass-2026" })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#deactivatePersonAction": defineRow({
    prepare: async (world) => world.users.member,
    args: (member) => [null, form({ userId: member.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#reactivatePersonAction": defineRow({
    prepare: async (world) => {
      await db.user.update({ where: { id: world.users.member.id }, data: { active: false } });
      return world.users.member;
    },
    args: (member) => [null, form({ userId: member.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#grantRoleAction": defineRow({
    prepare: async (world) => world.users.member,
    args: (member, world) => [null, form({ userId: member.id, role: "SUPERVISOR", agencyId: world.agency.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#revokeRoleAction": defineRow({
    prepare: async (world) => {
      // A user keeps at least one role: give the member a second one to take away.
      await db.roleAssignment.create({
        data: { userId: world.users.member.id, role: "SUPERVISOR", agencyId: world.agency.id },
      });
      return world.users.member;
    },
    args: (member, world) => [null, form({ userId: member.id, role: "SUPERVISOR", agencyId: world.agency.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),

  "app/(staff)/staff/admin/people/actions.ts#unlockPersonAction": defineRow({
    prepare: async (world) => {
      const member = world.users.member;
      await db.loginThrottle.create({
        data: {
          key: accountKey(member.email),
          failures: 5,
          lockedUntil: new Date(Date.now() + 600_000),
          expiresAt: new Date(Date.now() + 600_000),
        },
      });
      return member;
    },
    args: (member) => [null, form({ userId: member.id })],
    state: (member) =>
      db.loginThrottle.findUnique({ where: { key: accountKey(member.email) }, select: { lockedUntil: true } }),
    allowed: ["admin"],
  }),

  "app/(staff)/staff/admin/people/actions.ts#forceSignOutAction": defineRow({
    prepare: async (world) => {
      await otherSessionOf(world.users.member.id);
      return world.users.member;
    },
    args: (member) => [null, form({ userId: member.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),

  "app/(staff)/staff/admin/summary/actions.ts#computeSummaryAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [null, form({ governmentId: government.id, year: String(OPEN_YEAR) })],
    state: (government) => reportsOf(government.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/summary/actions.ts#saveSummaryTextsAction": defineRow({
    prepare: summaryReport,
    args: (report) => [
      null,
      form({
        reportId: report.id,
        version: String(report.version),
        overview: "改写的总体情况。",
        problems: "问题。",
        other: "其他。",
      }),
    ],
    state: reportTarget,
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/summary/actions.ts#submitSummaryAction": defineRow({
    prepare: summaryReport,
    args: (report) => [null, form({ reportId: report.id, version: String(report.version) })],
    state: reportTarget,
    allowed: ["admin"],
  }),

  // Reporting years are one calendar for the whole system: any 主管部门 admin opens and closes them (by design).
  "app/(staff)/staff/admin/years/actions.ts#openYearAction": defineRow({
    prepare: async (world) => {
      await deleteToggledYear();
      return world.agency;
    },
    args: () => [null, form({ year: String(TOGGLED_YEAR) })],
    state: (agency) => yearState(TOGGLED_YEAR, agency.id),
    allowed: ADMINS,
    cleanup: deleteToggledYear,
  }),
  "app/(staff)/staff/admin/years/actions.ts#closeYearAction": defineRow({
    prepare: async (world) => {
      await deleteToggledYear();
      await db.reportingYear.create({
        data: { year: TOGGLED_YEAR, format: "2019", deadline: new Date("2020-01-31T23:59:59+08:00") },
      });
      return world.agency;
    },
    args: () => [null, form({ year: String(TOGGLED_YEAR) })],
    state: (agency) => yearState(TOGGLED_YEAR, agency.id),
    allowed: ADMINS,
    cleanup: deleteToggledYear,
  }),
  // An exception reopens one agency: only for an agency of the admin's tree.
  "app/(staff)/staff/admin/years/actions.ts#grantExceptionAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ year: String(CLOSED_YEAR), agencyId: agency.id, reason: "机构改革，延迟报送" })],
    state: (agency) => yearState(CLOSED_YEAR, agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/years/actions.ts#withdrawExceptionAction": defineRow({
    prepare: async (world) => {
      await db.reportingException.create({
        data: {
          year: CLOSED_YEAR,
          agencyId: world.agency.id,
          reason: "机构改革，延迟报送",
          createdById: world.users.admin.id,
        },
      });
      return world.agency;
    },
    args: (agency) => [null, form({ year: String(CLOSED_YEAR), agencyId: agency.id })],
    state: (agency) => yearState(CLOSED_YEAR, agency.id),
    allowed: ["admin"],
  }),

  // Notifications are the clerk's own: anyone else's call finds nothing of theirs.
  "app/(staff)/staff/notifications/actions.ts#openNotificationAction": defineRow({
    prepare: async (world) => {
      const report = await agencyReport("DRAFT")(world);
      return db.notification.create({
        data: { userId: world.users.clerk.id, kind: "report.comment", reportId: report.id, message: "有新的审核意见" },
      });
    },
    args: (notification) => [form({ id: notification.id })],
    state: (notification) =>
      db.notification.findUniqueOrThrow({ where: { id: notification.id }, select: { readAt: true } }),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/notifications/actions.ts#markAllNotificationsReadAction": defineRow({
    prepare: (world) =>
      db.notification.create({
        data: { userId: world.users.clerk.id, kind: "report.comment", message: "有新的审核意见" },
      }),
    args: () => [],
    state: (notification) =>
      db.notification.findUniqueOrThrow({ where: { id: notification.id }, select: { readAt: true } }),
    allowed: ["clerk"],
    answered: ["otherClerk", "supervisor", "otherSupervisor", "admin", "otherAdmin"],
  }),

  // The report wizard: the agency's clerks only.
  "app/(staff)/staff/reports/actions.ts#startReportAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyCode: agency.code, year: String(OPEN_YEAR) })],
    state: (agency) => reportsOf(agency.id),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/reports/[reportId]/actions.ts#saveReportAction": defineRow({
    prepare: agencyReport("DRAFT"),
    args: (report) => [{ ...reportRef(report), texts: { overview: "改写的总体情况。" } }],
    state: reportTarget,
    allowed: ["clerk"],
  }),
  // Answering a reviewer's comment on a returned report: whoever may edit it, its clerks.
  "app/(staff)/staff/reports/[reportId]/actions.ts#replyToCommentAction": defineRow({
    prepare: async (world) => {
      const { report, commentId } = await commentedReport(world);
      await db.report.update({ where: { id: report.id }, data: { status: "RETURNED" } });
      return { report, commentId };
    },
    args: ({ report, commentId }) => [{ reportId: report.id, commentId, body: "已按意见修改" }],
    state: ({ report }) => reportState(report.id),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/reports/[reportId]/actions.ts#submitReportAction": defineRow({
    prepare: agencyReport("DRAFT"),
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: ["clerk"],
  }),

  // Review: the agency's supervisors and the admin above it.
  "app/(staff)/staff/review/[reportId]/actions.ts#returnReportAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: (report) => [{ ...reportRef(report), reason: "请补充说明" }],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#approveReportAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#publishReportAction": defineRow({
    prepare: agencyReport("APPROVED"),
    args: (report) => [{ ...reportRef(report), when: "now", publishAt: "", correction: false, correctionNote: "" }],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#reopenReportAction": defineRow({
    prepare: agencyReport("PUBLISHED"),
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#addCommentAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: (report) => [{ reportId: report.id, target: "applications.1.natural", body: "请核对本年新收申请数量" }],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  // Calling off a publication set for tomorrow.
  "app/(staff)/staff/review/[reportId]/actions.ts#cancelPublicationAction": defineRow({
    prepare: async (world) => {
      const report = await agencyReport("PUBLISHED")(world);
      await db.reportRevision.update({
        where: { id: report.currentRevisionId! },
        data: { publishedAt: new Date(Date.now() + 24 * 3600 * 1000) },
      });
      return report;
    },
    args: (report) => [reportRef(report)],
    state: reportTarget,
    allowed: REVIEWERS,
  }),
  "app/(staff)/staff/review/[reportId]/actions.ts#resolveCommentAction": defineRow({
    prepare: commentedReport,
    args: ({ report, commentId }) => [{ reportId: report.id, commentId }],
    state: ({ report }) => reportState(report.id),
    allowed: REVIEWERS,
  }),
};

/** A past year's report of the agency as an interchange file (the closed year: history). */
function historicalFile(agencyName: string): File {
  const report = buildConsistentReport({ format: "2021", seed: 4, year: CLOSED_YEAR, agencyName });
  return new File([JSON.stringify(report)], "history.json", { type: "application/json" });
}

/** The first bytes of every PNG file: enough for the emblem's type check. */
const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** The site's settings row as the actions change it (the emblem by its type and version). */
async function siteSettingState(): Promise<unknown> {
  return db.siteSetting.findUnique({ where: { id: 1 }, omit: { emblem: true } });
}
