"use client";

import { useRef, useState, useTransition } from "react";
import { CircleAlert } from "lucide-react";
import { ActionMessage } from "@/components/review/action-message";
import { Button } from "@/components/ui/button";
import { FileDropZone } from "@/components/ui/file-drop-zone";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import type { FilePreview } from "@/lib/server/imports/preview-report-files";
import type { HistoricalImportResult } from "@/lib/server/imports/import-historical-reports";
import { splitIntoBatches } from "./upload-batches";

type Answer<T> = { ok: true; items: T[] } | { ok: false; message: string };
type Props = {
  preview: (data: FormData) => Promise<Answer<FilePreview>>;
  commit: (data: FormData) => Promise<Answer<HistoricalImportResult>>;
  maxBatchBytes: number;
};

/** Choose JSON files → each file's check → import the chosen ones, one answer per file. */
export function ReportFilesImport({ preview, commit, maxBatchBytes }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [previews, setPreviews] = useState<FilePreview[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<HistoricalImportResult[]>([]);
  /** The publication date the admin confirms per file (the interchange file has none). */
  const [publishedOn, setPublishedOn] = useState<Record<string, string>>({});
  /** Files whose agency's set-up day the admin agreed to move back to the report's year. */
  const [moveStart, setMoveStart] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();

  const send = async <T,>(action: (data: FormData) => Promise<Answer<T>>, names?: Set<string>): Promise<T[] | null> => {
    const files = [...(input.current?.files ?? [])].filter((file) => !names || names.has(file.name));
    if (!files.length) {
      setMessage({ ok: false, message: "请选择文件" });
      return null;
    }
    const tooBig = files.find((file) => file.size > maxBatchBytes);
    if (tooBig) {
      setMessage({
        ok: false,
        message: `${tooBig.name} 超过 ${Math.floor(maxBatchBytes / 1024)} KB，不是一份年度报告的数据文件`,
      });
      return null;
    }
    const items: T[] = [];
    for (const group of splitIntoBatches(files, maxBatchBytes)) {
      const data = new FormData();
      for (const file of group) data.append("files", file);
      for (const name of names ?? []) data.append("chosen", name);
      for (const file of group) if (names && moveStart.has(file.name)) data.append("moveEstablishment", file.name);
      if (names)
        data.append(
          "publishedOn",
          JSON.stringify(Object.fromEntries(group.map((file) => [file.name, publishedOn[file.name] ?? ""]))),
        );
      const answer = await action(data);
      if (!answer.ok) {
        setMessage({ ok: false, message: answer.message });
        return null;
      }
      items.push(...answer.items);
    }
    return items;
  };

  const check = () =>
    startTransition(async () => {
      setMessage(null);
      setResults([]);
      const items = await send(preview);
      if (!items) return;
      setPreviews(items);
      setPublishedOn({});
      setMoveStart(new Set());
      setChosen(new Set(items.filter((item) => !item.blocked).map((item) => item.name)));
    });
  const importChosen = () =>
    startTransition(async () => {
      const items = await send(commit, chosen);
      if (!items) return;
      setResults(items);
      const imported = items.filter((item) => item.ok).length;
      setMessage({
        ok: imported === items.length,
        message: `已导入 ${imported} 份，失败 ${items.length - imported} 份`,
      });
      setPreviews([]);
    });
  const toggle = (name: string) => setChosen((current) => toggled(current, name));

  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <FileDropZone
          ref={input}
          id="report-data-files"
          label="报告数据文件（.json，可多选）"
          multiple
          accept=".json,application/json"
          onFiles={() => setPreviews([])}
        />
        <Button variant="secondary" onClick={check} disabled={pending}>
          {pending ? "处理中…" : "检查文件"}
        </Button>
      </div>
      <ActionMessage result={message} />
      {previews.length > 0 && (
        <div className="space-y-3">
          <Table label="检查结果">
            <TableHeader>
              <TableRow>
                <TableHead>导入</TableHead>
                <TableHead>文件</TableHead>
                <TableHead>机构 · 年度</TableHead>
                <TableHead className="text-right">错误</TableHead>
                <TableHead className="text-right">警告</TableHead>
                <TableHead>发布日期</TableHead>
                <TableHead>检查结果</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {previews.map((item) => (
                <TableRow key={item.name}>
                  <TableCell>
                    <input
                      type="checkbox"
                      className="mt-1 size-4 accent-brand"
                      aria-label={`导入 ${item.name}`}
                      disabled={Boolean(item.blocked)}
                      checked={chosen.has(item.name)}
                      onChange={() => toggle(item.name)}
                    />
                  </TableCell>
                  <TableCell className="break-all font-mono text-xs">{item.name}</TableCell>
                  <TableCell className="min-w-40">
                    {item.agencyName
                      ? `${item.agencyName} · ${item.year} 年度（${item.format} 版${item.kind === "summary" ? "，汇总" : ""}）`
                      : "—"}
                  </TableCell>
                  <TableCell numeric className={item.errors ? "text-red-700" : undefined}>
                    {item.errors}
                  </TableCell>
                  <TableCell numeric className={item.warnings ? "text-amber-800" : undefined}>
                    {item.warnings}
                  </TableCell>
                  <TableCell>
                    <Input
                      type="date"
                      aria-label={`发布日期 ${item.name}`}
                      disabled={Boolean(item.blocked)}
                      value={publishedOn[item.name] ?? ""}
                      onChange={(event) =>
                        setPublishedOn((current) => ({ ...current, [item.name]: event.target.value }))
                      }
                      className="w-40"
                    />
                  </TableCell>
                  <TableCell className="min-w-56">
                    {item.blocked && (
                      <span className="flex items-start gap-1 font-medium text-red-700">
                        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                        不能导入：{item.blocked}
                      </span>
                    )}
                    {item.moveEstablishment && (
                      <span className="mb-1 block rounded-md border border-amber-300 bg-amber-50 p-1.5 text-xs text-amber-900">
                        {item.moveEstablishment}
                        <label className="mt-1 flex items-center gap-1 font-medium">
                          <input
                            type="checkbox"
                            className="accent-brand"
                            checked={moveStart.has(item.name)}
                            onChange={() => setMoveStart((current) => toggled(current, item.name))}
                          />
                          将成立日期提前到 {item.year}年1月1日
                        </label>
                      </span>
                    )}
                    {item.messages.map((text, index) => (
                      <span key={index} className="block text-xs text-slate-700">
                        {text}
                      </span>
                    ))}
                    {!item.blocked && !item.messages.length && <span className="text-emerald-800">✓ 无错误和警告</span>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <p className="text-xs text-slate-600">
            发布日期：请按原报告上印的日期填写（该报告公开页面、报送进度和是否逾期都以此为准）；留空则以导入当天为发布日期。
          </p>
          <Button onClick={importChosen} disabled={pending || chosen.size === 0}>
            导入所选的 {chosen.size} 份报告
          </Button>
        </div>
      )}
      {results.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="导入结果">
          {results.map((result) => (
            <li key={result.name} className={result.ok ? "text-emerald-800" : "text-red-700"}>
              {result.ok ? "✓" : "⚠"} {result.name}：{result.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function toggled(current: Set<string>, name: string): Set<string> {
  const next = new Set(current);
  if (next.has(name)) next.delete(name);
  else next.add(name);
  return next;
}
