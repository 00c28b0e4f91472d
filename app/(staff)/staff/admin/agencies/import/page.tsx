import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { AgencyImportForm } from "@/components/admin/agency-import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { importAgenciesAction, previewAgenciesAction } from "./actions";

export const metadata: Metadata = { title: "批量导入机构" };

export default async function AgencyImportPage() {
  await requireAdmin("/staff/admin/agencies/import");
  return (
    <div>
      <AdminNav current="/staff/admin/agencies" />
      <p className="mb-2 text-sm">
        <Link href="/staff/admin/agencies" className="text-blue-700 underline">
          ← 机构管理
        </Link>
      </p>
      <PageHeader title="批量导入机构" className="mb-4" />
      <Card className="mb-4 text-sm leading-6">
        <p>上传 CSV 或 Excel（.xlsx）文件，第一行为表头：</p>
        <p className="font-mono">名称,代码,类型,级别,上级</p>
        <ul className="list-disc pl-5 text-slate-700">
          <li>类型：部门、乡镇 或 政府；政府须填级别：省级、市级 或 县级。</li>
          <li>代码可留空，按名称拼音自动生成；上级填写名称或代码，可以是文件中的其他行。</li>
          <li>先预览：每一行的问题都会列出；全部无误才能导入，所有机构在同一事务中创建。</li>
        </ul>
      </Card>
      <AgencyImportForm preview={previewAgenciesAction} commit={importAgenciesAction} />
    </div>
  );
}
