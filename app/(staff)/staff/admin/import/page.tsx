import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/ui/page-header";
import { ReportFilesImport } from "@/components/admin/report-files-import";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { importReportFilesAction, previewReportFilesAction } from "./actions";
import { MAX_BATCH_BYTES } from "./schemas";

export const metadata: Metadata = { title: "导入往年报告" };

export default async function ImportReportsPage() {
  await requireAdmin("/staff/admin/import");
  return (
    <div>
      <AdminNav current="/staff/admin/import" />
      <PageHeader
        title="导入往年报告"
        description={
          <p>
            选择往年报告的数据文件（交换格式
            JSON，可多选）。系统逐个检查：能否读取、按格式规则有多少错误和警告、机构是否在您的管理范围内、该年度报告是否已存在。
            勾选要导入的文件后导入：每份报告作为已发布的历史报告保存（各自完整导入或不导入），并记入操作日志。正在填报的年度不能这样导入。
          </p>
        }
      />
      <ReportFilesImport
        preview={previewReportFilesAction}
        commit={importReportFilesAction}
        maxBatchBytes={MAX_BATCH_BYTES}
      />
    </div>
  );
}
