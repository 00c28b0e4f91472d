import { REPORT_STATUS_LABELS } from "@/lib/labels";

const STYLES = {
  DRAFT: "bg-slate-100 text-slate-700",
  SUBMITTED: "bg-blue-100 text-blue-800",
  RETURNED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-emerald-100 text-emerald-800",
  PUBLISHED: "bg-emerald-700 text-white",
} as const;

export function ReportStatusBadge({ status }: { status: keyof typeof REPORT_STATUS_LABELS }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>{REPORT_STATUS_LABELS[status]}</span>
  );
}
