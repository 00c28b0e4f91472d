import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { ParsedReportReview } from "@/components/admin/parsed-report-review";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { importParsedReportAction, previewParsedReportsAction } from "./actions";
import { ACCEPTED_FILES, MAX_BATCH_BYTES } from "./schema";

export const metadata: Metadata = { title: "从原文导入往年报告" };

export default async function ImportTextsPage() {
  await requireAdmin("/staff/admin/import-texts");
  return (
    <div>
      <AdminNav current="/staff/admin/import-texts" />
      <h1 className="text-2xl font-semibold">从原文导入往年报告</h1>
      <p className="my-3 text-sm leading-6 text-slate-700">
        上传已公开的年度报告原文（从网页复制的文本 .txt、网页 .html/.htm 或 Word
        .docx，可多选）。系统逐个识别报告的机构、年度和各表格数字， 与原文并排显示：
        <span className="bg-amber-100 px-1">推测的单元格</span>以黄色标出并说明原因，
        <span className="bg-red-100 px-1">原文中没有的单元格</span>以红色标出。
        核对并更正后导入：报告作为已发布的历史报告保存，并记入操作日志。机构须在您的管理范围内，该年度报告不能已存在，正在填报的年度不能这样导入。
      </p>
      <ParsedReportReview
        preview={previewParsedReportsAction}
        commit={importParsedReportAction}
        maxBatchBytes={MAX_BATCH_BYTES}
        accept={ACCEPTED_FILES}
      />
    </div>
  );
}
