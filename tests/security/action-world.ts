// The people and agencies every row of the server-action matrix is tried against, made fresh for
// each call so that one allowed change never becomes another call's starting point.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Agency, Role } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { snapshotReport } from "@/lib/server/reports/report-test-support";
import { TEST_PASSWORD, uniqueSuffix } from "@/tests/factories";

/** Who calls: signed out, or signed in with one role on agency A (`clerk`…) or on the other tree (`other…`). */
export const ACTORS = ["none", "clerk", "otherClerk", "supervisor", "otherSupervisor", "admin", "otherAdmin"] as const;
export type Actor = (typeof ACTORS)[number];
export type Person = { id: string; email: string };

export type World = {
  /** 市级 government G, administered by `admin`. */
  government: Agency;
  /** Department A under G: the agency of `clerk` and `supervisor`, the target of most rows. */
  agency: Agency;
  otherGovernment: Agency;
  /** Department B under the other government. */
  otherAgency: Agency;
  users: Record<Exclude<Actor, "none">, Person> & {
    /** A second clerk of A: the person the admin rows manage (never an actor, so never signed out by them). */
    member: Person;
  };
};

let passwordHash: Promise<string> | undefined;

async function createGovernment(suffix: string, label: string): Promise<Agency> {
  return db.agency.create({
    data: {
      name: `${label}${suffix}市人民政府`,
      code: `sec-${label === "甲" ? "a" : "b"}-${suffix}`,
      kind: "GOVERNMENT",
      level: "CITY",
    },
  });
}

async function createPerson(grants: { role: Role; agency: Agency }[]): Promise<Person> {
  const id = randomUUID();
  const email = `sec-${id.slice(0, 8)}@test.gov.cn`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await db.user.create({
    data: {
      id,
      name: "授权测试",
      email,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: await passwordHash } },
      roles: { create: grants.map(({ role, agency }) => ({ role, agencyId: agency.id })) },
    },
  });
  return { id, email };
}

export async function createWorld(): Promise<World> {
  const suffix = uniqueSuffix();
  const government = await createGovernment(suffix, "甲");
  const otherGovernment = await createGovernment(suffix, "乙");
  const agency = await db.agency.create({
    data: { name: `授权测试局${suffix}`, code: `sec-d-${suffix}`, kind: "DEPARTMENT", parentId: government.id },
  });
  const otherAgency = await db.agency.create({
    data: { name: `授权测试他局${suffix}`, code: `sec-e-${suffix}`, kind: "DEPARTMENT", parentId: otherGovernment.id },
  });
  const [clerk, otherClerk, supervisor, otherSupervisor, admin, otherAdmin, member] = await Promise.all([
    createPerson([{ role: "CLERK", agency }]),
    createPerson([{ role: "CLERK", agency: otherAgency }]),
    createPerson([{ role: "SUPERVISOR", agency }]),
    createPerson([{ role: "SUPERVISOR", agency: otherAgency }]),
    createPerson([{ role: "ADMIN", agency: government }]),
    createPerson([{ role: "ADMIN", agency: otherGovernment }]),
    createPerson([{ role: "CLERK", agency }]),
  ]);
  return {
    government,
    agency,
    otherGovernment,
    otherAgency,
    users: { clerk, otherClerk, supervisor, otherSupervisor, admin, otherAdmin, member },
  };
}

export function actorId(world: World, actor: Actor): string | null {
  return actor === "none" ? null : world.users[actor].id;
}

// What each kind of target looks like in the database: compared before and after a call.

export async function reportState(reportId: string) {
  const comments = await db.reviewComment.findMany({
    where: { reportId },
    select: { id: true, body: true, resolvedAt: true },
    orderBy: { id: "asc" },
  });
  const replies = await db.reviewCommentReply.findMany({
    where: { comment: { reportId } },
    select: { id: true, body: true },
    orderBy: { id: "asc" },
  });
  const revisions = await db.reportRevision.findMany({
    where: { reportId },
    select: { number: true, publishedAt: true },
    orderBy: { number: "asc" },
  });
  return { report: await snapshotReport(reportId), comments, replies, revisions };
}

export async function agencyState(agencyId: string) {
  return db.agency.findUniqueOrThrow({
    where: { id: agencyId },
    select: { name: true, parentId: true, active: true, establishedOn: true, abolishedOn: true, updatedAt: true },
  });
}

/** The agencies directly under a government: what creating or importing agencies adds to. */
export async function childAgencies(parentId: string) {
  return db.agency.findMany({ where: { parentId }, select: { id: true, name: true }, orderBy: { id: "asc" } });
}

export async function personState(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      active: true,
      mustChangePassword: true,
      roles: { select: { role: true, agencyId: true }, orderBy: [{ role: "asc" }, { agencyId: "asc" }] },
    },
  });
  const account = await db.account.findFirst({
    where: { userId, providerId: "credential" },
    omit: { password: false },
  });
  const sessions = await db.session.findMany({ where: { userId }, select: { id: true }, orderBy: { id: "asc" } });
  return { ...user, password: account?.password ?? null, sessions };
}

export async function roleHolders(agencyId: string) {
  return db.roleAssignment.findMany({
    where: { agencyId },
    select: { userId: true, role: true },
    orderBy: [{ userId: "asc" }, { role: "asc" }],
  });
}

export async function yearState(year: number, agencyId: string) {
  const row = await db.reportingYear.findUnique({ where: { year }, select: { closedAt: true, deadline: true } });
  const exception = await db.reportingException.findUnique({
    where: { year_agencyId: { year, agencyId } },
    select: { reason: true },
  });
  return { row, exception };
}

export async function reportsOf(agencyId: string) {
  return db.report.findMany({
    where: { agencyId },
    select: { id: true, year: true, kind: true, status: true, version: true, checkedVersion: true },
    orderBy: { id: "asc" },
  });
}
