import { ReportStatusBadge } from "@/components/report-status-badge";
import type { BoardRow } from "@/lib/server/board/get-deadline-board";
import { describeDeadline } from "@/lib/server/board/board-labels";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { AGENCY_KIND_LABELS } from "@/lib/labels";

// Markup kept lean (cell styles set once on the table): the board can hold hundreds of rows.
const TABLE =
  "w-full border-collapse bg-white text-sm [&_td]:px-3 [&_td]:py-1.5 [&_th]:px-3 [&_th]:py-2 [&_tr]:border-b [&_tr]:border-slate-200 [&_th]:text-left";

/** The board's agencies: status, last activity, stored error and warning counts, deadline. */
export function BoardTable({ rows }: { rows: BoardRow[] }) {
  if (!rows.length) return <p className="text-sm text-slate-600">没有符合条件的机构。</p>;
  return (
    <table className={TABLE} aria-label="各机构报送情况">
      <thead>
        <tr>
          <th>机构</th>
          <th>状态</th>
          <th>最后活动</th>
          <th className="!text-right">错误</th>
          <th className="!text-right">警告</th>
          <th>截止日期</th>
          <th>期限</th>
        </tr>
      </thead>
      <tbody className="tabular-nums">
        {rows.map((row) => (
          <tr key={row.agencyId}>
            <td style={row.depth ? { paddingLeft: `${0.75 + row.depth * 1.25}rem` } : undefined}>
              {row.name}
              {row.kind !== "DEPARTMENT" && (
                <small className="ml-1 text-slate-500">
                  {row.kind === "GOVERNMENT" ? "汇总报告" : AGENCY_KIND_LABELS[row.kind]}
                </small>
              )}
            </td>
            <td>
              {row.status ? <ReportStatusBadge status={row.status} /> : "未开始"}
              {row.correcting && <small className="ml-1">更正中</small>}
            </td>
            <td>{row.lastActivity ? formatDateTime(row.lastActivity) : "—"}</td>
            <td className={row.errors ? "text-right font-medium text-red-700" : "text-right"}>
              {row.errors === null ? "—" : row.errors ? `⚠ ${row.errors}` : 0}
            </td>
            <td className={row.warnings ? "text-right text-amber-800" : "text-right"}>{row.warnings ?? "—"}</td>
            <td>{formatDate(row.deadline)}</td>
            <td className={row.late ? "font-medium text-red-700" : undefined}>
              {row.late && !row.publishedAt ? "⚠ " : ""}
              {describeDeadline(row)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
