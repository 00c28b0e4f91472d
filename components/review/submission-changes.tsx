import { formatDateTime } from "@/lib/format-date";
import type { ChangesSinceSubmission } from "@/lib/server/review/list-changes-since-submission";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

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
        <Table label="自上次提交以来的单元格改动">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">单元格</TableHead>
              <TableHead scope="col" className="text-right">
                上次提交
              </TableHead>
              <TableHead scope="col" className="text-right">
                现在
              </TableHead>
              <TableHead scope="col">修改人</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cells.map((change) => (
              <TableRow key={change.cell}>
                <TableHead scope="row" className="whitespace-normal font-normal">
                  {change.label}
                </TableHead>
                <TableCell numeric className="whitespace-nowrap">
                  <Value value={change.before} />
                </TableCell>
                <TableCell numeric className="whitespace-nowrap font-medium">
                  <Value value={change.after} />
                </TableCell>
                <TableCell className="text-slate-600">
                  {change.changedBy.join("、")}（{formatDateTime(change.lastChangedAt)}）
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {texts.map((change) => (
        <div key={change.cell} className="rounded-md border border-slate-200 bg-white">
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
