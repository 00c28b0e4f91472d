import { formatDateTime } from "@/lib/format-date";
import type { CellHistory } from "@/lib/server/review/list-cell-history";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const PREVIEW = 40;

function Value({ value, whole }: { value: string | null; whole: boolean }) {
  if (value === null || value === "") return <span className="text-slate-400">（空）</span>;
  if (whole || value.length <= PREVIEW) return <span className="whitespace-pre-wrap">{value}</span>;
  return <span>{`${value.slice(0, PREVIEW)}…`}</span>;
}

/** Each changed cell, text or explanation with every value it had, who wrote it and when. */
export function CellHistoryList({ cells }: { cells: CellHistory[] }) {
  if (cells.length === 0) return <p className="text-sm text-slate-600">还没有记录到单元格修改。</p>;
  return (
    <ul className="space-y-1 text-sm" aria-label="单元格修改记录">
      {cells.map((cell) => {
        const numeric = cell.kind === "cell";
        return (
          <li key={cell.cell}>
            <details className="overflow-hidden rounded-md border border-slate-200 bg-white">
              <summary className="cursor-pointer px-3 py-2 hover:bg-slate-50">
                {cell.label}
                <span className="ml-2 text-xs text-slate-500">
                  {cell.entries.length} 次修改，现为 <Value value={cell.entries.at(-1)?.after ?? null} whole={false} />
                </span>
              </summary>
              <Table label={`${cell.label}的修改记录`} boxClassName="rounded-none border-x-0 border-b-0">
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col" className="w-44">
                      时间
                    </TableHead>
                    <TableHead scope="col" className="w-24">
                      修改人
                    </TableHead>
                    <TableHead scope="col" className={numeric ? "text-right" : undefined}>
                      原值
                    </TableHead>
                    <TableHead scope="col" className={numeric ? "text-right" : undefined}>
                      新值
                    </TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {cell.entries.map((entry, index) => (
                    <TableRow key={index}>
                      <TableCell className="tabular whitespace-nowrap">{formatDateTime(entry.at)}</TableCell>
                      <TableCell className="whitespace-nowrap">{entry.actorName ?? "系统"}</TableCell>
                      <TableCell numeric={numeric}>
                        <Value value={entry.before} whole={!numeric} />
                      </TableCell>
                      <TableCell numeric={numeric} className="font-medium">
                        <Value value={entry.after} whole={!numeric} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
