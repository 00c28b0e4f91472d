import { formatDateTime } from "@/lib/format-date";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import type { HistoryEvent } from "@/lib/server/review/list-report-history";

/** A report's history, oldest first: what happened, who did it, when (Beijing time). */
export function ReportTimeline({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">暂无记录。</p>;
  return (
    <ol className="relative space-y-3 border-l-2 border-slate-200 pl-5" aria-label="历史记录">
      {events.map((event) => (
        <li key={event.id} className="relative text-sm">
          <span
            className="absolute top-1.5 -left-[27px] h-3 w-3 rounded-full border-2 border-white bg-slate-400"
            aria-hidden="true"
          />
          <p>
            <time dateTime={event.at.toISOString()} className="tabular text-slate-500">
              {formatDateTime(event.at)}
            </time>
            <span className="ml-2 font-medium">{event.label}</span>
            <span className="ml-2 text-slate-700">{event.actorName ?? "系统"}</span>
            {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
              <span className="ml-2 text-xs text-slate-500">
                {REPORT_STATUS_LABELS[event.fromStatus]} → {REPORT_STATUS_LABELS[event.toStatus]}
              </span>
            )}
          </p>
          {event.reason && <p className="mt-0.5 whitespace-pre-wrap text-amber-900">退回理由：{event.reason}</p>}
          {event.scheduledFor && (
            <p className="mt-0.5 text-slate-700">定时发布：{formatDateTime(event.scheduledFor)} 起公开</p>
          )}
          {event.correctionNote && (
            <p className="mt-0.5 whitespace-pre-wrap text-slate-700">更正说明：{event.correctionNote}</p>
          )}
          {event.comment && (
            <p className="mt-0.5 whitespace-pre-wrap text-slate-700">
              {event.action === "report.comment_resolved" ? "已解决" : "意见"}（{event.comment.targetLabel}）：
              {event.comment.body}
            </p>
          )}
          {event.reply !== undefined && (
            <p className="mt-0.5 whitespace-pre-wrap text-slate-700">回复：{event.reply}</p>
          )}
          {event.cellChanges > 0 && <p className="mt-0.5 text-slate-600">修改了 {event.cellChanges} 处</p>}
        </li>
      ))}
    </ol>
  );
}
