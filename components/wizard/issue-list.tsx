"use client";

import { memo, useDeferredValue } from "react";
import { CircleAlert, CircleCheck, CircleDashed, TriangleAlert } from "lucide-react";
import { labelCell, warningKey, type SectionKey, type Violation } from "@/lib/report-format";
import { cellInputId, textInputId } from "./report-fields";
import { MAX_EXPLANATION_CHARS } from "@/lib/report-format/text-rules";
import { useFocusAddress } from "./use-focus-address";
import { useWizardStore, useWizardValue } from "./wizard-context";
import { focusTargetOf } from "./live-checks";
import type { SectionIssues } from "./wizard-store";
import { Textarea } from "@/components/ui/input";

/** The URL of a cell or text: its step, with the input's id as the fragment (what a link without script opens). */
export function hrefOf(reportId: string, section: string, address: string): string {
  const id = address.startsWith("texts.") ? textInputId(address.slice(6) as never) : cellInputId(address);
  return `/staff/reports/${reportId}/${section}#${id}`;
}

/** A warning's explanation: saved with the report, keyed by warningKey, read by the reviewer. */
function ExplanationField({ violation }: { violation: Violation }) {
  const store = useWizardStore();
  const key = warningKey(violation);
  const value = useWizardValue((current) => current.getExplanation(key));
  const id = `explanation-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <div className="mt-2">
      <label htmlFor={id} className="flex items-center gap-1.5 text-xs font-medium text-slate-700">
        说明原因（提交审核时一并报送审核人）
        {value.trim() ? (
          <span className="inline-flex items-center gap-0.5 text-emerald-800">
            <CircleCheck aria-hidden className="size-3.5" />
            已说明
          </span>
        ) : (
          <span className="text-amber-900">（未说明，不能提交）</span>
        )}
      </label>
      <Textarea
        id={id}
        rows={2}
        value={value}
        readOnly={store.readOnly}
        maxLength={MAX_EXPLANATION_CHARS}
        onChange={(event) => store.setExplanation(key, event.target.value)}
        className="mt-1 leading-6"
      />
    </div>
  );
}

export function IssueItem({ violation, section }: { violation: Violation; section: SectionKey }) {
  const store = useWizardStore();
  const focus = useFocusAddress();
  const target = focusTargetOf(store.format, violation);
  const error = violation.level === "error";
  const Icon = error ? CircleAlert : TriangleAlert;
  return (
    <li
      className={`rounded-md border px-3 py-2 text-sm ${error ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50"}`}
    >
      <div className="flex items-start gap-2">
        <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${error ? "text-red-700" : "text-amber-700"}`} />
        <p className="min-w-0 flex-1">
          <span className={`mr-1 font-medium ${error ? "text-red-800" : "text-amber-900"}`}>
            {error ? "错误" : "警告"}
          </span>
          {violation.message}
        </p>
        {target && (
          <a
            href={hrefOf(store.reportId, section, target)}
            onClick={(event) => {
              event.preventDefault();
              focus(target);
            }}
            className="shrink-0 text-blue-800 underline"
          >
            定位<span className="sr-only">到 {labelCell(store.format, target)}</span>
          </a>
        )}
      </div>
      {!error && <ExplanationField violation={violation} />}
    </li>
  );
}

/**
 * What the live checks found in one section: each error and warning, linking to (focusing) its
 * cell. Checked on every keystroke like the cells, but drawn a moment later (a deferred value):
 * the keystroke's own frame is for the cell and the totals.
 */
export function IssueList({ section, heading }: { section: SectionKey; heading: string }) {
  const current = useWizardValue((store) => store.getSectionIssues(section));
  const issues = useDeferredValue(current);
  return <IssueListBody section={section} heading={heading} issues={issues} />;
}

const IssueListBody = memo(function IssueListBody({
  section,
  heading,
  issues,
}: {
  section: SectionKey;
  heading: string;
  issues: SectionIssues | undefined;
}) {
  const store = useWizardStore();
  const focus = useFocusAddress();
  const id = `issues-${section}`;
  if (!issues) return null;
  const clean = !issues.violations.length && !issues.incomplete;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-sm font-semibold text-slate-800">
        {heading}检查结果
      </h3>
      {clean && (
        <p className="flex items-center gap-1.5 text-sm text-emerald-800">
          <CircleCheck aria-hidden className="size-4" />
          本节已填写完整，没有发现问题。
        </p>
      )}
      {issues.incomplete && (
        <p className="flex items-center gap-1.5 text-sm text-slate-700">
          <CircleDashed aria-hidden className="size-4 text-blue-700" />
          <span>
            {issues.incomplete.first.startsWith("texts.")
              ? "本部分必须填写，尚未填写。"
              : `还有 ${issues.incomplete.count} 处未填写（没有发生的请填 0）。`}
            <a
              href={hrefOf(store.reportId, section, issues.incomplete.first)}
              onClick={(event) => {
                event.preventDefault();
                focus(issues.incomplete!.first);
              }}
              className="text-blue-800 underline"
            >
              转到第一处
            </a>
          </span>
        </p>
      )}
      {issues.violations.length > 0 && (
        <ul className="space-y-2" aria-label={`${heading}的错误和警告`}>
          {issues.violations.map((violation) => (
            <IssueItem key={`${violation.rule}|${violation.cells.join(",")}`} violation={violation} section={section} />
          ))}
        </ul>
      )}
    </section>
  );
});
