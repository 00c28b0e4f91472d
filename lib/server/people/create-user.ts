import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "../auth/password-hash";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

export type NewUser = {
  name: string;
  email: string;
  password: string;
  roles: { role: Role; agencyId: string }[];
  mustChangePassword?: boolean;
};

/** Creates a user with a password login (hashed with scrypt by better-auth) and roles, in the caller's transaction. */
export async function createUser(tx: Prisma.TransactionClient, input: NewUser, actorId?: string): Promise<string> {
  const id = randomUUID();
  const email = input.email.trim().toLowerCase();
  await tx.user.create({
    data: {
      id,
      name: input.name,
      email,
      emailVerified: true,
      mustChangePassword: input.mustChangePassword ?? false,
      accounts: {
        create: {
          id: randomUUID(),
          accountId: id,
          providerId: "credential",
          password: await hashPassword(input.password),
        },
      },
      roles: { create: input.roles },
    },
  });
  await tx.auditEvent.create({
    data: { action: "user.created", actorId: actorId ?? null, detail: { userId: id, email, roles: input.roles } },
  });
  return id;
}
