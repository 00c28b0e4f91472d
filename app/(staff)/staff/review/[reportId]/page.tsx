import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { ReportDocument } from "@/components/report/report-document";
import { REPORT_DOCUMENT_CSS } from "@/components/report/report-styles";
import { CellHighlights } from "@/components/review/cell-highlights";
import { CellPicker } from "@/components/review/cell-picker";
import { CommentList } from "@/components/review/comment-list";
import { DeadlineNote } from "@/components/review/deadline-note";
import { ProblemCounts } from "@/components/review/problem-counts";
import { SubmissionChanges } from "@/components/review/submission-changes";
import { ViolationList } from "@/components/review/violation-list";
import { YearComparison } from "@/components/review/year-comparison";
import { Card, CardTitle, cardClass } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format-date";
import { requireUser } from "@/lib/server/auth/current-user";
import { daysUntil } from "@/lib/server/review/days-until";
import { getReviewPage } from "@/lib/server/review/get-review-page";
import { CommentForm } from "./comment-form";
import { ResolveCommentButton } from "./resolve-comment-button";
import { ReviewActions } from "./review-actions";
import { beijingDateTime } from "@/lib/beijing-time";

export const metadata: Metadata = { title: "审核报告" };

type Params = { params: Promise<{ reportId: string }> };

export default async function ReviewReportPage({ params }: Params) {
  const { reportId } = await params;
  const user = await requireUser(`/staff/review/${reportId}`);
  const page = await getReviewPage(user, reportId);
  if (!page) notFound();
  const { review, changes, comparison, comments, targets } = page;
  const now = new Date();
  const scheduled = review.publishedAt && review.publishedAt > now ? review.publishedAt : null;
  const cellsOf = (level: "error" | "warning") =>
    review.violations
      .filter((violation) => violation.level === level)
      .flatMap((violation) => violation.cells.slice(0, 1));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/staff/review" className="text-blue-700 underline underline-offset-2">
            ← 审核
          </Link>
          <Link href={`/staff/history/${review.id}`} className="ml-4 text-blue-700 underline underline-offset-2">
            历史记录
          </Link>
        </p>
        <h1 className="text-2xl font-semibold leading-9 text-slate-900">
          {review.agency.name}
          {review.year}年度政府信息公开工作年度报告
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
          <ReportStatusBadge status={review.status} />
          {review.revisionNumber > 1 && (
            <span className="font-medium text-amber-800">更正（第 {review.revisionNumber} 版）</span>
          )}
          <span>提交时间：{review.submittedAt ? formatDateTime(review.submittedAt) : "—"}</span>
          <span>
            截止：
            <DeadlineNote
              deadline={review.deadline}
              daysLeft={review.deadline ? daysUntil(review.deadline, review.firstPublishedAt ?? now) : null}
              published={review.firstPublishedAt !== null}
            />
          </span>
          {review.publishedAt && (
            <span>
              {scheduled ? "定时发布" : "发布时间"}：{formatDateTime(review.publishedAt)}
            </span>
          )}
          <ProblemCounts errors={review.errors} warnings={review.warnings} />
        </div>
      </header>

      <section aria-labelledby="actions-heading" className={cardClass}>
        <h2 id="actions-heading" className="mb-3 text-lg font-semibold">
          审核操作
        </h2>
        <ReviewActions
          reportId={review.id}
          version={review.version}
          status={review.status}
          correction={review.revisionNumber > 1}
          earliestPublishAt={beijingDateTime(now)}
          scheduledFor={scheduled ? formatDateTime(scheduled) : null}
        />
      </section>

      <section aria-labelledby="violations-heading">
        <h2 id="violations-heading" className="mb-3 text-lg font-semibold">
          检查结果
        </h2>
        <ViolationList violations={review.violations} />
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="mb-3 text-lg font-semibold">
          自上次提交以来的修改
        </h2>
        <SubmissionChanges changes={changes} />
      </section>

      <section aria-labelledby="year-heading">
        <h2 id="year-heading" className="mb-3 text-lg font-semibold">
          与上一年度比较
        </h2>
        <YearComparison comparison={comparison} year={review.year} />
      </section>

      <section aria-labelledby="comments-heading" className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="comments-heading" className="mb-3 text-lg font-semibold">
            审核意见
          </h2>
          <CommentList
            comments={comments}
            action={(comment) => <ResolveCommentButton reportId={review.id} commentId={comment.id} />}
          />
        </div>
        <Card>
          <CardTitle as="h3">添加意见</CardTitle>
          <CommentForm reportId={review.id} targets={targets} />
        </Card>
      </section>

      <section aria-labelledby="document-heading">
        <h2 id="document-heading" className="mb-1 text-lg font-semibold">
          报告全文（发布后的样式）
        </h2>
        <p className="mb-3 text-xs text-slate-600">
          <span className="bg-red-100 px-1">红色</span>为有错误的单元格，<span className="bg-amber-100 px-1">黄色</span>
          为有警告的单元格，
          <span className="px-1 outline-2 outline-blue-600">蓝框</span>为有待处理审核意见的单元格，
          <span className="px-1 shadow-[inset_0_-3px_0_#16a34a]">绿色下划线</span>
          为自上次提交以来修改过的单元格。点击单元格可对其提审核意见。
        </p>
        <div className="review-document overflow-x-auto rounded-lg border border-slate-200 bg-white px-3 py-4 sm:px-8 sm:py-6">
          {/* The printed report looks as it will on the public page. */}
          <style dangerouslySetInnerHTML={{ __html: REPORT_DOCUMENT_CSS }} />
          <CellHighlights
            errors={cellsOf("error")}
            warnings={cellsOf("warning")}
            commented={comments.filter((comment) => !comment.resolvedAt).map((comment) => comment.target)}
            changed={changes.changes.filter((change) => change.kind === "cell").map((change) => change.cell)}
          />
          <p className="report-title">
            {review.agency.name}
            {review.year}年度政府信息公开工作年度报告
          </p>
          <CellPicker>
            <ReportDocument report={review.report} />
          </CellPicker>
        </div>
      </section>
    </div>
  );
}
