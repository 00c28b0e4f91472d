import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { requireUser } from "@/lib/server/auth/current-user";
import { getStaffAgency } from "@/lib/server/staff/get-staff-agency";
import { getOpenYearReport } from "@/lib/server/reports/get-open-year-report";
import { StartReportButton } from "@/components/wizard/start-report-button";
import { startReportAction } from "../../reports/actions";
import { formatDate } from "@/lib/format-date";
import { DeadlineNotice } from "@/components/staff/deadline-notice";
import { cardClass } from "@/components/ui/card";
import { AGENCY_KIND_LABELS, REPORT_KIND_LABELS } from "@/lib/labels";

export default async function StaffAgencyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/staff/agencies/${code}`);
  const agency = await getStaffAgency(user, code);
  if (!agency) notFound();
  const openYear = await getOpenYearReport(user, agency.id);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/staff" className="text-blue-700 underline">
            ← 工作台
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold">{agency.name}</h1>
        <p className="text-sm text-slate-600">
          {AGENCY_KIND_LABELS[agency.kind]}
          {agency.parent && ` · 上级：${agency.parent.name}`} · 代码 {agency.code}
        </p>
      </div>
      {openYear && (openYear.canEdit || openYear.report) && (
        <section aria-labelledby="open-year" className={cardClass}>
          <h2 id="open-year" className="text-lg font-semibold">
            {openYear.year} 年度报告
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>{openYear.format} 版格式 ·</span>
            <DeadlineNotice
              deadline={openYear.deadline}
              daysLeft={openYear.daysLeft}
              pending={openYear.canEdit && (!openYear.report || openYear.report.editable)}
            />
            {openYear.report ? <ReportStatusBadge status={openYear.report.status} /> : <span>尚未开始填报</span>}
            {openYear.report && <span>最后更新 {formatDate(openYear.report.updatedAt)}</span>}
          </p>
          <div className="mt-3">
            {openYear.canEdit && (!openYear.report || openYear.report.editable) && (
              <StartReportButton
                agencyCode={agency.code}
                year={openYear.year}
                label={openYear.report ? `继续填报 ${openYear.year} 年度报告` : `开始填报 ${openYear.year} 年度报告`}
                startReportAction={startReportAction}
              />
            )}
            {openYear.canEdit && openYear.report && !openYear.report.editable && (
              <Link href={`/staff/reports/${openYear.report.id}`} className="text-sm text-blue-700 underline">
                查看 {openYear.year} 年度报告（只读）
              </Link>
            )}
          </div>
        </section>
      )}
      <section aria-labelledby="agency-reports">
        <h2 id="agency-reports" className="mb-3 text-lg font-semibold">
          年度报告
        </h2>
        {agency.reports.length === 0 ? (
          <p className="text-sm text-slate-600">暂无报告。</p>
        ) : (
          <ul className="space-y-2">
            {agency.reports.map((report) => (
              <li
                key={report.id}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 bg-white px-4 py-3"
              >
                <Link
                  href={report.href}
                  className="font-medium text-blue-700 tabular-nums underline underline-offset-2"
                >
                  {report.year} 年度{REPORT_KIND_LABELS[report.kind]}
                </Link>
                <ReportStatusBadge status={report.status} />
                {report.publishedRevision?.publishedAt && (
                  <span className="text-sm text-slate-600">
                    发布于 {formatDate(report.publishedRevision.publishedAt)}
                  </span>
                )}
                {report.status === "PUBLISHED" && (
                  <Link
                    href={`/reports/${report.year}/${agency.code}`}
                    className="ml-auto text-sm text-blue-700 underline"
                  >
                    查看公开页面
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
