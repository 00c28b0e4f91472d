import { Badge } from "@/components/ui/badge";
import { REPORT_STATUS_LABELS } from "@/lib/labels";

const TONES = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "warning",
  APPROVED: "success",
  PUBLISHED: "strongSuccess",
} as const;

export function ReportStatusBadge({ status }: { status: keyof typeof REPORT_STATUS_LABELS }) {
  return <Badge tone={TONES[status]}>{REPORT_STATUS_LABELS[status]}</Badge>;
}
