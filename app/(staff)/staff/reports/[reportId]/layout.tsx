import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WizardFrame } from "@/components/wizard/wizard-frame";
import { replyToCommentAction, saveReportAction, submitReportAction } from "./actions";
import { loadReportForEditing } from "./load-report";
import { daysUntil } from "@/lib/server/review/days-until";

type Params = { params: Promise<{ reportId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const report = await loadReportForEditing((await params).reportId);
  return { title: report ? `${report.year} 年度报告 · ${report.agency.name}` : "未找到报告" };
}

export default async function ReportWizardLayout({ params, children }: Params & { children: React.ReactNode }) {
  const report = await loadReportForEditing((await params).reportId);
  if (!report) notFound();
  const data = {
    ...report,
    deadline: report.deadline?.toISOString() ?? null,
    daysLeft: report.deadline ? daysUntil(report.deadline, new Date()) : null,
  };
  // A new status (submitted, returned) starts a fresh wizard: read-only or editable again.
  return (
    <WizardFrame
      key={report.status}
      data={data}
      actions={{ save: saveReportAction, submit: submitReportAction, reply: replyToCommentAction }}
    >
      {children}
    </WizardFrame>
  );
}
