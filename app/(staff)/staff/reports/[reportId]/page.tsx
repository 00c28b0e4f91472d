import { notFound, redirect } from "next/navigation";
import { getFormat } from "@/lib/report-format";
import { loadReportForEditing } from "./load-report";

/** /staff/reports/:id opens the first section. */
export default async function ReportWizardIndex({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const report = await loadReportForEditing(reportId);
  if (!report) notFound();
  redirect(`/staff/reports/${reportId}/${getFormat(report.format).sections[0]!.key}`);
}
