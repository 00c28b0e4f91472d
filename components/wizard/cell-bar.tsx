"use client";

import { useSyncExternalStore } from "react";
import { CircleAlert, History, MessageSquareText, TriangleAlert } from "lucide-react";
import { getCellDefinition } from "@/lib/report-format";
import type { FocusedCell } from "./focused-cell";
import { cellAccessibleName } from "./report-fields";
import { useCellComments } from "./review-comments";
import { PREFILL_NOTE_ID } from "./table-cells";
import { useWizardStore, useWizardValue } from "./wizard-context";

/** Under the tables, like a spreadsheet's status bar: the focused cell's full name and what is wrong with it. */
export function CellBar({ focused }: { focused: FocusedCell }) {
  const store = useWizardStore();
  const key = useSyncExternalStore(focused.subscribe, focused.get, () => null);
  const status = useWizardValue((current) => (key ? current.getCellStatus(key) : null));
  const cell = key ? getCellDefinition(store.format, key) : undefined;
  const comments = useCellComments(key ?? "");
  return (
    <div
      className="sticky bottom-0 z-10 -mx-1 border-t border-slate-300 bg-white/95 px-3 py-2 text-sm shadow-[0_-2px_6px_rgba(0,0,0,0.06)]"
      data-testid="cell-bar"
    >
      <span id={PREFILL_NOTE_ID} className="sr-only">
        根据上年报告预填，请核对
      </span>
      {!cell || !status ? (
        <p className="text-slate-600">
          Tab / Shift+Tab、Enter、方向键在单元格间移动；可从 Excel、WPS 复制整块数据粘贴；Esc 撤销本格修改。
        </p>
      ) : (
        <div className="space-y-0.5">
          <p className="font-medium text-slate-900">{cellAccessibleName(cell)}</p>
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
              {message}
            </p>
          ))}
          {comments.map((comment) => (
            <p key={comment.id} className="flex items-start gap-1.5 text-violet-900">
              <MessageSquareText aria-hidden className="mt-0.5 size-4 shrink-0" />
              审核意见：{comment.body}
            </p>
          ))}
          {status.prefilled && (
            <p className="flex items-center gap-1.5 text-sky-900">
              <History aria-hidden className="size-4" />
              根据上年报告预填，请核对；修改后不再标记为预填。
            </p>
          )}
        </div>
      )}
    </div>
  );
}
