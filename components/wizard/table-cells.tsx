"use client";

import { memo } from "react";
import type { UseFormRegister } from "react-hook-form";
import { CircleAlert, History, TriangleAlert } from "lucide-react";
import type { CellDefinition } from "@/lib/report-format";
import { countRender } from "./render-counter";
import { COMMENTED_CELL, CommentIcon, cellCommentNoteId, describeComments, useCellComments } from "./review-comments";
import { cellAccessibleName, cellField, cellInputId, unitField } from "./report-fields";
import type { StepValues } from "./step-schema";
import { useWizardValue } from "./wizard-context";

export const PREFILL_NOTE_ID = "wizard-prefill-note";

type CellProps = {
  cell: CellDefinition;
  row: number;
  column: number;
  register: UseFormRegister<StepValues>;
  readOnly: boolean;
};

function inputMode(cell: CellDefinition): "numeric" | "decimal" | "text" {
  if (cell.type === "money") return "decimal";
  return cell.type === "signed" ? "text" : "numeric";
}

/**
 * One input cell: uncontrolled (react-hook-form reads it), re-rendered only when its own status
 * (error, warning, prefilled) changes, never on a keystroke elsewhere.
 */
export const CellInput = memo(function CellInput({ cell, row, column, register, readOnly }: CellProps) {
  const status = useWizardValue((store) => store.getCellStatus(cell.key));
  const comments = useCellComments(cell.key);
  countRender("CellInput");
  const id = cellInputId(cell.key);
  const messageId = `${id}-message`;
  const commented = comments.length > 0;
  const describedBy =
    [
      status.messages.length ? messageId : null,
      commented ? cellCommentNoteId(cell.key) : null,
      status.prefilled ? PREFILL_NOTE_ID : null,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const tone =
    status.level === "error"
      ? "bg-red-50 ring-2 ring-inset ring-red-600"
      : status.level === "warning"
        ? "bg-amber-50 ring-2 ring-inset ring-amber-500"
        : status.prefilled
          ? "bg-sky-50"
          : "";
  const Icon =
    status.level === "error"
      ? CircleAlert
      : status.level === "warning"
        ? TriangleAlert
        : status.prefilled
          ? History
          : null;
  const multiUnit = (cell.units?.length ?? 0) > 1;
  return (
    <td className={`relative border border-slate-300 p-0 ${tone} ${commented ? COMMENTED_CELL : ""}`}>
      {commented && <CommentIcon />}
      {Icon && (
        <Icon
          aria-hidden
          className={`pointer-events-none absolute left-1 top-1/2 size-3.5 -translate-y-1/2 ${status.level === "error" ? "text-red-700" : status.level === "warning" ? "text-amber-700" : "text-sky-700"}`}
        />
      )}
      <div className="flex">
        <input
          {...register(cellField(cell.key))}
          id={id}
          type="text"
          inputMode={inputMode(cell)}
          autoComplete="off"
          spellCheck={false}
          readOnly={readOnly}
          data-cell={cell.key}
          data-row={row}
          data-col={column}
          aria-label={cellAccessibleName(cell)}
          aria-invalid={status.level === "error" ? true : undefined}
          aria-describedby={describedBy}
          title={commented ? describeComments(comments) : undefined}
          className={`h-8 w-full min-w-[4.25rem] scroll-mb-28 scroll-mt-4 bg-transparent py-0 ${commented ? "pr-4" : "pr-1.5"} text-right tabular outline-none focus:bg-white focus:ring-2 focus:ring-inset focus:ring-blue-600 ${Icon ? "pl-5" : "pl-1.5"} ${readOnly ? "text-slate-700" : ""}`}
        />
        {multiUnit && (
          <select
            {...register(unitField(cell.key))}
            aria-label={`${cellAccessibleName(cell)} 单位`}
            disabled={readOnly}
            className="border-l border-slate-300 bg-transparent px-1 text-sm"
          >
            {cell.units!.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        )}
      </div>
      {status.messages.length > 0 && (
        <span id={messageId} className="sr-only">
          {status.level === "error" ? "错误：" : "警告："}
          {status.messages.join("；")}
        </span>
      )}
      {commented && (
        <span id={cellCommentNoteId(cell.key)} className="sr-only">
          {describeComments(comments)}
        </span>
      )}
    </td>
  );
});

/**
 * A computed total: read-only, its value the store's (computed once per change for the whole
 * report), re-rendered only when its text or its own status changes.
 */
export const TotalCell = memo(function TotalCell({ cell }: { cell: CellDefinition }) {
  const text = useWizardValue((store) => store.getTotalText(cell.key));
  const status = useWizardValue((store) => store.getCellStatus(cell.key));
  const comments = useCellComments(cell.key);
  countRender("TotalCell");
  const tone =
    status.level === "error"
      ? "bg-red-100 text-red-900"
      : status.level === "warning"
        ? "bg-amber-100 text-amber-950"
        : "bg-slate-100 text-slate-900";
  const Icon = status.level === "error" ? CircleAlert : status.level === "warning" ? TriangleAlert : null;
  const commented = comments.length > 0;
  // A commented total can take the focus (not in the tab order), so that the comment's link can show it.
  const focusable = commented ? { id: cellInputId(cell.key), tabIndex: -1, title: describeComments(comments) } : {};
  return (
    <td
      data-cell={cell.key}
      {...focusable}
      className={`relative min-w-[4.25rem] border border-slate-300 px-1.5 text-right font-semibold tabular ${tone} ${commented ? `${COMMENTED_CELL} pr-4 focus:outline-solid focus:outline-blue-600` : ""}`}
    >
      {commented && <CommentIcon />}
      {Icon && <Icon aria-hidden className="absolute left-1 top-1/2 size-3.5 -translate-y-1/2" />}
      <span data-total-value>{text === null ? <span title="有单元格格式不正确，无法计算">—</span> : text}</span>
      {text === null && <span className="sr-only">（有单元格格式不正确，无法计算）</span>}
      {status.messages.length > 0 && (
        <span className="sr-only">
          （{status.level === "error" ? "错误" : "警告"}：{status.messages.join("；")}）
        </span>
      )}
      {commented && <span className="sr-only">（{describeComments(comments)}）</span>}
    </td>
  );
});
