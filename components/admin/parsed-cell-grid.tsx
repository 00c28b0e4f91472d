"use client";

import { useId } from "react";
import type { ParsedCellView } from "@/lib/server/imports/read-report-upload";

/** The part of a cell label before the column: "（七）总计·自然人" → "（七）总计". */
function splitLabel(label: string): [string, string] {
  const at = label.lastIndexOf("·");
  return at === -1 ? [label, ""] : [label.slice(0, at), label.slice(at + 1)];
}

type GridProps = {
  cells: ParsedCellView[];
  corrections: Record<string, string>;
  disabled: boolean;
  onCorrect: (cell: ParsedCellView, value: string) => void;
};

/** The cells in the format's order, one table per table of the format, rows down and columns across. */
export function CellGrid({ cells, corrections, disabled, onCorrect }: GridProps) {
  const tables: { key: string; title: string; cells: ParsedCellView[] }[] = [];
  for (const cell of cells) {
    const last = tables.at(-1);
    if (last?.key === cell.table) last.cells.push(cell);
    else tables.push({ key: cell.table, title: cell.tableTitle, cells: [cell] });
  }
  return (
    <div className="space-y-4">
      {tables.map((table) => {
        const columns = [...new Map(table.cells.map((cell) => [cell.column, splitLabel(cell.label)[1]])).entries()];
        const rows: { key: string; label: string; cells: Map<string, ParsedCellView> }[] = [];
        for (const cell of table.cells) {
          const last = rows.at(-1);
          if (last?.key === cell.row) last.cells.set(cell.column, cell);
          else rows.push({ key: cell.row, label: splitLabel(cell.label)[0], cells: new Map([[cell.column, cell]]) });
        }
        return (
          <table key={table.key} className="w-full border-collapse text-xs">
            <caption className="py-1 text-left text-sm font-medium">{table.title}</caption>
            <thead>
              <tr className="bg-slate-100">
                <th className="border border-slate-300 px-1 py-0.5 text-left">项目</th>
                {columns.map(([key, label]) => (
                  <th key={key} className="border border-slate-300 px-1 py-0.5">
                    {label || key}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="border border-slate-300 px-1 py-0.5 text-left font-normal">
                    {row.label}
                  </th>
                  {columns.map(([column]) => {
                    const cell = row.cells.get(column);
                    return (
                      <td key={column} className="border border-slate-300 p-0.5 align-top">
                        {cell && (
                          <CellInput
                            cell={cell}
                            value={corrections[cell.key]}
                            disabled={disabled}
                            onCorrect={onCorrect}
                          />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

type CellProps = {
  cell: ParsedCellView;
  value: string | undefined;
  disabled: boolean;
  onCorrect: (cell: ParsedCellView, value: string) => void;
};

function CellInput({ cell, value, disabled, onCorrect }: CellProps) {
  const noteId = useId();
  const corrected = value !== undefined;
  const tone = cell.error
    ? "border-red-600 bg-red-50"
    : corrected
      ? "border-blue-600 bg-blue-50"
      : cell.status === "guessed"
        ? "border-amber-500 bg-amber-100"
        : cell.status === "missing"
          ? "border-red-400 bg-red-100"
          : "border-slate-300 bg-white";
  const note =
    cell.error ?? (cell.status !== "found" ? (cell.note ?? (cell.status === "missing" ? "原文中没有" : "推测")) : null);
  return (
    <div title={`${cell.label} · ${cell.source}${cell.raw !== null ? `：“${cell.raw}”` : ""}`}>
      <div className="flex items-center gap-0.5">
        <input
          aria-label={cell.label}
          aria-describedby={note ? noteId : undefined}
          aria-invalid={cell.error ? true : undefined}
          data-cell={cell.key}
          data-status={cell.status}
          inputMode={cell.unit ? "decimal" : "numeric"}
          disabled={disabled}
          value={value ?? cell.value}
          onChange={(event) => onCorrect(cell, event.target.value)}
          className={`w-full min-w-14 rounded border px-1 py-0.5 text-right tabular-nums ${tone}`}
        />
        {cell.unit && <span className="text-slate-600">{cell.unit}</span>}
      </div>
      {note && (
        <p
          id={noteId}
          className={`mt-0.5 text-[11px] leading-4 ${cell.error || cell.status === "missing" ? "text-red-700" : "text-amber-800"}`}
        >
          {note}
        </p>
      )}
    </div>
  );
}
