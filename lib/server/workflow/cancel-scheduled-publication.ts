import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Calls off a publication whose time has not come (the transition checked that): the revision is
 * unpublished again, its 更正说明 with it, and the report points at the revision citizens still
 * read — the last published one for a correction, none for a first publication.
 */
export async function cancelScheduledPublication(
  tx: Prisma.TransactionClient,
  reportId: string,
  revisionId: string,
): Promise<void> {
  const revision = await tx.reportRevision.update({
    where: { id: revisionId },
    data: { publishedAt: null, correctionNote: null },
    select: { number: true },
  });
  const stillPublic = await tx.reportRevision.findFirst({
    where: { reportId, number: { lt: revision.number }, publishedAt: { not: null } },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  await tx.report.update({ where: { id: reportId }, data: { publishedRevisionId: stillPublic?.id ?? null } });
}
