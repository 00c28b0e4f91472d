import { formatDateTime } from "@/lib/format-date";
import type { CellHistory } from "@/lib/server/review/list-cell-history";

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
            <details className="rounded border border-slate-200 bg-white">
              <summary className="cursor-pointer px-3 py-1.5">
                {cell.label}
                <span className="ml-2 text-xs text-slate-500">
                  {cell.entries.length} 次修改，现为 <Value value={cell.entries.at(-1)?.after ?? null} whole={false} />
                </span>
              </summary>
              <table className="w-full border-collapse border-t border-slate-200">
                <thead>
                  <tr className="text-left text-xs text-slate-500">
                    <th scope="col" className="w-44 px-3 py-1">
                      时间
                    </th>
                    <th scope="col" className="w-24 px-3 py-1">
                      修改人
                    </th>
                    <th scope="col" className={`px-3 py-1 ${numeric ? "text-right" : ""}`}>
                      原值
                    </th>
                    <th scope="col" className={`px-3 py-1 ${numeric ? "text-right" : ""}`}>
                      新值
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {cell.entries.map((entry, index) => (
                    <tr key={index} className="border-t border-slate-100 align-top">
                      <td className="px-3 py-1 tabular whitespace-nowrap">{formatDateTime(entry.at)}</td>
                      <td className="px-3 py-1 whitespace-nowrap">{entry.actorName ?? "系统"}</td>
                      <td className={`px-3 py-1 ${numeric ? "text-right tabular" : ""}`}>
                        <Value value={entry.before} whole={!numeric} />
                      </td>
                      <td className={`px-3 py-1 font-medium ${numeric ? "text-right tabular" : ""}`}>
                        <Value value={entry.after} whole={!numeric} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
