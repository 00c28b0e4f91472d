import type { YearComparison as Comparison, YearComparisonRow } from "@/lib/server/review/compare-with-last-year";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

function Rows({ rows, label }: { rows: YearComparisonRow[]; label: string }) {
  return (
    <Table label={label}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">单元格</TableHead>
          <TableHead scope="col" className="text-right">
            上一年度
          </TableHead>
          <TableHead scope="col" className="text-right">
            本年度
          </TableHead>
          <TableHead scope="col" className="text-right">
            变化
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.cell} className={row.jump ? "bg-amber-50" : undefined}>
            <TableHead scope="row" className="whitespace-normal font-normal">
              {row.jump && (
                <span className="mr-1 text-amber-700" aria-label="大幅变化">
                  ⚠
                </span>
              )}
              {row.label}
            </TableHead>
            <TableCell numeric className="whitespace-nowrap">
              {row.previous}
            </TableCell>
            <TableCell numeric className="whitespace-nowrap">
              {row.current}
            </TableCell>
            <TableCell
              className={`text-right tabular whitespace-nowrap ${row.jump ? "font-semibold text-amber-800" : ""}`}
            >
              {row.delta}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
