import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { Badge } from "@/components/ui/badge";
import { cardClass } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { listAdministeredAgencies } from "@/lib/server/agencies/list-administered-agencies";
import { listReportingYears } from "@/lib/server/years/list-reporting-years";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { DEADLINE_LABELS, DEADLINE_LEVELS, type YearDeadlines } from "@/lib/server/years/year-deadlines";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { closeYearAction, grantExceptionAction, openYearAction, withdrawExceptionAction } from "./actions";

export const metadata: Metadata = { title: "填报年度" };

/** A deadline as the value of a date input (the day in Beijing). */
function dayOf(date: Date): string {
  return new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function DeadlineInputs({ idPrefix, deadlines }: { idPrefix: string; deadlines?: YearDeadlines }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {DEADLINE_LEVELS.map((level) => (
        <Field key={level} id={`${idPrefix}-${level}`} label={`${DEADLINE_LABELS[level]}截止`}>
          {(control) => (
            <Input {...control} type="date" name={level} defaultValue={deadlines ? dayOf(deadlines[level]) : ""} />
          )}
        </Field>
      ))}
    </div>
  );
}

export default async function YearsPage() {
  const user = await requireAdmin("/staff/admin/years");
  const [years, agencies] = await Promise.all([listReportingYears(user), listAdministeredAgencies(user)]);
  const active = agencies.filter((agency) => agency.active);
  return (
    <div>
      <AdminNav current="/staff/admin/years" />
      <PageHeader title="填报年度" description="开放或关闭年度、设置各级截止日期、对个别机构例外开放。" />

      <section aria-labelledby="open-year" className="mb-8">
        <h2 id="open-year" className="mb-2 text-lg font-semibold">
          开放年度
        </h2>
        <ActionForm action={openYearAction} submitLabel="开放年度" className={`${cardClass} space-y-3`}>
          <Field id="open-year-year" label="年度" className="w-40">
            {(control) => (
              <Input {...control} name="year" type="number" min={2019} defaultValue={new Date().getFullYear()} />
            )}
          </Field>
          <p className="text-xs text-slate-600">
            格式按年度自动选择（2019、2020 年度用 2019 版，2021 年度起用 2021
            版）。截止日期留空即为法定日期：部门和乡镇次年 1月31日，县级汇总 2月20日，市级 3月10日，省级 3月31日。
          </p>
          <DeadlineInputs idPrefix="open-year" />
        </ActionForm>
      </section>

      <section aria-labelledby="year-list" className="space-y-4">
        <h2 id="year-list" className="text-lg font-semibold">
          各年度
        </h2>
        {years.map((year) => (
          <article key={year.year} aria-label={`${year.year} 年度`} className={cardClass}>
            <h3 className="font-semibold">
              {year.year} 年度 <span className="text-sm font-normal text-slate-600">（{year.format} 版格式）</span>
              <Badge tone={year.closedAt ? "neutral" : "success"} className="ml-2">
                {year.closedAt ? `已关闭（${formatDate(year.closedAt)}）` : "填报中"}
              </Badge>
            </h3>
            <p className="mt-1 text-sm text-slate-700">
              {DEADLINE_LEVELS.map((level) => `${DEADLINE_LABELS[level]} ${formatDate(year.deadlines[level])}`).join(
                "；",
              )}
            </p>
            {year.closedAt ? (
              <div className="mt-3 space-y-3">
                <ActionForm action={openYearAction} submitLabel="重新开放年度" tone="secondary">
                  <input type="hidden" name="year" value={year.year} />
                </ActionForm>
                <ActionForm
                  action={grantExceptionAction}
                  submitLabel="例外开放"
                  tone="secondary"
                  className="grid gap-2 sm:grid-cols-3 sm:items-end"
                >
                  <input type="hidden" name="year" value={year.year} />
                  <Field id={`exception-${year.year}-agency`} label="机构">
                    {(control) => (
                      <Select
                        {...control}
                        name="agencyId"
                        defaultValue={active[0]?.id}
                        options={active.map((agency) => ({
                          value: agency.id,
                          label: agency.name,
                          depth: agency.depth,
                        }))}
                      />
                    )}
                  </Field>
                  <Field id={`exception-${year.year}-reason`} label="理由">
                    {(control) => <Input {...control} name="reason" />}
                  </Field>
                </ActionForm>
                {year.exceptions.length > 0 && (
                  <ul className="space-y-1 text-sm">
                    {year.exceptions.map((exception) => (
                      <li key={exception.agencyId} className="flex items-start gap-3">
                        <span>
                          例外开放：{exception.agencyName}（{exception.reason}，{formatDateTime(exception.createdAt)}）
                        </span>
                        <ActionForm
                          action={withdrawExceptionAction}
                          submitLabel="撤销"
                          tone="danger"
                          className="flex gap-1"
                        >
                          <input type="hidden" name="year" value={year.year} />
                          <input type="hidden" name="agencyId" value={exception.agencyId} />
                        </ActionForm>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ) : (
              <div className="mt-3 space-y-3">
                <details>
                  <summary className="cursor-pointer text-sm text-blue-700">修改截止日期</summary>
                  <ActionForm
                    action={openYearAction}
                    submitLabel="保存截止日期"
                    tone="secondary"
                    className="mt-2 space-y-2"
                  >
                    <input type="hidden" name="year" value={year.year} />
                    <DeadlineInputs idPrefix={`year-${year.year}`} deadlines={year.deadlines} />
                  </ActionForm>
                </details>
                <ActionForm
                  action={closeYearAction}
                  submitLabel="关闭年度"
                  tone="danger"
                  confirm={`关闭 ${year.year} 年度？关闭后各机构不能再保存和提交该年度的报告（已发布报告的更正除外）。`}
                >
                  <input type="hidden" name="year" value={year.year} />
                </ActionForm>
              </div>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
