"use client";

import { CircleAlert, TriangleAlert } from "lucide-react";
import type { SectionDefinition, TextContent, TextKey } from "@/lib/report-format";
import { textInputId } from "./report-fields";
import { MAX_TEXT_CHARS, countTextChars } from "@/lib/report-format/text-rules";
import { sectionCommentNoteId, useSectionComments } from "./review-comments";
import { useCellStatus, useDraftInput, useValueOf, useWizardStore } from "./wizard-context";
import { Textarea } from "@/components/ui/input";

function CharCount({ textKey, maxChars }: { textKey: TextKey; maxChars?: number }) {
  const count = useValueOf(`texts.${textKey}`, (store) => countTextChars(store.getText(textKey)));
  const over = maxChars !== undefined && count > maxChars;
  return (
    <p
      className={`flex items-center gap-1 text-sm tabular ${over ? "text-amber-900" : "text-slate-600"}`}
      aria-live="polite"
    >
      {over && <TriangleAlert aria-hidden className="size-4" />}
      已写 {count.toLocaleString("en-US")} 字（不计空格和换行）
      {maxChars !== undefined && (
        <>
          ，原则上不超过 {maxChars.toLocaleString("en-US")} 字{over && `（超出 ${count - maxChars} 字）`}
        </>
      )}
    </p>
  );
}

/** A narrative section: the editor with its rules and character count, last year's text beside it (not copied in). */
export function TextEditor({ section }: { section: SectionDefinition & { content: TextContent } }) {
  const store = useWizardStore();
  const key = section.key as TextKey;
  const status = useCellStatus(`texts.${key}`);
  const editor = useDraftInput(`texts.${key}`);
  const id = textInputId(key);
  const previousText = store.previous?.texts[key]?.trim();
  const { content } = section;
  const messageId = `${id}-message`;
  const commented = useSectionComments(key).length > 0;
  const describedBy =
    [status.messages.length ? messageId : null, commented ? sectionCommentNoteId(key) : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className={`grid gap-4 ${store.previous ? "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : ""}`}>
      <div className="space-y-2">
        <ul className="list-inside list-disc text-sm text-slate-700" aria-label="填写要求">
          {content.guidance && <li>{content.guidance}</li>}
          {content.required && <li>必须填写{key === "other" ? "（没有需要报告的事项，请写“无”）" : ""}</li>}
          <li>只填写文字，正文不能包含 HTML 标签；最多 {MAX_TEXT_CHARS.toLocaleString("en-US")} 个字符；空一行分段</li>
        </ul>
        <Textarea
          ref={editor}
          defaultValue={store.getText(key)}
          onChange={(event) => store.setText(key, event.target.value)}
          id={id}
          rows={16}
          readOnly={store.readOnly}
          aria-labelledby={`step-heading ${id}-label`}
          aria-invalid={status.level === "error" ? true : undefined}
          aria-describedby={describedBy}
          className={`py-2 text-base ${status.level === "error" ? "border-red-600 bg-red-50" : status.level === "warning" ? "border-amber-500" : ""}`}
        />
        <span id={`${id}-label`} className="sr-only">
          正文
        </span>
        <CharCount textKey={key} maxChars={content.maxChars} />
        {status.messages.length > 0 && (
          <div id={messageId} className="space-y-1 text-sm">
            {status.messages.map((message) => (
              <p
                key={message}
                className={`flex items-start gap-1.5 ${status.level === "error" ? "text-red-800" : "text-amber-900"}`}
              >
                {status.level === "error" ? (
                  <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                ) : (
                  <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                )}
                <span>
                  <span className="sr-only">{status.level === "error" ? "错误：" : "警告："}</span>
                  {message}
                </span>
              </p>
            ))}
          </div>
        )}
      </div>
      {store.previous && (
        <aside
          aria-labelledby={`${id}-previous`}
          className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
        >
          <h3 id={`${id}-previous`} className="font-medium text-slate-800">
            {store.previous.year} 年度报告的本部分
          </h3>
          <p className="mb-2 text-xs text-slate-600">
            仅供参考，未复制到本年度报告。{key === "problems" && "本部分不得与上一年度雷同。"}
          </p>
          <div className="max-h-96 overflow-y-auto whitespace-pre-wrap leading-7 text-slate-800">
            {previousText || "（上一年度未填写）"}
          </div>
        </aside>
      )}
    </div>
  );
}
