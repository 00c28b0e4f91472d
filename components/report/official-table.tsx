import {
  layoutTableGrid,
  printGridCell,
  type GridCell,
  type TableDefinition,
  type TableValues,
} from "@/lib/report-format";

// A report table as printed in the official format, drawn from the format's grid
// (lib/report-format/table-grid.ts). Pure server-rendered HTML (no client JavaScript). The lc-/lw-
// classes (label column, label width) keep the row labels in view while the values scroll.

export function OfficialTable({
  table,
  values,
  label,
}: {
  table: TableDefinition;
  values: TableValues | undefined;
  label: string;
}) {
  const grid = layoutTableGrid(table);
  const head = grid.lines.slice(0, grid.headerRows);
  const body = grid.lines.slice(grid.headerRows);
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className={`official-table labels-${grid.labelColumns}`} aria-label={label}>
        <thead>
          {head.map((cells, index) => (
            <tr key={index}>{cells.map((cell) => drawCell(cell, values))}</tr>
          ))}
        </thead>
        <tbody>
          {body.map((cells, index) => (
            <tr key={index}>{cells.map((cell) => drawCell(cell, values))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function drawCell(cell: GridCell, values: TableValues | undefined) {
  const key = `${cell.row}:${cell.column}`;
  const span = {
    colSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
  };
  const labelClass = `row-label lc-${cell.column} lw-${cell.colSpan}${cell.computed ? " total" : ""}`;
  switch (cell.role) {
    case "band":
      return (
        <th key={key} {...span} className="band" scope="colgroup">
          {cell.text}
        </th>
      );
    case "corner":
      return (
        <th
          key={key}
          {...span}
          className={`corner-cell lc-0 lw-${cell.colSpan}${cell.text.length > 8 ? " corner" : ""}`}
        >
          {cell.text}
        </th>
      );
    case "header":
      return (
        <th key={key} {...span} scope="col">
          {cell.text}
        </th>
      );
    case "group":
      return (
        <th key={key} {...span} scope="rowgroup" className={labelClass}>
          {cell.text}
        </th>
      );
    case "label":
      return (
        <th key={key} {...span} scope="row" className={labelClass}>
          {cell.text}
        </th>
      );
    case "value":
      return (
        <td key={key} className={cell.computed ? "total" : undefined} data-cell={cell.cellKey}>
          {printGridCell(values, cell)}
        </td>
      );
  }
}
