"use client";

import { memo, useMemo, useRef } from "react";
import type { Control, UseFormRegister, UseFormSetValue } from "react-hook-form";
import {
  countLeafRows,
  depthOfColumns,
  depthOfRows,
  getCellDefinition,
  listColumnHeaderRows,
  listSideBySideBandRows,
  listLeafColumns,
  listLeafRows,
  type FormatKey,
  type RowNode,
  type TableDefinition,
} from "@/lib/report-format";
import type { FocusedCell } from "./focused-cell";
import { buildTableGrid, cellField, type GridCell } from "./report-fields";
import type { StepValues } from "./step-schema";
import { CellInput, TotalCell } from "./table-cells";
import { useWizardStore } from "./wizard-context";

// A report table to type into, laid out like the printed format (band row, column bands, group
// labels spanning their rows, the reviews table as one line), derived from the declaration the
// way components/report/official-table.tsx prints it. Keyboard and paste work like a spreadsheet.

/**
 * Fixed table layout (a keystroke then never re-measures the whole table): the applications
 * table's value columns are narrow and its last label column takes the rest; the small tables of
 * section 二 give their one label column a fixed width and share the rest among their values.
 */
function labelWidth(index: number, labelColumns: number, valueColumns: number): string | undefined {
  if (valueColumns <= 3) return labelColumns === 1 ? "14rem" : "7rem";
  return index < labelColumns - 1 ? "6.5rem" : undefined;
}

const TH = "border border-slate-300 bg-slate-50 px-2 py-1 text-center text-xs font-medium text-slate-700";
const ROW_TH = "border border-slate-300 bg-white px-2 py-1 text-left text-sm font-normal text-slate-800";

type TableProps = {
  table: TableDefinition;
  format: FormatKey;
  label: string;
  register: UseFormRegister<StepValues>;
  control: Control<StepValues>;
  setValue: UseFormSetValue<StepValues>;
  readOnly: boolean;
  focused: FocusedCell;
  announce: (message: string) => void;
};

/** Next input cell from (row, column) in direction (dRow, dColumn), skipping computed cells; null at the edge. */
function step(grid: readonly GridCell[][], row: number, column: number, dRow: number, dColumn: number): GridCell | null {
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

export const EditableTable = memo(function EditableTable({ table, format, label, register, control, setValue, readOnly, focused, announce }: TableProps) {
  const store = useWizardStore();
  const grid = useMemo(() => buildTableGrid(table), [table]);
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
        setValue(cellField(input.dataset.cell), before);
        input.select();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    if (target) focusCell(target.key);
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
          store.setCell(cell.key, value.trim(), true);
          setValue(cellField(cell.key), value.trim());
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

  const onFocus = (event: React.FocusEvent<HTMLTableElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    valueOnFocus.current.set(input.dataset.cell, input.value);
    focused.set(input.dataset.cell);
    input.select();
  };

  const cellOf = (key: string, row: number, column: number) => {
    const cell = getCellDefinition(format, key)!;
    return cell.computed ? (
      <TotalCell key={key} cell={cell} format={format} control={control} />
    ) : (
      <CellInput key={key} cell={cell} row={row} column={column} register={register} readOnly={readOnly} />
    );
  };

  const handlers = { onKeyDown, onPaste, onFocus };
  const caption = <caption className="sr-only">{label}</caption>;

  if (table.layout === "rows-side-by-side") {
    const columns = listLeafColumns(table.columns);
    const bands = listSideBySideBandRows(table.rows, columns.length);
    const leaves = listLeafRows(table.rows);
    return (
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-sm" {...handlers}>
          {caption}
          <thead>
            {bands.map((cells, level) => (
              <tr key={level}>
                {cells.map((cell) => (
                  <th key={cell.key} colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope="colgroup" className={`${TH} bg-slate-100`}>
                    {cell.label}
                  </th>
                ))}
              </tr>
            ))}
            <tr>
              {leaves.flatMap(({ row }) =>
                columns.map((column) => (
                  <th key={`${row.key}.${column.key}`} scope="col" className={`${TH} ${column.computed ? "bg-slate-200" : ""}`}>
                    {column.label}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            <tr>{grid[0]!.map((cell, index) => cellOf(cell.key, 0, index))}</tr>
          </tbody>
        </table>
      </div>
    );
  }

  const columns = listLeafColumns(table.columns);
  const headerDepth = depthOfColumns(table.columns);
  const labelColumns = depthOfRows(table.rows);
  const headerRows = listColumnHeaderRows(table.columns);
  const leaves = listLeafRows(table.rows);
  const opened = new Set<RowNode>();
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-sm" {...handlers}>
        {caption}
        <colgroup>
          {Array.from({ length: labelColumns }, (_, index) => (
            <col key={`label-${index}`} style={{ width: labelWidth(index, labelColumns, columns.length) }} />
          ))}
          {columns.map((column) => (
            <col key={column.key} style={{ width: columns.length > 3 ? "5.25rem" : undefined }} />
          ))}
        </colgroup>
        <thead>
          {table.band && (
            <tr>
              <th colSpan={labelColumns + columns.length} scope="colgroup" className={`${TH} bg-slate-100 text-sm`}>
                {table.band}
              </th>
            </tr>
          )}
          {headerRows.map((cells, level) => (
            <tr key={level}>
              {level === 0 && (
                <td rowSpan={headerDepth} colSpan={labelColumns} className={`${TH} ${table.corner && table.corner.length > 8 ? "text-left font-normal" : ""}`}>
                  {table.corner}
                </td>
              )}
              {cells.map((cell) => (
                <th
                  key={cell.key}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  scope={cell.band ? "colgroup" : "col"}
                  className={`${TH} ${cell.band ? "bg-slate-100" : ""} ${!cell.band && columns.find((column) => column.key === cell.key)?.computed ? "bg-slate-200" : ""}`}
                >
                  {cell.label}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {leaves.map(({ row, groups }, rowIndex) => (
            <tr key={row.key}>
              {groups.map((group) => {
                if (opened.has(group)) return null;
                opened.add(group);
                return (
                  <th key={group.label} rowSpan={countLeafRows(group)} scope="rowgroup" className={`${ROW_TH} w-24 align-middle`}>
                    {group.label}
                  </th>
                );
              })}
              <th colSpan={labelColumns - groups.length} scope="row" className={`${ROW_TH} ${row.computed ? "bg-slate-100 font-semibold" : ""}`}>
                {row.label}
              </th>
              {grid[rowIndex]!.map((cell, columnIndex) => cellOf(cell.key, rowIndex, columnIndex))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
