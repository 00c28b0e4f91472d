import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

export type SecurityEventKind =
  | "sign_in.succeeded"
  | "sign_in.failed"
  | "sign_in.refused"
  | "account.locked"
  | "client.locked"
  | "account.unlocked"
  | "password.changed"
  | "password.change_failed"
  | "password.reset"
  | "role.granted"
  | "role.revoked"
  | "user.created"
  | "user.deactivated"
  | "user.reactivated"
  | "session.revoked"
  | "data.imported"
  | "data.exported";

export type SecurityEventInput = {
  kind: SecurityEventKind;
  actorId?: string | null;
  subjectUserId?: string | null;
  email?: string | null;
  clientAddress?: string | null;
  detail?: Prisma.InputJsonValue;
};

type Writer = Pick<Prisma.TransactionClient, "securityEvent">;

/** Appends one row to the security log (安全审计); inside the caller's transaction when given one. */
export async function recordSecurityEvent(event: SecurityEventInput, tx: Writer = db): Promise<void> {
  await tx.securityEvent.create({ data: event });
}
