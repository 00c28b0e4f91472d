import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { Alert } from "@/components/ui/alert";
import { Card, cardClass } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { OperationProgress } from "@/components/ui/operation-progress";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { findDefaultBoardYear } from "@/lib/server/board/default-board-year";
import { listAdministeredAgencies } from "@/lib/server/agencies/list-administered-agencies";
import { listReportingYears } from "@/lib/server/years/list-reporting-years";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { getSummaryOverview } from "@/lib/server/summary/get-summary-overview";
import { formatDateTime } from "@/lib/format-date";
import { computeSummaryAction, saveSummaryTextsAction, submitSummaryAction } from "./actions";
import { summaryQuerySchema } from "./schemas";

export const metadata: Metadata = { title: "汇总报告" };

/** What computing a summary does (computeSummaryReport), for the admin waiting on it. */
const SUMMARY_STEPS = [
  "查找本级部门和下级政府已审核、已发布的报告",
  "逐个单元格求和，写入汇总报告",
  "按勾稽关系检查汇总结果，统计错误和警告",
] as const;

const TEXTS = [
  { key: "overview", label: "一、总体情况" },
  { key: "problems", label: "五、存在的主要问题及改进情况" },
  { key: "other", label: "六、其他需要报告的事项" },
] as const;

export default async function SummaryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = summaryQuerySchema.parse(await searchParams);
  const user = await requireAdmin("/staff/admin/summary");
  const [agencies, years, defaultYear] = await Promise.all([
    listAdministeredAgencies(user),
    listReportingYears(user),
    findDefaultBoardYear(),
  ]);
  const governments = agencies.filter((agency) => agency.kind === "GOVERNMENT" && agency.active);
  const governmentId = query.government ?? governments[0]?.id;
  const year = query.year ?? defaultYear;
  if (!governmentId || !year) notFound();
  const overview = await getSummaryOverview(user, { governmentId, year });
  if (!overview) notFound();
  const { report, outOfDate } = overview;
  const editable = report?.status === "DRAFT" || report?.status === "RETURNED";
  const stale = outOfDate.changedMembers.length > 0 || outOfDate.differingCells.length > 0;
  const link = (params: { year?: number; government?: string }) =>
    `/staff/admin/summary?${new URLSearchParams({ year: String(params.year ?? year), government: params.government ?? governmentId })}`;

  return (
    <div>
      <AdminNav current="/staff/admin/summary" />
      <h1 className="text-2xl font-semibold leading-9">
        {overview.government.name} {year} 年度汇总报告
      </h1>
      <nav aria-label="年度和政府" className="my-3 flex flex-wrap gap-2 text-sm">
        {years.map((entry) => (
          <Link
            key={entry.year}
            href={link({ year: entry.year })}
            aria-current={entry.year === year ? "page" : undefined}
            className={entry.year === year ? "font-semibold" : "text-blue-700 underline"}
          >
            {entry.year} 年度
          </Link>
        ))}
        {governments.length > 1 && <span className="text-slate-400">|</span>}
        {governments.length > 1 &&
          governments.map((government) => (
            <Link
              key={government.id}
              href={link({ government: government.id })}
              aria-current={government.id === governmentId ? "page" : undefined}
              className={government.id === governmentId ? "font-semibold" : "text-blue-700 underline"}
            >
              {government.name}
            </Link>
          ))}
      </nav>

      <section aria-labelledby="summary-state" className={`${cardClass} mb-6 space-y-3`}>
        <h2 id="summary-state" className="sr-only">
          汇总状态
        </h2>
        {report ? (
          <p className="flex flex-wrap items-center gap-3 text-sm">
            <ReportStatusBadge status={report.status} />
            {report.revisionNumber > 1 && <span>第 {report.revisionNumber} 版（更正）</span>}
            {report.membersSummedAt && <span>汇总于 {formatDateTime(report.membersSummedAt)}</span>}
            <span className={report.errors ? "text-red-700" : ""}>错误 {report.errors ?? "—"}</span>
            <span className={report.warnings ? "text-amber-800" : ""}>警告 {report.warnings ?? "—"}</span>
            <Link href={`/staff/review/${report.id}`} className="text-blue-700 underline">
              审核和发布
            </Link>
          </p>
        ) : (
          <p className="text-sm">
            尚未生成汇总报告。汇总报告的每个单元格等于本级部门和下级政府已审核或已发布报告之和。
          </p>
        )}
        {report && stale && (
          <Alert role="alert" tone="warning">
            <p className="font-medium">
              汇总已过期：成员报告在汇总之后有变化
              {outOfDate.differingCells.length > 0 &&
                `，${outOfDate.differingCells.length} 个单元格与成员报告之和不一致`}
              。
            </p>
            {outOfDate.changedMembers.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {outOfDate.changedMembers.map((member) => (
                  <li key={member.agencyId}>
                    {member.name}（{formatDateTime(member.at)} 审核或发布）
                  </li>
                ))}
              </ul>
            )}
            {!editable && <p className="mt-1">如需重新汇总，请先退回汇总报告或开始更正。</p>}
          </Alert>
        )}
        {(!report || editable) && (
          <ActionForm
            action={computeSummaryAction}
            submitLabel={report ? "重新计算汇总" : "生成汇总报告"}
            pendingLabel="正在汇总…"
            progress={<OperationProgress title="正在生成汇总报告" steps={SUMMARY_STEPS} />}
          >
            <input type="hidden" name="governmentId" value={governmentId} />
            <input type="hidden" name="year" value={year} />
          </ActionForm>
        )}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="included">
          <h2 id="included" className="mb-2 text-lg font-semibold">
            已计入的成员（{overview.included.length}）
          </h2>
          <ul className="space-y-1 text-sm">
            {overview.included.map((member) => (
              <li key={member.agencyId}>{member.name}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="missing">
          <h2 id="missing" className="mb-2 text-lg font-semibold">
            缺少的成员（{overview.missing.length}）
          </h2>
          <p className="mb-1 text-xs text-slate-600">这些机构还没有已审核或已发布的报告，未计入汇总。</p>
          <ul className="space-y-1 text-sm text-red-800">
            {overview.missing.map((member) => (
              <li key={member.agencyId}>⚠ {member.name}</li>
            ))}
          </ul>
        </section>
      </div>

      {report && (
        <section aria-labelledby="summary-texts" className="mt-8">
          <h2 id="summary-texts" className="mb-2 text-lg font-semibold">
            汇总报告文字
          </h2>
          {editable ? (
            <div className="space-y-4">
              <ActionForm action={saveSummaryTextsAction} submitLabel="保存文字" className={`${cardClass} space-y-3`}>
                <input type="hidden" name="reportId" value={report.id} />
                <input type="hidden" name="version" value={report.version} />
                {TEXTS.map((text) => (
                  <Field key={text.key} id={`summary-${text.key}`} label={text.label}>
                    {(control) => (
                      <Textarea {...control} name={text.key} defaultValue={report.texts[text.key]} rows={5} />
                    )}
                  </Field>
                ))}
              </ActionForm>
              <ActionForm
                action={submitSummaryAction}
                submitLabel="提交审核"
                confirm="提交汇总报告审核？提交后不能再修改，除非被退回。"
              >
                <input type="hidden" name="reportId" value={report.id} />
                <input type="hidden" name="version" value={report.version} />
              </ActionForm>
            </div>
          ) : (
            <Card className="space-y-3 text-sm leading-7">
              {TEXTS.map((text) => (
                <div key={text.key}>
                  <h3 className="font-medium">{text.label}</h3>
                  <p className="whitespace-pre-wrap">{report.texts[text.key] || "（空）"}</p>
                </div>
              ))}
            </Card>
          )}
        </section>
      )}
    </div>
  );
}
