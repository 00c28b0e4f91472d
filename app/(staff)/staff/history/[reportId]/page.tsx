import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { CellHistoryList } from "@/components/review/cell-history-list";
import { CommentList } from "@/components/review/comment-list";
import { CardTitle, cardClass } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ReportTimeline } from "@/components/review/report-timeline";
import { requireUser } from "@/lib/server/auth/current-user";
import { getHistoryPage } from "@/lib/server/review/get-history-page";

export const metadata: Metadata = { title: "历史记录" };

export default async function ReportHistoryPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/staff/history/${reportId}`);
  const page = await getHistoryPage(user, reportId);
  if (!page) notFound();
  const { report, events, cells, comments, mayReview } = page;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/staff" className="text-blue-700 underline underline-offset-2">
            ← 工作台
          </Link>
          {mayReview && (
            <Link href={`/staff/review/${report.id}`} className="ml-4 text-blue-700 underline underline-offset-2">
              审核页面
            </Link>
          )}
        </p>
        <PageHeader
          className="mb-0 mt-1"
          title={
            <>
              {report.agency.name} {report.year} 年度报告 · 历史记录
            </>
          }
          description={<ReportStatusBadge status={report.status} />}
        />
      </div>

      <section aria-labelledby="comments-heading" className={cardClass}>
        <CardTitle id="comments-heading">审核意见</CardTitle>
        <CommentList comments={comments} />
      </section>

      <section aria-labelledby="timeline-heading" className={cardClass}>
        <CardTitle id="timeline-heading">全部记录</CardTitle>
        <ReportTimeline events={events} />
      </section>

      <section aria-labelledby="cells-heading" className={cardClass}>
        <CardTitle id="cells-heading">单元格修改记录</CardTitle>
        <CellHistoryList cells={cells} />
      </section>
    </div>
  );
}
