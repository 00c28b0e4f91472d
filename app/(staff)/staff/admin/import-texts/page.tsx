import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/ui/page-header";
import { ParsedReportReview } from "@/components/admin/parsed-report-review";
import { REPORT_FILE_ACCEPT } from "@/lib/requests/report-uploads";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { listImportAgencies } from "@/lib/server/imports/preview-report-upload";

export const metadata: Metadata = { title: "从原文导入往年报告" };

export default async function ImportTextsPage() {
  const user = await requireAdmin("/staff/admin/import-texts");
  const agencies = await listImportAgencies(user);
  return (
    <div>
      <AdminNav current="/staff/admin/import-texts" />
      <PageHeader
        title="从原文导入往年报告"
        description={
          <p>
            上传已公开的年度报告原文（PDF、Word .doc/.docx、网页 .html/.htm、Markdown 或文本
            .txt，可多选），或把它们打成一个 .zip
            压缩包上传。每个文件单独上传和识别，逐个显示进度：系统读出报告的机构、年度、发布日期和各表格数字，
            按名称（含曾用名）找出最相近的机构供您确认或更改，没有的可以按原文新建。点“核对”与原文并排查看：
            <span className="bg-amber-100 px-1">推测的单元格</span>以黄色标出并说明原因，
            <span className="bg-red-100 px-1">原文中没有的单元格</span>以红色标出。
            确认后一次导入全部：每份报告各自完整导入或不导入，作为已发布的历史报告保存，并记入操作日志。该年度报告不能已存在，正在填报的年度不能这样导入。
          </p>
        }
      />
      <ParsedReportReview
        readUrl="/api/admin/imports/read"
        importUrl="/api/admin/imports/import"
        accept={REPORT_FILE_ACCEPT}
        agencies={agencies}
      />
    </div>
  );
}
