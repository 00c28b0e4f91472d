import "server-only";
import type { StaffUser } from "../auth/current-user";
import { recordSecurityEvent } from "./record-security-event";

/** An admin's bulk import or export, in the security log (who, what, how much). */
export async function recordBulkTransfer(
  user: StaffUser,
  kind: "data.imported" | "data.exported",
  detail: { what: string; count: number; file?: string },
): Promise<void> {
  await recordSecurityEvent({ kind, actorId: user.id, subjectUserId: user.id, email: user.email, detail });
}
