import "server-only";
import { db } from "../db";
import { visibleRevisionWhere } from "./visible-revision";

// Public reads: only published revisions, only public fields.

export async function listPublishedReports(now = new Date()) {
  const reports = await db.report.findMany({
    where: { agency: { active: true }, revisions: { some: visibleRevisionWhere(now) } },
    orderBy: [{ year: "desc" }, { agency: { name: "asc" } }],
    select: {
      year: true,
      kind: true,
      agency: { select: { name: true, code: true, kind: true } },
      revisions: { where: visibleRevisionWhere(now), orderBy: { number: "asc" }, take: 1, select: { publishedAt: true } },
    },
  });
  return reports.map(({ revisions, ...report }) => ({ ...report, firstPublishedAt: revisions[0]?.publishedAt ?? null }));
}
