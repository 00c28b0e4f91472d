"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { listCellDefinitions, type SectionDefinition, type TextContent, type TextKey } from "@/lib/report-format";
import { CellBar } from "./cell-bar";
import { EditableTable } from "./editable-table";
import { FillBlanksBar } from "./fill-blanks-bar";
import { FocusedCell } from "./focused-cell";
import { IssueList } from "./issue-list";
import { countRender } from "./render-counter";
import { PREVIEW_STEP, cellField, focusAddressOfStep, listSections, textField, unitField } from "./report-fields";
import { SectionComments } from "./review-comments";
import { buildStepSchema, type StepValues } from "./step-schema";
import { TextEditor } from "./text-editor";
import { focusAddress } from "./use-focus-address";
import { useWizardStore } from "./wizard-context";
import type { WizardStore } from "./wizard-store";

/** The step's values as the draft holds them, named as the step's schema names them. */
function stepValues(store: WizardStore, section: SectionDefinition): StepValues {
  if (section.content.kind === "text")
    return { [textField(section.key as TextKey)]: store.getText(section.key as TextKey) };
  const tables = new Set(section.content.tables.map((table) => table.key));
  const values: StepValues = {};
  for (const cell of listCellDefinitions(store.format)) {
    if (cell.computed || !tables.has(cell.table)) continue;
    values[cellField(cell.key)] = store.getRaw(cell.key);
    if ((cell.units?.length ?? 0) > 1) values[unitField(cell.key)] = store.getUnit(cell.key) ?? cell.units![0]!;
  }
  return values;
}

/**
 * One step of the wizard: one section of the format. What is typed goes straight to the store
 * (live checks, autosave); the zod schema derived from the section is run over the step's values
 * when the clerk moves on, so a value that cannot be saved is pointed out before leaving.
 */
export function SectionStep({ section }: { section: SectionDefinition }) {
  const store = useWizardStore();
  const router = useRouter();
  const schema = useMemo(() => buildStepSchema(store.format, section), [store.format, section]);
  const [focused] = useState(() => new FocusedCell());
  const [notice, setNotice] = useState("");
  const [blocked, setBlocked] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  countRender("SectionStep");

  const sections = listSections(store.format);
  const index = sections.findIndex((candidate) => candidate.key === section.key);
  const previous = sections[index - 1];
  const next = sections[index + 1];
  const nextHref = `/staff/reports/${store.reportId}/${next?.key ?? PREVIEW_STEP}`;

  // A link may name the place to start at (`?focus=applications.4.natural`, as a returned
  // report's notification does); only a cell or text of this step is taken, anything else is ignored.
  const requestedHere = focusAddressOfStep(store.format, section.key, useSearchParams().get("focus"));

  useEffect(() => {
    const address = store.takePendingFocus() ?? requestedHere;
    if (!address || !focusAddress(address)) heading.current?.focus();
  }, [store, requestedHere]);

  useEffect(() => () => void store.saveNow(), [store]);

  const goNext = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = schema.safeParse(stepValues(store, section));
    if (!checked.success) {
      setBlocked([...new Set(checked.error.issues.map((issue) => issue.message))]);
      return;
    }
    setBlocked([]);
    void store.saveNow();
    router.push(nextHref);
  };

  return (
    <form onSubmit={goNext} noValidate className="space-y-5" aria-labelledby="step-heading">
      <h2 id="step-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {section.heading}
      </h2>
      <SectionComments section={section.key} />
      {section.content.kind === "tables" ? (
        <div className="space-y-5">
          <FillBlanksBar tables={section.content.tables.map((table) => table.key)} announce={setNotice} />
          {section.content.tables.map((table) => (
            <EditableTable
              key={table.key}
              table={table}
              format={store.format}
              label={table.band ?? section.heading.replace(/^[一二三四五六]、/, "")}
              readOnly={store.readOnly}
              focused={focused}
              announce={setNotice}
            />
          ))}
          <p role="status" aria-live="polite" className="text-sm text-slate-700">
            {notice}
          </p>
          <CellBar focused={focused} />
        </div>
      ) : (
        <TextEditor section={section as SectionDefinition & { content: TextContent }} />
      )}
      <IssueList section={section.key} heading={section.heading.replace(/^[一二三四五六]、/, "")} />
      {blocked.length > 0 && (
        <Alert role="alert" tone="danger">
          <p className="font-medium">本节有 {blocked.length} 处内容格式不正确，不能保存。请更正后再继续：</p>
          <ul className="ml-5 list-disc">
            {blocked.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="flex items-center justify-between gap-3 border-t border-slate-200 pt-4">
        {previous ? (
          <Button asChild variant="secondary">
            <Link href={`/staff/reports/${store.reportId}/${previous.key}`}>
              <ChevronLeft aria-hidden />
              上一节
            </Link>
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" className="h-auto min-h-9 min-w-0 shrink whitespace-normal py-1.5 text-left">
          {next ? `下一节：${next.heading}` : store.readOnly ? "预览" : "预览与提交"}
          <ChevronRight aria-hidden />
        </Button>
      </div>
    </form>
  );
}
