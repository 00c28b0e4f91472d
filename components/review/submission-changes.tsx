import { formatDateTime } from "@/lib/format-date";
import type { ChangesSinceSubmission } from "@/lib/server/review/list-changes-since-submission";

function Value({ value }: { value: string | null }) {
  return value === null || value === "" ? <span className="text-slate-400">（空）</span> : <span>{value}</span>;
}

/** What the clerk changed since the previous submission: cells in a table, texts before and after. */
export function SubmissionChanges({ changes }: { changes: ChangesSinceSubmission }) {
  if (!changes.baseline) return <p className="text-sm text-slate-600">这是首次提交，没有上一次提交可比较。</p>;
  const cells = changes.changes.filter((change) => change.kind === "cell");
  // Texts and the clerk's explanations of warnings read as paragraphs, before and after.
  const texts = changes.changes.filter((change) => change.kind !== "cell");
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-600">
        与上一次提交（{formatDateTime(changes.baseline.at)}
        {changes.baseline.actorName && `，${changes.baseline.actorName}`}）相比：
        {changes.changes.length === 0 ? "没有改动。" : `${cells.length} 个单元格、${texts.length} 段文字或说明有改动。`}
      </p>
      {cells.length > 0 && (
        <table className="w-full border-collapse bg-white" aria-label="自上次提交以来的单元格改动">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-3 py-1.5">
                单元格
              </th>
              <th scope="col" className="px-3 py-1.5 text-right">
                上次提交
              </th>
              <th scope="col" className="px-3 py-1.5 text-right">
                现在
              </th>
              <th scope="col" className="px-3 py-1.5">
                修改人
              </th>
            </tr>
          </thead>
          <tbody>
            {cells.map((change) => (
              <tr key={change.cell} className="border-b border-slate-200">
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  {change.label}
                </th>
                <td className="px-3 py-1.5 text-right tabular whitespace-nowrap">
                  <Value value={change.before} />
                </td>
                <td className="px-3 py-1.5 text-right tabular whitespace-nowrap font-medium">
                  <Value value={change.after} />
                </td>
                <td className="px-3 py-1.5 text-slate-600">
                  {change.changedBy.join("、")}（{formatDateTime(change.lastChangedAt)}）
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {texts.map((change) => (
        <div key={change.cell} className="rounded border border-slate-200 bg-white">
          <h3 className="border-b border-slate-200 px-3 py-1.5 font-medium">{change.label}</h3>
          <div className="grid gap-3 p-3 md:grid-cols-2">
            <div>
              <p className="text-xs text-slate-500">上次提交</p>
              <p className="whitespace-pre-wrap text-slate-600">
                <Value value={change.before} />
              </p>
            </div>
            <div>
              <p className="text-xs text-slate-500">现在</p>
              <p className="whitespace-pre-wrap">
                <Value value={change.after} />
              </p>
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
