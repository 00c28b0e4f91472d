"use client";

import { memo } from "react";
import { CircleAlert, History, TriangleAlert } from "lucide-react";
import type { CellDefinition, MoneyUnit } from "@/lib/report-format";
import { countRender } from "./render-counter";
import { COMMENTED_CELL, CommentIcon, cellCommentNoteId, describeComments, useCellComments } from "./review-comments";
import { cellAccessibleName, cellInputId } from "./report-fields";
import {
  useCellStatus,
  useDraftInput,
  useTotalFigure,
  useTotalInvalid,
  useValueOf,
  useWizardStore,
} from "./wizard-context";

export const PREFILL_NOTE_ID = "wizard-prefill-note";

type CellProps = {
  cell: CellDefinition;
  row: number;
  column: number;
  readOnly: boolean;
};

function inputMode(cell: CellDefinition): "numeric" | "decimal" | "text" {
  if (cell.type === "money") return "decimal";
  return cell.type === "signed" ? "text" : "numeric";
}

function UnitSelect({ cell, readOnly }: { cell: CellDefinition; readOnly: boolean }) {
  const store = useWizardStore();
  const unit = useValueOf(cell.key, (current) => current.getUnit(cell.key) ?? cell.units![0]!);
  return (
    <select
      value={unit}
      onChange={(event) => store.setUnit(cell.key, event.target.value as MoneyUnit)}
      aria-label={`${cellAccessibleName(cell)} 单位`}
      disabled={readOnly}
      className="border-l border-slate-300 bg-transparent px-1 text-sm"
    >
      {cell.units!.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}

/**
 * One input cell: uncontrolled (the table's change handler writes what is typed to the draft), so
 * a keystroke does not render it; re-rendered only when its own status (error, warning, prefilled)
 * changes.
 */
export const CellInput = memo(function CellInput({ cell, row, column, readOnly }: CellProps) {
  const store = useWizardStore();
  const status = useCellStatus(cell.key);
  const input = useDraftInput(cell.key);
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
          ref={input}
          defaultValue={store.getRaw(cell.key)}
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
          className={`h-8 w-full min-w-[4.25rem] scroll-mb-28 scroll-mt-16 scroll-ml-40 bg-transparent py-0 ${commented ? "pr-4" : "pr-1.5"} text-right tabular outline-none ${readOnly ? "" : "inset-ring inset-ring-slate-300 hover:inset-ring-slate-500"} focus:bg-white focus:ring-2 focus:ring-inset focus:ring-blue-600 ${Icon ? "pl-5" : "pl-1.5"} ${readOnly ? "text-slate-700" : ""}`}
        />
        {multiUnit && <UnitSelect cell={cell} readOnly={readOnly} />}
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
 * A computed total: read-only, its value the store's (recomputed when one of its inputs changes),
 * re-rendered only when its text or its own status changes.
 */
export const TotalCell = memo(function TotalCell({ cell }: { cell: CellDefinition }) {
  // The figure goes straight into the DOM; this component renders only when the total becomes
  // (or stops being) impossible to compute, or its status changes.
  const figure = useTotalFigure(cell.key);
  const invalid = useTotalInvalid(cell.key);
  const status = useCellStatus(cell.key);
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
  // A total can take the focus (not in the tab order), so that a comment's or a check's link can show it.
  // Hovering says what its mark means (the step's check list and the cell bar say it too).
  const hint = [...status.messages, ...(commented ? [describeComments(comments)] : [])].join("\n");
  const focusable = { id: cellInputId(cell.key), tabIndex: -1, title: hint || undefined };
  return (
    <td
      data-cell={cell.key}
      {...focusable}
      className={`relative min-w-[4.25rem] border border-slate-300 px-1.5 text-right font-semibold tabular ${tone} focus:outline-solid focus:outline-2 focus:outline-blue-600 ${commented ? `${COMMENTED_CELL} pr-4` : ""}`}
    >
      {commented && <CommentIcon />}
      {Icon && <Icon aria-hidden className="absolute left-1 top-1/2 size-3.5 -translate-y-1/2" />}
      <span data-total-value ref={figure} title={invalid ? "有单元格格式不正确，无法计算" : undefined} />
      {invalid && <span className="sr-only">（有单元格格式不正确，无法计算）</span>}
      {status.messages.length > 0 && (
        <span className="sr-only">
          （{status.level === "error" ? "错误" : "警告"}：{status.messages.join("；")}）
        </span>
      )}
      {commented && <span className="sr-only">（{describeComments(comments)}）</span>}
    </td>
  );
});
