import type { Metadata } from "next";
import Link from "next/link";
import { ADMIN_SECTIONS } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/ui/page-header";
import { listReportingYears } from "@/lib/server/years/list-reporting-years";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { formatDate } from "@/lib/format-date";

export const metadata: Metadata = { title: "主管部门管理" };

export default async function AdminHomePage() {
  const user = await requireAdmin("/staff/admin");
  const years = await listReportingYears(user);
  const open = years.filter((year) => !year.closedAt);
  const governments = user.roles.filter((grant) => grant.role === "ADMIN").map((grant) => grant.agencyName);
  return (
    <div className="space-y-6">
      <PageHeader
        title="主管部门管理"
        description={
          <>
            <p>管理范围：{governments.join("、")}及其所属机构</p>
            <p className="mt-1 text-slate-900">
              {open.length
                ? `正在填报：${open.map((year) => `${year.year} 年度（部门和乡镇 ${formatDate(year.deadlines.AGENCY)} 截止）`).join("；")}`
                : "当前没有开放填报的年度。"}
            </p>
          </>
        }
      />
      <ul className="grid gap-3 sm:grid-cols-2">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand"
            >
              <span className="font-medium text-brand">{section.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{section.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
