import {
  countLeafRows,
  depthOfColumns,
  depthOfRows,
  listColumnHeaderRows,
  listLeafColumns,
  listLeafRows,
  listSideBySideBandRows,
  type CellValue,
  type RowNode,
  type TableDefinition,
  type TableValues,
} from "@/lib/report-format";

// A report table as printed in the official format: band row, header rows built from the column
// bands, group labels spanning their rows. Pure server-rendered HTML (no client JavaScript).

function formatValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return `${value.value}${value.unit}`;
  return String(value);
}

export function OfficialTable({ table, values, label }: { table: TableDefinition; values: TableValues | undefined; label: string }) {
  return table.layout === "rows-side-by-side" ? (
    <SideBySideTable table={table} values={values} label={label} />
  ) : (
    <GridTable table={table} values={values} label={label} />
  );
}

function GridTable({ table, values, label }: { table: TableDefinition; values: TableValues | undefined; label: string }) {
  const columns = listLeafColumns(table.columns);
  const headerDepth = depthOfColumns(table.columns);
  const labelColumns = depthOfRows(table.rows);
  const headerRows = listColumnHeaderRows(table.columns);
  const leaves = listLeafRows(table.rows);
  const opened = new Set<RowNode>();

  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className={`official-table labels-${labelColumns}`} aria-label={label}>
        <thead>
          {table.band && (
            <tr>
              <th colSpan={labelColumns + columns.length} className="band">{table.band}</th>
            </tr>
          )}
          {headerRows.map((cells, level) => (
            <tr key={level}>
              {level === 0 && (
                <th rowSpan={headerDepth} colSpan={labelColumns} className={`corner-cell lc-0 lw-${labelColumns}${table.corner && table.corner.length > 8 ? " corner" : ""}`}>
                  {table.corner}
                </th>
              )}
              {cells.map((cell) => (
                <th key={cell.key} colSpan={cell.colSpan} rowSpan={cell.rowSpan} className={cell.band ? "band" : undefined} scope="col">
                  {cell.label}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {leaves.map(({ row, groups }) => (
            <tr key={row.key}>
              {groups.map((group) => {
                if (opened.has(group)) return null;
                opened.add(group);
                return (
                  <th key={group.label} rowSpan={countLeafRows(group)} scope="rowgroup" className={`row-label lc-${groups.indexOf(group)} lw-1`}>
                    {group.label}
                  </th>
                );
              })}
              <th colSpan={labelColumns - groups.length} scope="row" className={`row-label lc-${groups.length} lw-${labelColumns - groups.length}${row.computed ? " total" : ""}`}>
                {row.label}
              </th>
              {columns.map((column) => (
                <td key={column.key} className={row.computed || column.computed ? "total" : undefined} data-cell={`${table.key}.${row.key}.${column.key}`}>
                  {formatValue(values?.[row.key]?.[column.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The reviews table: the stored rows (复议, 直接起诉, 复议后起诉) printed side by side in one line of cells. */
function SideBySideTable({ table, values, label }: { table: TableDefinition; values: TableValues | undefined; label: string }) {
  const columns = listLeafColumns(table.columns);
  const bandRows = listSideBySideBandRows(table.rows, columns.length);
  const leaves = listLeafRows(table.rows);

  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="official-table" aria-label={label}>
        <thead>
          {bandRows.map((cells, level) => (
            <tr key={level}>
              {cells.map((cell) => (
                <th key={cell.key} colSpan={cell.colSpan} rowSpan={cell.rowSpan} className="band" scope="colgroup">
                  {cell.label}
                </th>
              ))}
            </tr>
          ))}
          <tr>
            {leaves.flatMap(({ row }) =>
              columns.map((column) => (
                <th key={`${row.key}.${column.key}`} scope="col">{column.label}</th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            {leaves.flatMap(({ row }) =>
              columns.map((column) => (
                <td key={`${row.key}.${column.key}`} className={column.computed ? "total" : undefined} data-cell={`${table.key}.${row.key}.${column.key}`}>
                  {formatValue(values?.[row.key]?.[column.key])}
                </td>
              )),
            )}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
