"use client";

import Link from "next/link";
import { Eye, MessageSquareText } from "lucide-react";
import type { SectionDefinition } from "@/lib/report-format";
import { PREVIEW_STEP } from "./report-fields";
import { useSectionCommentCount } from "./review-comments";
import { SaveStatus } from "./save-status";
import { SECTION_STATE_LABELS, SectionStateIcon } from "./section-status";
import { useWizardStore, useWizardValue } from "./wizard-context";

function StepLink({ section, current }: { section: SectionDefinition; current: boolean }) {
  const store = useWizardStore();
  const summary = useWizardValue((value) => value.getSection(section.key));
  const comments = useSectionCommentCount(section.key);
  const state = summary?.state ?? "empty";
  const detail = summary && section.content.kind === "tables" ? `${summary.filled}/${summary.total}` : "";
  return (
    <li>
      <Link
        href={`/staff/reports/${store.reportId}/${section.key}`}
        aria-current={current ? "step" : undefined}
        onClick={() => void store.saveNow()}
        className={`flex items-start gap-2 rounded-md px-2 py-1.5 text-sm ${current ? "bg-red-50 font-medium text-brand ring-1 ring-red-200" : "text-slate-800 hover:bg-slate-100"}`}
      >
        <SectionStateIcon state={state} className="mt-0.5" />
        <span className="min-w-0 flex-1">
          <span className="block leading-snug">{section.heading}</span>
          <span className="block text-xs font-normal text-slate-600">
            {SECTION_STATE_LABELS[state]}
            {detail && <span className="tabular"> · {detail}</span>}
          </span>
          {comments > 0 && (
            <span className="flex items-center gap-1 text-xs font-normal text-violet-800">
              <MessageSquareText aria-hidden className="size-3.5" />
              {comments} 条审核意见
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}

/** The steps (one per section of the format, then the preview), the progress and the save state. */
export function StepNav({ sections, current }: { sections: readonly SectionDefinition[]; current: string | null }) {
  const store = useWizardStore();
  const progress = useWizardValue((value) => value.getProgress());
  return (
    <div className="space-y-4">
      <div>
        <div className="mb-1 flex justify-between text-xs text-slate-600">
          <span id="wizard-progress-label">填写进度</span>
          <span className="tabular">{progress}%</span>
        </div>
        <div
          role="progressbar"
          aria-labelledby="wizard-progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
          className="h-2 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand transition-[width]" style={{ width: `${progress}%` }} />
        </div>
      </div>
      <nav aria-label="填报步骤">
        <ol className="space-y-0.5">
          {sections.map((section) => (
            <StepLink key={section.key} section={section} current={current === section.key} />
          ))}
          <li>
            <Link
              href={`/staff/reports/${store.reportId}/${PREVIEW_STEP}`}
              aria-current={current === PREVIEW_STEP ? "step" : undefined}
              onClick={() => void store.saveNow()}
              className={`flex items-center gap-2 rounded-md px-2 py-1.5 text-sm ${current === PREVIEW_STEP ? "bg-red-50 font-medium text-brand ring-1 ring-red-200" : "text-slate-800 hover:bg-slate-100"}`}
            >
              <Eye aria-hidden className="size-4 text-slate-600" />
              {store.readOnly ? "预览" : "预览与提交"}
            </Link>
          </li>
        </ol>
      </nav>
      <SaveStatus />
    </div>
  );
}
