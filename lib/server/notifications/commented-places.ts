import "server-only";
import { parseFormatKey } from "@/lib/report-format";
import { db } from "../db";
import { firstCommentedPlace, type CommentedPlace } from "./first-commented-place";

/**
 * For each returned report, where its open review comments (on the revision being worked on)
 * first point: one query for all of a list's reports.
 */
export async function findCommentedPlaces(reportIds: readonly string[]): Promise<Map<string, CommentedPlace>> {
  if (!reportIds.length) return new Map();
  const reports = await db.report.findMany({
    where: { id: { in: [...new Set(reportIds)] }, status: "RETURNED", kind: "AGENCY" },
    select: {
      id: true,
      format: true,
      currentRevisionId: true,
      comments: { where: { resolvedAt: null }, select: { target: true, revisionId: true } },
    },
  });
  const places = new Map<string, CommentedPlace>();
  for (const report of reports) {
    const targets = report.comments
      .filter((comment) => comment.revisionId === report.currentRevisionId)
      .map((comment) => comment.target);
    const place = firstCommentedPlace(parseFormatKey(report.format), targets);
    if (place) places.set(report.id, place);
  }
  return places;
}
