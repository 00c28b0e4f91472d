import { notFound, redirect } from "next/navigation";
import { getFormat } from "@/lib/report-format";
import { firstCommentedSection } from "@/components/wizard/report-fields";
import { loadReportForEditing } from "./load-report";

/**
 * /staff/reports/:id opens the first section; a returned report opens where the reviewer's first
 * open comment points, so that the clerk starts with what was asked.
 */
export default async function ReportWizardIndex({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const report = await loadReportForEditing(reportId);
  if (!report) notFound();
  const commented =
    report.status === "RETURNED"
      ? firstCommentedSection(
          report.format,
          report.comments.map((comment) => comment.target),
        )
      : null;
  redirect(`/staff/reports/${reportId}/${commented ?? getFormat(report.format).sections[0]!.key}`);
}
