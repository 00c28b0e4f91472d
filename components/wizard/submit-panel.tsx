"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CircleAlert, CircleCheck, CircleDashed, Send, TriangleAlert } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { listUnexplainedWarnings, type SectionDefinition, type Violation } from "@/lib/report-format";
import { hrefOf } from "./issue-list";
import { focusTargetOf } from "./live-checks";
import { clearLocalDraft } from "./local-draft";
import { listSections, sectionOfAddress } from "./report-fields";
import { useFocusAddress } from "./use-focus-address";
import { useWizardStore, useWizardValue } from "./wizard-context";
import type { WizardStore } from "./wizard-store";

/** A section's problems shown in the refusal; the rest stay on its step. */
const SHOWN_PER_SECTION = 5;

type Problem = { key: string; text: string; address: string; level: "error" | "warning" | "blank" };
type SectionProblems = { section: SectionDefinition; problems: Problem[]; more: number };

/** What stands between the draft and a submission, by section: blanks, errors, warnings not explained. */
function collectProblems(store: WizardStore, serverViolations?: readonly Violation[]): SectionProblems[] {
  const unexplained = new Set(
    listUnexplainedWarnings(store.getViolations(), store.draft.explanations).map(
      (violation) => `${violation.rule}|${violation.cells.join(",")}`,
    ),
  );
  const groups: SectionProblems[] = [];
  for (const section of listSections(store.format)) {
    const problems: Problem[] = [];
    const issues = store.getSectionIssues(section.key);
    if (issues?.incomplete) {
      const text = issues.incomplete.first.startsWith("texts.")
        ? "必填，尚未填写"
        : `${issues.incomplete.count} 处未填写（没有发生的请填 0）`;
      problems.push({ key: "blank", text, address: issues.incomplete.first, level: "blank" });
    }
    const violations = serverViolations
      ? serverViolations.filter((violation) => sectionOfAddress(store.format, violation.cells[0] ?? "") === section.key)
      : (issues?.violations ?? []).filter(
          (violation) => sectionOfAddress(store.format, violation.cells[0] ?? "") === section.key,
        );
    for (const violation of violations) {
      const id = `${violation.rule}|${violation.cells.join(",")}`;
      if (violation.rule === "cell.blank" || violation.rule === "text.required") continue;
      if (violation.level === "warning" && !serverViolations && !unexplained.has(id)) continue;
      const address = focusTargetOf(store.format, violation);
      if (!address) continue;
      problems.push({
        key: id,
        text: violation.level === "warning" ? `${violation.message}（警告，需说明原因）` : violation.message,
        address,
        level: violation.level,
      });
    }
    if (problems.length)
      groups.push({
        section,
        problems: problems.slice(0, SHOWN_PER_SECTION),
        more: Math.max(0, problems.length - SHOWN_PER_SECTION),
      });
  }
  return groups;
}

const PROBLEM_ICONS = { error: CircleAlert, warning: TriangleAlert, blank: CircleDashed } as const;
const PROBLEM_TONES = { error: "text-red-700", warning: "text-amber-700", blank: "text-blue-700" } as const;

/** The refusal: problems grouped by section, each a link that goes to its cell. */
function ProblemList({ groups, firstLink }: { groups: SectionProblems[]; firstLink: React.Ref<HTMLAnchorElement> }) {
  const store = useWizardStore();
  const focus = useFocusAddress();
  return (
    <div className="space-y-3">
      {groups.map(({ section, problems, more }, groupIndex) => (
        <section key={section.key} aria-labelledby={`problems-${section.key}`}>
          <h4 id={`problems-${section.key}`} className="font-medium text-slate-900">
            {section.heading}
          </h4>
          <ul className="mt-1 space-y-1">
            {problems.map((problem, index) => {
              const Icon = PROBLEM_ICONS[problem.level];
              const ref = groupIndex === 0 && index === 0 ? firstLink : undefined;
              return (
                <li key={problem.key} className="flex items-start gap-1.5">
                  <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${PROBLEM_TONES[problem.level]}`} />
                  <a
                    ref={ref}
                    href={hrefOf(store.reportId, section.key, problem.address)}
                    onClick={(event) => {
                      event.preventDefault();
                      focus(problem.address);
                    }}
                    className="text-blue-800 underline"
                  >
                    {problem.text}
                  </a>
                </li>
              );
            })}
          </ul>
          {more > 0 && <p className="ml-6 text-xs text-slate-600">另有 {more} 处，见本节的检查结果。</p>}
        </section>
      ))}
    </div>
  );
}

type Refusal = { message: string; groups: SectionProblems[] };

/** 提交审核: refused with the problems by section while there are any; otherwise confirmed first, then sent. */
export function SubmitPanel() {
  const store = useWizardStore();
  const router = useRouter();
  const blocking = useWizardValue((current) => current.getBlocking());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const firstLink = useRef<HTMLAnchorElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const ready = blocking.errors === 0 && blocking.unexplained === 0;

  useEffect(() => {
    if (!refusal) return;
    if (firstLink.current) firstLink.current.focus();
    else result.current?.focus();
  }, [refusal]);

  const refuse = (message: string, violations?: readonly Violation[]) =>
    setRefusal({ message, groups: collectProblems(store, violations) });

  const ask = () => {
    store.checkNow();
    const { errors, unexplained } = store.getBlocking();
    if (errors || unexplained) {
      refuse(`还有 ${errors} 处错误（含未填写）、${unexplained} 条警告未说明原因，请按下列各部分处理后再提交：`);
      return;
    }
    setRefusal(null);
    dialog.current?.showModal();
  };

  const submit = async () => {
    dialog.current?.close();
    setBusy(true);
    if (!(await store.flush())) {
      setBusy(false);
      setRefusal({ message: "还有修改没有保存到服务器（见左侧的保存状态），请先处理后再提交。", groups: [] });
      return;
    }
    try {
      const outcome = await store.actions.submit({ reportId: store.reportId, version: store.version });
      if (outcome.ok) {
        clearLocalDraft(store.reportId);
        router.refresh();
        return;
      }
      setBusy(false);
      refuse(outcome.message, outcome.violations);
    } catch {
      setBusy(false);
      setRefusal({ message: "网络连接失败，报告未能提交，请稍后重试。", groups: [] });
    }
  };

  return (
    <section aria-labelledby="submit-heading" className={cn(cardClass, "space-y-3")}>
      <h3 id="submit-heading" className="font-semibold">
        提交审核
      </h3>
      {ready ? (
        <p className="flex items-center gap-1.5 text-sm text-emerald-800">
          <CircleCheck aria-hidden className="size-4" />
          所有检查均已通过，可以提交审核。提交后将不能修改，除非审核人退回。
        </p>
      ) : (
        <p className="flex items-center gap-1.5 text-sm text-slate-800">
          <CircleAlert aria-hidden className="size-4 text-red-700" />
          提交前还需处理：{blocking.errors} 处错误（含未填写），{blocking.unexplained} 条警告未说明原因。
        </p>
      )}
      <div ref={result} tabIndex={-1} className="outline-none">
        {refusal && (
          <Alert role="alert" tone="danger" className="[&>div]:space-y-3">
            <p className="font-medium">未能提交：{refusal.message}</p>
            {refusal.groups.length > 0 && <ProblemList groups={refusal.groups} firstLink={firstLink} />}
          </Alert>
        )}
      </div>
      <Button onClick={ask} disabled={busy}>
        <Send aria-hidden />
        {busy ? "正在提交…" : "提交审核"}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="submit-confirm-heading"
        aria-describedby="submit-confirm-body"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
      >
        <h4 id="submit-confirm-heading" className="text-lg font-semibold">
          确认提交审核？
        </h4>
        <div id="submit-confirm-body" className="mt-2 space-y-1 text-sm text-slate-700">
          <p>
            {store.agencyName}
            {store.year}年度报告将交给审核人审核。
          </p>
          <p>提交后报告不能再修改；审核人退回后可以修改并重新提交，审核通过后由审核人安排发布。</p>
        </div>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            取消
          </Button>
          <Button onClick={() => void submit()}>确认提交</Button>
        </div>
      </dialog>
    </section>
  );
}
