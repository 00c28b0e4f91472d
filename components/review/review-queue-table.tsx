import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { formatDateTime } from "@/lib/format-date";
import { REPORT_KIND_LABELS } from "@/lib/labels";
import type { ReviewQueueItem } from "@/lib/server/review/list-review-queue";
import { DeadlineNote } from "./deadline-note";
import { ProblemCounts } from "./problem-counts";

const WAITING_FOR: Record<string, string> = { SUBMITTED: "待审核", APPROVED: "待发布", PUBLISHED: "定时发布" };

export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  if (items.length === 0)
    return (
      <p className="rounded border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">暂无需要处理的报告。</p>
    );
  return (
    <table className="w-full border-collapse bg-white text-sm" aria-label="审核队列">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="px-3 py-2">
            机构
          </th>
          <th scope="col" className="px-3 py-2">
            年度
          </th>
          <th scope="col" className="px-3 py-2">
            状态
          </th>
          <th scope="col" className="px-3 py-2">
            提交时间
          </th>
          <th scope="col" className="px-3 py-2">
            截止日期
          </th>
          <th scope="col" className="px-3 py-2">
            检查结果
          </th>
          <th scope="col" className="px-3 py-2">
            警告说明
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-slate-200 align-top">
            <td className="px-3 py-2">
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
            </td>
            <td className="px-3 py-2 tabular">{item.year}</td>
            <td className="px-3 py-2">
              <ReportStatusBadge status={item.status} />
              <div className="mt-1 text-xs text-slate-600">
                {WAITING_FOR[item.status]}
                {item.scheduledAt && `：${formatDateTime(item.scheduledAt)}`}
              </div>
            </td>
            <td className="px-3 py-2">
              {item.submittedAt ? formatDateTime(item.submittedAt) : <span className="text-slate-500">—</span>}
            </td>
            <td className="px-3 py-2">
              <DeadlineNote deadline={item.deadline} daysLeft={item.daysLeft} />
            </td>
            <td className="px-3 py-2">
              <ProblemCounts errors={item.errors} warnings={item.warnings} />
            </td>
            <td className="px-3 py-2">
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
