import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_CHANGE_CHANNEL, type PublicChange } from "@/lib/front-cache/public-change-listener";

/**
 * Tells every app instance that what citizens see has changed (a publication, a correction, a
 * cancelled publication, an agency renamed): inside the transaction that makes the change, so
 * PostgreSQL delivers the notification when it commits and never when it rolls back. Each
 * instance's listener (scripts/serve.ts) then empties its caches of public answers.
 */
export async function announcePublicChange(tx: Prisma.TransactionClient, change: PublicChange): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, ${JSON.stringify(change)})`;
}
