import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { requireUser } from "@/lib/server/auth/current-user";
import { getStaffAgency } from "@/lib/server/staff/get-staff-agency";
import { formatDate } from "@/lib/format-date";
import { AGENCY_KIND_LABELS, REPORT_KIND_LABELS } from "@/lib/labels";

export default async function StaffAgencyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/staff/agencies/${code}`);
  const agency = await getStaffAgency(user, code);
  if (!agency) notFound();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/staff" className="text-blue-700 underline">← 工作台</Link></p>
        <h1 className="mt-2 text-2xl font-semibold">{agency.name}</h1>
        <p className="text-sm text-slate-600">
          {AGENCY_KIND_LABELS[agency.kind]}
          {agency.parent && ` · 上级：${agency.parent.name}`} · 代码 {agency.code}
        </p>
      </div>
      <section aria-labelledby="agency-reports">
        <h2 id="agency-reports" className="mb-3 text-lg font-semibold">年度报告</h2>
        {agency.reports.length === 0 ? (
          <p className="text-sm text-slate-600">暂无报告。</p>
        ) : (
          <ul className="space-y-2">
            {agency.reports.map((report) => (
              <li key={report.id} className="flex items-center gap-3 rounded border border-slate-200 bg-white px-4 py-3">
                <span className="tabular font-medium">{report.year} 年度</span>
                <span>{REPORT_KIND_LABELS[report.kind]}</span>
                <ReportStatusBadge status={report.status} />
                {report.publishedRevision?.publishedAt && (
                  <span className="text-sm text-slate-600">发布于 {formatDate(report.publishedRevision.publishedAt)}</span>
                )}
                {report.status === "PUBLISHED" && (
                  <Link href={`/reports/${report.year}/${agency.code}`} className="ml-auto text-sm text-blue-700 underline">查看公开页面</Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
