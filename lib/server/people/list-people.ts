import "server-only";
import type { Role } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { accountKey } from "../auth/login-throttle";
import { db } from "../db";

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  mustChangePassword: boolean;
  /** Until when sign-in is locked after wrong passwords, if it is now. */
  lockedUntil: Date | null;
  roles: { role: Role; agencyId: string; agencyName: string }[];
  /** Some of the user's roles are outside the admin's tree: shown, not changed here. */
  managedElsewhere: boolean;
};

/** The people with a role in the admin's tree, by name. */
export async function listPeople(admin: StaffUser): Promise<PersonRow[]> {
  const users = await db.user.findMany({
    where: { roles: { some: { agencyId: { in: admin.administeredAgencyIds } } } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      mustChangePassword: true,
      roles: {
        orderBy: { createdAt: "asc" },
        select: { role: true, agencyId: true, agency: { select: { name: true } } },
      },
    },
  });
  const locks = await db.loginThrottle.findMany({
    where: { key: { in: users.map((user) => accountKey(user.email)) }, lockedUntil: { gt: new Date() } },
    select: { key: true, lockedUntil: true },
  });
  const lockedUntil = new Map(locks.map((lock) => [lock.key, lock.lockedUntil]));
  return users.map(({ roles, ...user }) => ({
    ...user,
    lockedUntil: lockedUntil.get(accountKey(user.email)) ?? null,
    roles: roles.map((grant) => ({ role: grant.role, agencyId: grant.agencyId, agencyName: grant.agency.name })),
    managedElsewhere: roles.some((grant) => !admin.administeredAgencyIds.includes(grant.agencyId)),
  }));
}
