import { formatFigure } from "./chart-scale";

/** The figures of a chart as a table: its text alternative, for screen readers and for anyone who wants the numbers. */
export function ChartDataTable({
  caption,
  categories,
  series,
  values,
  unit,
}: {
  caption: string;
  categories: readonly string[];
  series: readonly { key: string; label: string }[];
  values: readonly (readonly (number | null)[])[];
  unit?: string;
}) {
  return (
    <details>
      <summary>查看数据表</summary>
      <div className="table-scroll" role="region" aria-label={`${caption}：数据表`} tabIndex={0}>
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              {series.map((entry) => (
                <th key={entry.key} scope="col">
                  {entry.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category, index) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {series.map((entry, column) => (
                  <td key={entry.key} className="num">
                    {formatFigure(values[index]?.[column] ?? null, unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
