import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format-date";
import { describeDaysLeft } from "./describe-days-left";

/** The last week before a deadline is a warning; past it, an error. */
function toneOf(daysLeft: number): "danger" | "warning" | "info" {
  if (daysLeft < 0) return "danger";
  return daysLeft <= 7 ? "warning" : "info";
}

/**
 * 报送截止 2026年1月31日 with how it stands for a report still to be submitted. Once submitted
 * (or without a report to submit) the deadline is no longer the clerk's worry: only the date.
 */
export function DeadlineNotice({
  deadline,
  daysLeft,
  pending = true,
  label = "报送截止",
}: {
  deadline: Date;
  daysLeft: number;
  /** Still to be submitted: show 已逾期 / 还剩. */
  pending?: boolean;
  label?: string;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <span>
        {label} {formatDate(deadline)}
      </span>
      {pending && <Badge tone={toneOf(daysLeft)}>{describeDaysLeft(daysLeft)}</Badge>}
    </span>
  );
}
