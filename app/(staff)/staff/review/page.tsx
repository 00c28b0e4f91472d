import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ReviewQueueTable } from "@/components/review/review-queue-table";
import { requireUser } from "@/lib/server/auth/current-user";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";

export const metadata: Metadata = { title: "审核" };

export default async function ReviewQueuePage() {
  const user = await requireUser("/staff/review");
  const queue = await listReviewQueue(user);
  return (
    <div>
      <PageHeader
        title="审核"
        description="您负责审核的机构中，等待审核、等待发布和已定时发布的年度报告。检查结果由服务器重新计算。"
      />
      <ReviewQueueTable items={queue} />
    </div>
  );
}
