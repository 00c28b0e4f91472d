"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { CircleAlert, Clock, Lock } from "lucide-react";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import { formatDate } from "@/lib/format-date";
import { ConflictDialog } from "./conflict-dialog";
import { listSections } from "./report-fields";
import { RestoreBanner } from "./restore-banner";
import { ReviewCommentsProvider } from "./review-comments";
import { ReviewFeedback } from "./review-feedback";
import { StepNav } from "./step-nav";
import { WizardProvider } from "./wizard-context";
import type { WizardData } from "./wizard-store";
import type { WizardActions } from "@/lib/requests/wizard";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";

/** 报送截止 with how it stands today, while the report is still the clerk's to send. */
function DeadlineBadge({ deadline, daysLeft, open }: { deadline: string; daysLeft: number | null; open: boolean }) {
  const date = formatDate(new Date(deadline));
  if (!open || daysLeft === null) return <span>· 报送截止 {date}</span>;
  const overdue = daysLeft < 0;
  const soon = daysLeft <= 7;
  return (
    <span
      data-testid="wizard-deadline"
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 ${overdue ? "bg-red-50 font-medium text-red-800 ring-1 ring-red-200" : soon ? "bg-amber-50 text-amber-900 ring-1 ring-amber-200" : ""}`}
    >
      {overdue ? <CircleAlert aria-hidden className="size-4" /> : <Clock aria-hidden className="size-4" />}
      报送截止 {date}（{overdue ? `已逾期 ${-daysLeft} 天` : daysLeft === 0 ? "今天截止" : `还剩 ${daysLeft} 天`}）
    </span>
  );
}

/** The wizard around its steps: title, status, the step list with progress and save state. */
export function WizardFrame({
  data,
  actions,
  children,
}: {
  data: WizardData;
  actions: WizardActions;
  children: React.ReactNode;
}) {
  const step = useSelectedLayoutSegment();
  const sections = listSections(data.format);
  return (
    <WizardProvider data={data} actions={actions}>
      {/* Wider than the staff pages: the applications table needs the room. */}
      <div style={{ marginInline: "calc(50% - min(50vw - 1rem, 46rem))" }} className="space-y-4">
        <div>
          <p className="text-sm">
            <Link href={`/staff/agencies/${data.agency.code}`} className="text-blue-700 underline underline-offset-2">
              ← {data.agency.name}
            </Link>
          </p>
          <PageHeader
            className="mb-0 mt-1"
            title={
              <>
                {data.agency.name}
                {data.year}年度政府信息公开工作年度报告
              </>
            }
            description={
              <span className="flex flex-wrap items-center gap-2 text-slate-600">
                <ReportStatusBadge status={data.status} />
                <span>{data.format} 版格式</span>
                {data.deadline && (
                  <DeadlineBadge deadline={data.deadline} daysLeft={data.daysLeft ?? null} open={!data.readOnly} />
                )}
              </span>
            }
          />
        </div>
        {data.status === "SUBMITTED" && (
          <Alert role="status" tone="success">
            <p className="font-medium">已提交，等待审核人审核</p>
            <p>
              审核人会逐项查看本报告：审核通过后由审核人安排发布；如有问题会退回并附审核意见，退回后您会在“通知”中收到提醒，可在此修改后重新提交。
            </p>
          </Alert>
        )}
        {data.readOnly && (
          <p className="flex items-center gap-2 rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-800">
            <Lock aria-hidden className="size-4 shrink-0" />
            本报告当前为“{REPORT_STATUS_LABELS[data.status]}”状态，只能查看，不能修改。
          </p>
        )}
        <ReviewFeedback status={data.status} returnReason={data.returnReason} comments={data.comments} />
        <RestoreBanner />
        <ReviewCommentsProvider format={data.format} comments={data.comments}>
          <div className="grid gap-6 md:grid-cols-[13rem_minmax(0,1fr)]">
            <aside className="md:sticky md:top-4 md:self-start">
              <StepNav sections={sections} current={step} />
            </aside>
            <div className="min-w-0">{children}</div>
          </div>
        </ReviewCommentsProvider>
      </div>
      <ConflictDialog />
    </WizardProvider>
  );
}
