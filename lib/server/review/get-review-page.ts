import "server-only";
import type { StaffUser } from "../auth/current-user";
import { compareWithLastYear, type YearComparison } from "./compare-with-last-year";
import { listCommentTargets, type CommentTarget } from "./comment-targets";
import { getReviewReport, type ReviewReport } from "./get-review-report";
import { listChangesSinceSubmission, type ChangesSinceSubmission } from "./list-changes-since-submission";
import { listReviewComments, type ReviewCommentView } from "./list-review-comments";

export type ReviewPage = {
  review: ReviewReport;
  changes: ChangesSinceSubmission;
  comparison: YearComparison;
  comments: ReviewCommentView[];
  targets: CommentTarget[];
};

/** Everything the review page shows, or null when the user may not review the report (a 404). */
export async function getReviewPage(user: StaffUser, reportId: string): Promise<ReviewPage | null> {
  const review = await getReviewReport(user, reportId);
  if (!review) return null;
  const [changes, comparison, comments] = await Promise.all([
    listChangesSinceSubmission(user, review.id),
    compareWithLastYear(user, review.id),
    listReviewComments(user, review.id),
  ]);
  if (!changes || !comparison || !comments) return null;
  return { review, changes, comparison, comments, targets: listCommentTargets(review.format) };
}
