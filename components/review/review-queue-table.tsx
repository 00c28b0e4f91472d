import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { formatDateTime } from "@/lib/format-date";
import { REPORT_KIND_LABELS } from "@/lib/labels";
import type { ReviewQueueItem } from "@/lib/server/review/list-review-queue";
import { DeadlineNote } from "./deadline-note";
import { ProblemCounts } from "./problem-counts";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const WAITING_FOR: Record<string, string> = { SUBMITTED: "待审核", APPROVED: "待发布", PUBLISHED: "定时发布" };

export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  if (items.length === 0)
    return (
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">
        暂无需要处理的报告。
      </p>
    );
  return (
    <Table label="审核队列">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">机构</TableHead>
          <TableHead scope="col">年度</TableHead>
          <TableHead scope="col">状态</TableHead>
          <TableHead scope="col">提交时间</TableHead>
          <TableHead scope="col">截止日期</TableHead>
          <TableHead scope="col">检查结果</TableHead>
          <TableHead scope="col">警告说明</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              <Link
                href={`/staff/review/${item.id}`}
                aria-label={`${item.agency.name} ${item.year} 年度报告`}
                className="font-medium text-blue-700 underline"
              >
                {item.agency.name}
              </Link>
              <div className="text-xs text-slate-500">
                {REPORT_KIND_LABELS[item.kind]}
                {item.revisionNumber > 1 && ` · 更正（第 ${item.revisionNumber} 版）`}
              </div>
            </TableCell>
            <TableCell className="tabular">{item.year}</TableCell>
            <TableCell>
              <ReportStatusBadge status={item.status} />
              <div className="mt-1 text-xs text-slate-600">
                {WAITING_FOR[item.status]}
                {item.scheduledAt && `：${formatDateTime(item.scheduledAt)}`}
              </div>
            </TableCell>
            <TableCell>
              {item.submittedAt ? formatDateTime(item.submittedAt) : <span className="text-slate-500">—</span>}
            </TableCell>
            <TableCell>
              <DeadlineNote deadline={item.deadline} daysLeft={item.daysLeft} />
            </TableCell>
            <TableCell>
              <ProblemCounts errors={item.errors} warnings={item.warnings} />
            </TableCell>
            <TableCell>
              {item.explanations.length === 0 ? (
                <span className="text-slate-500">—</span>
              ) : (
                <details>
                  <summary className="cursor-pointer text-slate-700">{item.explanations.length} 条说明</summary>
                  <ul className="mt-1 space-y-2">
                    {item.explanations.map((explanation, index) => (
                      <li key={index}>
                        <p className="text-amber-800">⚠ {explanation.message}</p>
                        <p className="text-slate-700">
                          说明：{explanation.explanation ?? <span className="text-red-700">（未填写说明）</span>}
                        </p>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
