import "server-only";
import { db } from "../db";

// Public reads: only published revisions, only public fields.

export async function listPublishedReports() {
  return db.report.findMany({
    where: { publishedRevisionId: { not: null }, agency: { active: true } },
    orderBy: [{ year: "desc" }, { agency: { name: "asc" } }],
    select: {
      year: true,
      kind: true,
      agency: { select: { name: true, code: true, kind: true } },
      publishedRevision: { select: { publishedAt: true } },
    },
  });
}
