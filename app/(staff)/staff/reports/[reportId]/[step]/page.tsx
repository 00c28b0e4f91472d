import { notFound } from "next/navigation";
import { getFormat } from "@/lib/report-format";
import { PREVIEW_STEP } from "@/components/wizard/report-fields";
import { WizardStep } from "@/components/wizard/wizard-step";
import { loadReportForEditing } from "../load-report";

/** One step of the wizard: a section of the report's format (overview, proactive, …) or the preview. */
export default async function ReportWizardStepPage({
  params,
}: {
  params: Promise<{ reportId: string; step: string }>;
}) {
  const { reportId, step } = await params;
  const report = await loadReportForEditing(reportId);
  if (!report) notFound();
  const steps = [...getFormat(report.format).sections.map((section) => section.key), PREVIEW_STEP];
  if (!steps.includes(step)) notFound();
  return <WizardStep step={step} />;
}
