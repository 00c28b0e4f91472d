import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { DeadlineNotice } from "@/components/staff/deadline-notice";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireUser } from "@/lib/server/auth/current-user";
import { getStaffHome } from "@/lib/server/staff/get-staff-home";
import { formatDate } from "@/lib/format-date";
import { AGENCY_KIND_LABELS, REPORT_KIND_LABELS, ROLE_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "工作台" };

export default async function StaffHomePage() {
  const user = await requireUser("/staff");
  const { openYear, agencies, reports } = await getStaffHome(user);
  const clerkOf = new Set(user.roles.filter((grant) => grant.role === "CLERK").map((grant) => grant.agencyId));
  const clerkAgency = agencies.find((agency) => clerkOf.has(agency.id));
  return (
    <div className="space-y-8">
      <section>
        <PageHeader title={`您好，${user.name}`} className="mb-2">
          <ul className="mt-1 space-y-0.5 text-sm text-slate-700" aria-label="我的角色">
            {user.roles.map((grant) => (
              <li key={`${grant.role}-${grant.agencyId}`}>
                {ROLE_LABELS[grant.role]} · {grant.agencyName}
              </li>
            ))}
          </ul>
        </PageHeader>
        {openYear && (
          <Alert tone={openYear.toSubmit > 0 && openYear.daysLeft < 0 ? "danger" : "info"}>
            当前填报年度：{openYear.year} 年度（{openYear.format} 版格式），
            <DeadlineNotice deadline={openYear.deadline} daysLeft={openYear.daysLeft} pending={openYear.toSubmit > 0} />
            {openYear.toSubmit > 0 && openYear.daysLeft < 0 && (
              <span className="mt-1 block">截止日期已过，您负责的报告尚未提交审核，请尽快完成并提交。</span>
            )}
            {openYear.toSubmit > 0 && clerkAgency && (
              <Link
                href={`/staff/agencies/${clerkAgency.code}`}
                className="mt-1 inline-block font-medium text-blue-800 underline underline-offset-2"
              >
                前往填报 {openYear.year} 年度报告
              </Link>
            )}
          </Alert>
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
                className="block rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand"
              >
                {agency.name} <span className="text-xs text-slate-600">{AGENCY_KIND_LABELS[agency.kind]}</span>
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
          <Table label="报告列表">
            <TableHeader>
              <TableRow>
                <TableHead>报告</TableHead>
                <TableHead>类型</TableHead>
                <TableHead>状态</TableHead>
                <TableHead>截止</TableHead>
                <TableHead>最后更新</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reports.map((report) => (
                <TableRow key={report.id}>
                  <TableCell className="min-w-44">
                    <Link href={report.href} className="text-blue-700 underline underline-offset-2">
                      {report.year} 年度 · {report.agency.name}
                    </Link>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{REPORT_KIND_LABELS[report.kind]}</TableCell>
                  <TableCell>
                    <ReportStatusBadge status={report.status} />
                  </TableCell>
                  <TableCell className="min-w-32 text-xs">
                    {report.pendingDeadline ? (
                      <DeadlineNotice
                        label=""
                        deadline={report.pendingDeadline.deadline}
                        daysLeft={report.pendingDeadline.daysLeft}
                      />
                    ) : (
                      "—"
                    )}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{formatDate(report.updatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
