"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { ReportDocument } from "@/components/report/report-document";
import { REPORT_DOCUMENT_CSS } from "@/components/report/report-styles";
import type { SectionDefinition } from "@/lib/report-format";
import { listSections } from "./report-fields";
import { SECTION_STATE_LABELS, SectionStateIcon } from "./section-status";
import { SubmitPanel } from "./submit-panel";
import { useWizardStore, useWizardValue } from "./wizard-context";

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

/** Each section that is not done yet, one line each, linking to its step. */
function SectionLines() {
  const store = useWizardStore();
  return (
    <nav aria-label="各部分的填写情况">
      <ul className="grid gap-1 text-sm sm:grid-cols-2">
        {listSections(store.format).map((section) => (
          <SectionLine key={section.key} section={section} />
        ))}
      </ul>
    </nav>
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
      {!store.readOnly && (
        <>
          <SubmitPanel />
          <SectionLines />
        </>
      )}
      <section
        aria-labelledby="preview-heading"
        className="rounded-md border border-slate-300 bg-white px-6 py-4 shadow-sm"
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
