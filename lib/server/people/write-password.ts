import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "../auth/password-hash";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Stores a new password (scrypt, as better-auth checks it at sign-in) for the user's password
 * login, and keeps its hash in the history the policy compares new passwords with.
 */
export async function writePassword(tx: Prisma.TransactionClient, userId: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  const updated = await tx.account.updateMany({
    where: { userId, providerId: "credential" },
    data: { password: hash },
  });
  if (!updated.count)
    await tx.account.create({
      data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hash },
    });
  await tx.passwordHistory.create({ data: { userId, hash } });
}
