"use client";

import { memo, useRef } from "react";
import {
  getCellDefinition,
  layoutTableGrid,
  type FormatKey,
  type GridCell,
  type TableDefinition,
} from "@/lib/report-format";
import type { FocusedCell } from "./focused-cell";
import { CellInput, TotalCell } from "./table-cells";
import { useWizardStore } from "./wizard-context";

// A report table to type into, drawn from the same printed grid as the public page
// (lib/report-format/table-grid.ts): band row, column bands, group labels spanning their rows, the
// reviews table as one line. Keyboard and paste work like a spreadsheet on the grid's value cells.

/**
 * Fixed table layout (a keystroke then never re-measures the whole table): the applications
 * table's value columns are narrow, its group columns narrow and its row label column wide; the
 * small tables of section 二 give their one label column a fixed width and share the rest among
 * their values. Every width is fixed, so on a phone the table scrolls in its box instead of
 * squeezing its labels to one character a line.
 */
function labelWidth(index: number, labelColumns: number, valueColumns: number): string {
  if (valueColumns <= 3) return labelColumns === 1 ? "clamp(8rem, 40vw, 14rem)" : "7rem";
  return index < labelColumns - 1 ? "6.5rem" : "clamp(9rem, 36vw, 15rem)";
}

function tableMinWidth(labelColumns: number, valueColumns: number): string {
  const labels = Array.from({ length: labelColumns }, (_, index) => labelWidth(index, labelColumns, valueColumns));
  return `calc(${[...labels, ...Array.from({ length: valueColumns }, () => valueWidth(valueColumns))].join(" + ")})`;
}

function valueWidth(valueColumns: number): string {
  return valueColumns > 3 ? "5.25rem" : "6.5rem";
}

const TH = "border border-slate-300 bg-slate-50 px-2 py-1 text-center text-xs font-medium text-slate-700";
const ROW_TH = "border border-slate-300 bg-white px-2 py-1 text-left text-sm font-normal text-slate-800";
/** The row label column stays at the left edge of the box while the values scroll under it. */
const STICKY_LABEL = "sticky left-0 z-10 shadow-[1px_0_0_var(--color-slate-300)]";

type TableProps = {
  table: TableDefinition;
  format: FormatKey;
  label: string;
  readOnly: boolean;
  focused: FocusedCell;
  announce: (message: string) => void;
};

/** Next input cell from (row, column) in direction (dRow, dColumn), skipping computed cells; null at the edge. */
function step(
  grid: readonly (readonly GridCell[])[],
  row: number,
  column: number,
  dRow: number,
  dColumn: number,
): GridCell | null {
  let r = row + dRow;
  let c = column + dColumn;
  while (grid[r]?.[c]) {
    if (!grid[r]![c]!.computed) return grid[r]![c]!;
    r += dRow;
    c += dColumn;
  }
  return null;
}

function focusCell(key: string): void {
  const input = document.querySelector<HTMLInputElement>(`input[data-cell="${CSS.escape(key)}"]`);
  input?.focus();
}

export const EditableTable = memo(function EditableTable({
  table,
  format,
  label,
  readOnly,
  focused,
  announce,
}: TableProps) {
  const store = useWizardStore();
  const layout = layoutTableGrid(table);
  const grid = layout.values;
  const valueOnFocus = useRef(new Map<string, string>());

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    const row = Number(input.dataset.row);
    const column = Number(input.dataset.col);
    const atStart = input.selectionStart === 0;
    const atEnd = input.selectionEnd === input.value.length;
    let target: GridCell | null = null;
    switch (event.key) {
      case "Enter":
        target = step(grid, row, column, event.shiftKey ? -1 : 1, 0);
        break;
      case "ArrowDown":
        target = step(grid, row, column, 1, 0);
        break;
      case "ArrowUp":
        target = step(grid, row, column, -1, 0);
        break;
      case "ArrowLeft":
        if (!atStart) return;
        target = step(grid, row, column, 0, -1);
        break;
      case "ArrowRight":
        if (!atEnd) return;
        target = step(grid, row, column, 0, 1);
        break;
      case "Escape": {
        const before = valueOnFocus.current.get(input.dataset.cell);
        if (before === undefined || readOnly) return;
        event.preventDefault();
        store.setCell(input.dataset.cell, before, true);
        input.select();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    if (target) focusCell(target.cellKey!);
  };

  // A block copied from Excel or WPS: rows by line breaks, cells by tabs, from the focused cell on.
  const onPaste = (event: React.ClipboardEvent<HTMLTableElement>) => {
    const input = event.target;
    if (readOnly || !(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    const text = event.clipboardData.getData("text/plain");
    const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
    if (lines.length === 1 && !lines[0]!.includes("\t")) return;
    event.preventDefault();
    const row = Number(input.dataset.row);
    const column = Number(input.dataset.col);
    let filled = 0;
    let computed = 0;
    let outside = 0;
    lines.forEach((line, i) => {
      line.split("\t").forEach((value, j) => {
        const cell = grid[row + i]?.[column + j];
        if (!cell) outside++;
        else if (cell.computed) computed++;
        else {
          store.setCell(cell.cellKey!, value.trim(), true);
          filled++;
        }
      });
    });
    const rows = lines.length;
    const columns = Math.max(...lines.map((line) => line.split("\t").length));
    announce(
      `已粘贴 ${rows} 行 × ${columns} 列，填入 ${filled} 个单元格` +
        (computed ? `；${computed} 个值落在自动计算的合计单元格上，已忽略` : "") +
        (outside ? `；${outside} 个值超出表格范围，已忽略` : ""),
    );
  };

  // What the clerk types goes to the draft; the inputs are uncontrolled.
  const onChange = (event: React.FormEvent<HTMLTableElement>) => {
    const input = event.target;
    if (readOnly || !(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    store.setCell(input.dataset.cell, input.value, true);
  };

  const onFocus = (event: React.FocusEvent<HTMLTableElement>) => {
    const input = event.target;
    // A total taken to by a link: the cell bar names it and says what is wrong with it.
    if (input instanceof HTMLTableCellElement && input.dataset.cell) return focused.set(input.dataset.cell);
    if (!(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    valueOnFocus.current.set(input.dataset.cell, input.value);
    focused.set(input.dataset.cell);
    input.select();
  };

  const cellOf = (key: string, row: number, column: number) => {
    const cell = getCellDefinition(format, key)!;
    return cell.computed ? (
      <TotalCell key={key} cell={cell} />
    ) : (
      <CellInput key={key} cell={cell} row={row} column={column} readOnly={readOnly} />
    );
  };

  const handlers = { onKeyDown, onPaste, onFocus, onChange };
  const valueColumns = layout.columns - layout.labelColumns;
  const drawCell = (cell: GridCell) => {
    const key = `${cell.row}:${cell.column}`;
    const span = {
      colSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    };
    switch (cell.role) {
      case "band":
        return (
          <th
            key={key}
            {...span}
            scope="colgroup"
            className={`${TH} bg-slate-100${cell.row === 0 && table.band ? " text-sm" : ""}`}
          >
            {cell.text}
          </th>
        );
      case "corner":
        return (
          <td key={key} {...span} className={`${TH} ${cell.text.length > 8 ? "text-left font-normal" : ""}`}>
            {cell.text}
          </td>
        );
      case "header":
        return (
          <th key={key} {...span} scope="col" className={`${TH} ${cell.computed ? "bg-slate-200" : ""}`}>
            {cell.text}
          </th>
        );
      case "group":
        return (
          <th key={key} {...span} scope="rowgroup" className={`${ROW_TH} w-24 align-middle`}>
            {cell.text}
          </th>
        );
      case "label":
        return (
          <th
            key={key}
            {...span}
            scope="row"
            className={`${ROW_TH} ${cell.column === layout.labelColumns - 1 ? STICKY_LABEL : ""} ${cell.computed ? "bg-slate-100 font-semibold" : ""}`}
          >
            {cell.text}
          </th>
        );
      case "value":
        return cellOf(cell.cellKey!, cell.row - layout.headerRows, grid[cell.row - layout.headerRows]!.indexOf(cell));
    }
  };

  return (
    // Its own scroll box, both ways: the header row stays on top and the row labels at the left.
    <div
      className="max-h-[75vh] overflow-auto overscroll-x-contain rounded-sm border border-slate-200"
      role="region"
      aria-label={`${label}（可滚动）`}
      tabIndex={-1}
    >
      <table
        className="w-full table-fixed border-collapse text-sm"
        style={{ minWidth: tableMinWidth(layout.labelColumns, valueColumns) }}
        {...handlers}
      >
        <caption className="sr-only">{label}</caption>
        {layout.labelColumns > 0 && (
          <colgroup>
            {Array.from({ length: layout.labelColumns }, (_, index) => (
              <col key={`label-${index}`} style={{ width: labelWidth(index, layout.labelColumns, valueColumns) }} />
            ))}
            {Array.from({ length: valueColumns }, (_, index) => (
              <col key={`value-${index}`} style={{ width: valueColumns > 3 ? valueWidth(valueColumns) : undefined }} />
            ))}
          </colgroup>
        )}
        <thead className="sticky top-0 z-20">
          {layout.lines.slice(0, layout.headerRows).map((cells, index) => (
            <tr key={index}>{cells.map(drawCell)}</tr>
          ))}
        </thead>
        <tbody>
          {layout.lines.slice(layout.headerRows).map((cells, index) => (
            <tr key={index}>{cells.map(drawCell)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
