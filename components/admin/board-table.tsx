import { ReportStatusBadge } from "@/components/report-status-badge";
import { Table } from "@/components/ui/table";
import type { BoardRow } from "@/lib/server/board/get-deadline-board";
import { describeDeadline } from "@/lib/server/board/board-labels";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { AGENCY_KIND_LABELS } from "@/lib/labels";

/** The board's agencies: status, last activity, stored error and warning counts, deadline. */
export function BoardTable({ rows }: { rows: BoardRow[] }) {
  if (!rows.length) return <p className="text-sm text-slate-600">没有符合条件的机构。</p>;
  return (
    // Markup kept lean (cell styles set once by Table): the board can hold hundreds of rows.
    <Table label="各机构报送情况" className="[&_td]:py-1.5">
      <thead className="bg-slate-50">
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
      <tbody className="tabular-nums [&_tr]:border-t [&_tr]:border-slate-200">
        {rows.map((row) => (
          <tr key={row.agencyId}>
            <td className="min-w-44" style={row.depth ? { paddingLeft: `${0.75 + row.depth * 1.25}rem` } : undefined}>
              {row.name}
              {row.kind !== "DEPARTMENT" && (
                <small className="ml-1 text-slate-500">
                  {row.kind === "GOVERNMENT" ? "汇总报告" : AGENCY_KIND_LABELS[row.kind]}
                </small>
              )}
            </td>
            <td className="whitespace-nowrap">
              {row.status ? <ReportStatusBadge status={row.status} /> : "未开始"}
              {row.correcting && <small className="ml-1">更正中</small>}
            </td>
            <td className="min-w-32">{row.lastActivity ? formatDateTime(row.lastActivity) : "—"}</td>
            <td className={row.errors ? "text-right font-medium text-red-700" : "text-right"}>
              {row.errors === null ? "—" : row.errors ? `⚠ ${row.errors}` : 0}
            </td>
            <td className={row.warnings ? "text-right text-amber-800" : "text-right"}>{row.warnings ?? "—"}</td>
            <td className="whitespace-nowrap">{formatDate(row.deadline)}</td>
            <td className={row.late ? "whitespace-nowrap font-medium text-red-700" : "whitespace-nowrap"}>
              {row.late && !row.publishedAt ? "⚠ " : ""}
              {describeDeadline(row)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
