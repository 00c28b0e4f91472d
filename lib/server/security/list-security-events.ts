import "server-only";
import { z } from "zod";
import { startOfBeijingDay, startOfNextBeijingDay } from "@/lib/beijing-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";

// The security log as an admin or a 审计员 reads it: the events of the people with a role in the
// governments they administer or audit (as the one acting or the one concerned), and, for those
// whose tree starts at the top (no parent government), the failed sign-ins of unknown e-mails.

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2026-01-31")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const securityLogFilterSchema = z.object({
  user: z.string().trim().max(200).optional(),
  from: day,
  to: day,
  kind: z.string().max(50).optional(),
});
export type SecurityLogFilter = z.infer<typeof securityLogFilterSchema>;

export type SecurityEventRow = {
  id: string;
  at: Date;
  kind: string;
  email: string | null;
  actor: string | null;
  clientAddress: string | null;
  detail: unknown;
};

export const SECURITY_LOG_PAGE_SIZE = 500;

async function scopeWhere(viewer: StaffUser): Promise<Prisma.SecurityEventWhereInput> {
  const agencyIds = [...new Set([...viewer.administeredAgencyIds, ...viewer.auditedAgencyIds])];
  const people = await db.roleAssignment.findMany({
    where: { agencyId: { in: agencyIds } },
    select: { userId: true },
    distinct: ["userId"],
  });
  const userIds = people.map((person) => person.userId);
  const roots = viewer.roles
    .filter((grant) => grant.role === "ADMIN" || grant.role === "AUDITOR")
    .map((grant) => grant.agencyId);
  const topLevel = (await db.agency.count({ where: { id: { in: roots }, parentId: null } })) > 0;
  return {
    OR: [
      { subjectUserId: { in: userIds } },
      { actorId: { in: userIds } },
      ...(topLevel ? [{ subjectUserId: null, actorId: null }] : []),
    ],
  };
}

/** Events in the viewer's scope matching the filter, newest first (at most `limit`). */
export async function listSecurityEvents(
  viewer: StaffUser,
  filter: SecurityLogFilter,
  limit = SECURITY_LOG_PAGE_SIZE,
): Promise<SecurityEventRow[]> {
  const where: Prisma.SecurityEventWhereInput = {
    AND: [
      await scopeWhere(viewer),
      filter.user ? { email: { contains: filter.user.toLowerCase(), mode: "insensitive" } } : {},
      filter.kind ? { kind: filter.kind } : {},
      filter.from ? { at: { gte: startOfBeijingDay(filter.from) } } : {},
      filter.to ? { at: { lt: startOfNextBeijingDay(filter.to) } } : {},
    ],
  };
  const events = await db.securityEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit });
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => Boolean(id)))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map(
      (user) => [user.id, `${user.name}（${user.email}）`],
    ),
  );
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    kind: event.kind,
    email: event.email,
    actor: event.actorId ? (actors.get(event.actorId) ?? event.actorId) : null,
    clientAddress: event.clientAddress,
    detail: event.detail,
  }));
}
