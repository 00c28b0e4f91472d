import "server-only";
import type { StaffUser } from "../auth/current-user";
import { isAdmin } from "../auth/access";
import { listCellHistory, type CellHistory } from "./list-cell-history";
import { listReportHistory, type ReportHistory } from "./list-report-history";
import { listReviewComments, type ReviewCommentView } from "./list-review-comments";

export type HistoryPage = ReportHistory & {
  cells: CellHistory[];
  comments: ReviewCommentView[];
  /** Whether to offer the link to the review page (which checks access itself). */
  mayReview: boolean;
};

/** A report's timeline, per-cell history and comments, for anyone who may read the report; null otherwise (a 404). */
export async function getHistoryPage(user: StaffUser, reportId: string): Promise<HistoryPage | null> {
  const history = await listReportHistory(user, reportId);
  if (!history) return null;
  const [cells, comments] = await Promise.all([listCellHistory(user, reportId), listReviewComments(user, reportId)]);
  if (!cells || !comments) return null;
  return {
    ...history,
    cells,
    comments,
    mayReview: isAdmin(user) || user.roles.some((grant) => grant.role === "SUPERVISOR"),
  };
}
