import type { YearComparison as Comparison, YearComparisonRow } from "@/lib/server/review/compare-with-last-year";

function Rows({ rows, label }: { rows: YearComparisonRow[]; label: string }) {
  return (
    <table className="w-full border-collapse bg-white text-sm" aria-label={label}>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="px-3 py-1.5">
            单元格
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            上一年度
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            本年度
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            变化
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.cell} className={`border-b border-slate-200 ${row.jump ? "bg-amber-50" : ""}`}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal">
              {row.jump && (
                <span className="mr-1 text-amber-700" aria-label="大幅变化">
                  ⚠
                </span>
              )}
              {row.label}
            </th>
            <td className="px-3 py-1.5 text-right tabular whitespace-nowrap">{row.previous}</td>
            <td className="px-3 py-1.5 text-right tabular whitespace-nowrap">{row.current}</td>
            <td
              className={`px-3 py-1.5 text-right tabular whitespace-nowrap ${row.jump ? "font-semibold text-amber-800" : ""}`}
            >
              {row.delta}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** This year against last year's published report: large jumps first and highlighted, every change on demand. */
export function YearComparison({ comparison, year }: { comparison: Comparison; year: number }) {
  if (comparison.previousYear === null)
    return <p className="text-sm text-slate-600">本机关没有已发布的 {year - 1} 年度报告，无法同比。</p>;
  const jumps = comparison.rows.filter((row) => row.jump);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-600">
        与 {comparison.previousYear} 年度已发布报告逐格比较（两种格式都有的 {comparison.compared} 个单元格）：
        {comparison.rows.length} 个有变化， 其中 {jumps.length} 个变化幅度较大（变化 ≥ 50% 且 ≥ 10）。
      </p>
      {jumps.length > 0 && <Rows rows={jumps} label="同比大幅变化" />}
      {comparison.rows.length > 0 && (
        <details>
          <summary className="cursor-pointer text-blue-700">查看全部 {comparison.rows.length} 个有变化的单元格</summary>
          <div className="mt-2">
            <Rows rows={comparison.rows} label="同比全部变化" />
          </div>
        </details>
      )}
    </div>
  );
}
