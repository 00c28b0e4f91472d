import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What citizens may see: revisions whose publication time has come. A scheduled publication
 * (publishedAt in the future) stays invisible until then, and the revision it replaces stays visible.
 */
export function visibleRevisionWhere(now: Date): Prisma.ReportRevisionWhereInput {
  return { publishedAt: { lte: now } };
}
