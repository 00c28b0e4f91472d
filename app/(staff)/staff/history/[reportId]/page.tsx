import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { CellHistoryList } from "@/components/review/cell-history-list";
import { CommentList } from "@/components/review/comment-list";
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
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/staff" className="text-blue-700 underline">
            ← 工作台
          </Link>
          {mayReview && (
            <Link href={`/staff/review/${report.id}`} className="ml-4 text-blue-700 underline">
              审核页面
            </Link>
          )}
        </p>
        <h1 className="text-2xl font-semibold">
          {report.agency.name} {report.year} 年度报告 · 历史记录
        </h1>
        <ReportStatusBadge status={report.status} />
      </header>

      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading" className="mb-3 text-lg font-semibold">
          审核意见
        </h2>
        <CommentList comments={comments} />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
          全部记录
        </h2>
        <ReportTimeline events={events} />
      </section>

      <section aria-labelledby="cells-heading">
        <h2 id="cells-heading" className="mb-3 text-lg font-semibold">
          单元格修改记录
        </h2>
        <CellHistoryList cells={cells} />
      </section>
    </div>
  );
}
