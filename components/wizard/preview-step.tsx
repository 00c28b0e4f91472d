"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CircleAlert, CircleCheck, Send } from "lucide-react";
import { ReportDocument } from "@/components/report/report-document";
import { REPORT_DOCUMENT_CSS } from "@/components/report/report-styles";
import type { SectionDefinition, Violation } from "@/lib/report-format";
import { IssueItem } from "./issue-list";
import { clearLocalDraft } from "./local-draft";
import { listSections, sectionOfAddress } from "./report-fields";
import { SECTION_STATE_LABELS, SectionStateIcon } from "./section-status";
import { useWizardStore, useWizardValue } from "./wizard-context";

type SubmitState = { busy: boolean; message?: string; refused?: readonly Violation[] };

function ViolationItems({ violations }: { violations: readonly Violation[] }) {
  const store = useWizardStore();
  return (
    <ul className="space-y-2">
      {violations.map((violation) => {
        const section = sectionOfAddress(store.format, violation.cells[0] ?? "");
        return section ? (
          <IssueItem key={`${violation.rule}|${violation.cells.join(",")}`} violation={violation} section={section} />
        ) : null;
      })}
    </ul>
  );
}

function SectionLine({ section }: { section: SectionDefinition }) {
  const store = useWizardStore();
  const summary = useWizardValue((current) => current.getSection(section.key));
  if (!summary || summary.state === "complete") return null;
  return (
    <li>
      <Link
        href={`/staff/reports/${store.reportId}/${section.key}`}
        className="flex items-center gap-1.5 text-blue-800 underline"
      >
        <SectionStateIcon state={summary.state} />
        {section.heading}：{SECTION_STATE_LABELS[summary.state]}
        {summary.blanks > 0 && `，${summary.blanks} 处未填写`}
      </Link>
    </li>
  );
}

/** What still stands between the draft and 提交审核, section by section, and the button. */
function SubmitPanel() {
  const store = useWizardStore();
  const router = useRouter();
  const blocking = useWizardValue((current) => current.getBlocking());
  const violations = useWizardValue((current) => current.getViolations());
  const [state, setState] = useState<SubmitState>({ busy: false });
  const result = useRef<HTMLDivElement>(null);
  const sections = listSections(store.format);
  const ready = blocking.errors === 0 && blocking.unexplained === 0;
  const shown = violations.filter((violation) => violation.rule !== "cell.blank" && violation.rule !== "text.required");

  useEffect(() => {
    if (state.message) result.current?.focus();
  }, [state.message]);

  const submit = async () => {
    setState({ busy: true });
    if (!(await store.flush())) {
      setState({ busy: false, message: "还有修改没有保存到服务器（见左侧的保存状态），请先处理后再提交。" });
      return;
    }
    try {
      const outcome = await store.actions.submit({ reportId: store.reportId, version: store.version });
      if (outcome.ok) {
        clearLocalDraft(store.reportId);
        router.refresh();
        return;
      }
      setState({ busy: false, message: outcome.message, refused: outcome.violations });
    } catch {
      setState({ busy: false, message: "网络连接失败，报告未能提交，请稍后重试。" });
    }
  };

  return (
    <section aria-labelledby="submit-heading" className="space-y-3 rounded border border-slate-300 bg-white p-4">
      <h3 id="submit-heading" className="font-semibold">
        提交审核
      </h3>
      {ready ? (
        <p className="flex items-center gap-1.5 text-sm text-emerald-800">
          <CircleCheck aria-hidden className="size-4" />
          所有检查均已通过，可以提交审核。提交后将不能修改，除非审核人退回。
        </p>
      ) : (
        <div className="space-y-2 text-sm">
          <p className="flex items-center gap-1.5 text-slate-800">
            <CircleAlert aria-hidden className="size-4 text-red-700" />
            提交前还需处理：{blocking.errors} 处错误（含未填写），{blocking.unexplained} 条警告未说明原因。
          </p>
          <ul className="grid gap-1 sm:grid-cols-2">
            {sections.map((section) => (
              <SectionLine key={section.key} section={section} />
            ))}
          </ul>
          {shown.length > 0 && <ViolationItems violations={shown} />}
        </div>
      )}
      <div ref={result} tabIndex={-1} className="outline-none">
        {state.message && (
          <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="flex items-center gap-1.5 font-medium">
              <CircleAlert aria-hidden className="size-4" />
              未能提交：{state.message}
            </p>
            {state.refused && state.refused.length > 0 && <ViolationItems violations={state.refused.slice(0, 50)} />}
          </div>
        )}
      </div>
      <button
        type="button"
        onClick={() => void submit()}
        disabled={state.busy}
        className="inline-flex items-center gap-1.5 rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-slate-400"
      >
        <Send aria-hidden className="size-4" />
        {state.busy ? "正在提交…" : "提交审核"}
      </button>
    </section>
  );
}

/** The report as citizens will read it once published (the public renderer), and the submission. */
export function PreviewStep() {
  const store = useWizardStore();
  const report = useWizardValue((current) => current.getReport());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-5">
      <h2 id="step-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {store.readOnly ? "预览" : "预览与提交"}
      </h2>
      {!store.readOnly && <SubmitPanel />}
      <section
        aria-labelledby="preview-heading"
        className="rounded border border-slate-300 bg-white px-6 py-4 shadow-sm"
      >
        <style>{REPORT_DOCUMENT_CSS}</style>
        <h3 id="preview-heading" className="text-xs text-slate-500">
          发布后公众看到的样子
        </h3>
        <p className="report-title">
          {store.agencyName}
          {store.year}年度政府信息公开工作年度报告
        </p>
        <ReportDocument report={report} />
      </section>
    </div>
  );
}
