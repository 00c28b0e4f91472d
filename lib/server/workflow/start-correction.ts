import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { copyCells } from "../report-cells/write-cells";

/**
 * A correction (更正) of a published report works on a new revision, a copy of the published one;
 * the published revision stays frozen and public until the correction itself is published.
 */
export async function startCorrection(
  tx: Prisma.TransactionClient,
  reportId: string,
  publishedRevisionId: string,
): Promise<string> {
  const published = await tx.reportRevision.findUniqueOrThrow({
    where: { id: publishedRevisionId },
  });
  const revision = await tx.reportRevision.create({
    data: {
      reportId,
      number: published.number + 1,
      overview: published.overview,
      problems: published.problems,
      other: published.other,
      warningExplanations: published.warningExplanations as Prisma.InputJsonValue,
    },
  });
  await copyCells(tx, publishedRevisionId, revision.id);
  await tx.report.update({ where: { id: reportId }, data: { currentRevisionId: revision.id } });
  return revision.id;
}
