import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { requireUser } from "@/lib/server/auth/current-user";
import { getStaffHome } from "@/lib/server/staff/get-staff-home";
import { formatDate } from "@/lib/format-date";
import { AGENCY_KIND_LABELS, REPORT_KIND_LABELS, ROLE_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "工作台" };

export default async function StaffHomePage() {
  const user = await requireUser("/staff");
  const { openYear, agencies, reports } = await getStaffHome(user);
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">您好，{user.name}</h1>
        <ul className="mt-2 space-y-1 text-sm text-slate-700" aria-label="我的角色">
          {user.roles.map((grant) => (
            <li key={`${grant.role}-${grant.agencyId}`}>
              {ROLE_LABELS[grant.role]} · {grant.agencyName}
            </li>
          ))}
        </ul>
        {openYear && (
          <p className="mt-3 rounded border border-blue-200 bg-blue-50 px-4 py-2 text-sm">
            当前填报年度：{openYear.year} 年度（{openYear.format} 版格式），报送截止 {formatDate(openYear.deadline)}
          </p>
        )}
      </section>

      <section aria-labelledby="agencies-heading">
        <h2 id="agencies-heading" className="mb-3 text-lg font-semibold">
          机构
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {agencies.map((agency) => (
            <li key={agency.id}>
              <Link
                href={`/staff/agencies/${agency.code}`}
                className="block rounded border border-slate-200 bg-white px-4 py-3 hover:border-blue-400"
              >
                {agency.name} <span className="text-xs text-slate-500">{AGENCY_KIND_LABELS[agency.kind]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading" className="mb-3 text-lg font-semibold">
          年度报告
        </h2>
        {reports.length === 0 ? (
          <p className="text-sm text-slate-600">暂无报告。</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th className="px-3 py-2">年度</th>
                <th className="px-3 py-2">机构</th>
                <th className="px-3 py-2">类型</th>
                <th className="px-3 py-2">状态</th>
                <th className="px-3 py-2">最后更新</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id} className="border-b border-slate-200">
                  <td className="px-3 py-2 tabular">{report.year}</td>
                  <td className="px-3 py-2">
                    <Link href={`/staff/agencies/${report.agency.code}`} className="text-blue-700 underline">
                      {report.agency.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{REPORT_KIND_LABELS[report.kind]}</td>
                  <td className="px-3 py-2">
                    <ReportStatusBadge status={report.status} />
                  </td>
                  <td className="px-3 py-2">{formatDate(report.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
