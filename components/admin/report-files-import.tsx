"use client";

import { useRef, useState, useTransition } from "react";
import { ActionMessage } from "@/components/review/action-message";
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
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          报告数据文件（.json，可多选）
          <input
            ref={input}
            type="file"
            multiple
            accept=".json,application/json"
            className="mt-1 block text-sm"
            onChange={() => setPreviews([])}
          />
        </label>
        <button
          type="button"
          onClick={check}
          disabled={pending}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60"
        >
          {pending ? "处理中…" : "检查文件"}
        </button>
      </div>
      <ActionMessage result={message} />
      {previews.length > 0 && (
        <div className="space-y-3">
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th className="px-2 py-1">导入</th>
                <th className="px-2 py-1">文件</th>
                <th className="px-2 py-1">机构 · 年度</th>
                <th className="px-2 py-1 text-right">错误</th>
                <th className="px-2 py-1 text-right">警告</th>
                <th className="px-2 py-1">发布日期</th>
                <th className="px-2 py-1">检查结果</th>
              </tr>
            </thead>
            <tbody>
              {previews.map((item) => (
                <tr key={item.name} className="border-b border-slate-200 align-top">
                  <td className="px-2 py-1">
                    <input
                      type="checkbox"
                      aria-label={`导入 ${item.name}`}
                      disabled={Boolean(item.blocked)}
                      checked={chosen.has(item.name)}
                      onChange={() => toggle(item.name)}
                    />
                  </td>
                  <td className="px-2 py-1 font-mono text-xs">{item.name}</td>
                  <td className="px-2 py-1">
                    {item.agencyName
                      ? `${item.agencyName} · ${item.year} 年度（${item.format} 版${item.kind === "summary" ? "，汇总" : ""}）`
                      : "—"}
                  </td>
                  <td className={`px-2 py-1 text-right tabular-nums ${item.errors ? "text-red-700" : ""}`}>
                    {item.errors}
                  </td>
                  <td className={`px-2 py-1 text-right tabular-nums ${item.warnings ? "text-amber-800" : ""}`}>
                    {item.warnings}
                  </td>
                  <td className="px-2 py-1">
                    <input
                      type="date"
                      aria-label={`发布日期 ${item.name}`}
                      disabled={Boolean(item.blocked)}
                      value={publishedOn[item.name] ?? ""}
                      onChange={(event) =>
                        setPublishedOn((current) => ({ ...current, [item.name]: event.target.value }))
                      }
                      className="rounded border border-slate-300 px-2 py-1 text-sm"
                    />
                  </td>
                  <td className="px-2 py-1">
                    {item.blocked && <span className="block font-medium text-red-700">⚠ 不能导入：{item.blocked}</span>}
                    {item.moveEstablishment && (
                      <span className="mb-1 block rounded border border-amber-300 bg-amber-50 p-1.5 text-xs text-amber-900">
                        {item.moveEstablishment}
                        <label className="mt-1 flex items-center gap-1 font-medium">
                          <input
                            type="checkbox"
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-xs text-slate-600">
            发布日期：请按原报告上印的日期填写（该报告公开页面、报送进度和是否逾期都以此为准）；留空则以导入当天为发布日期。
          </p>
          <button
            type="button"
            onClick={importChosen}
            disabled={pending || chosen.size === 0}
            className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
          >
            导入所选的 {chosen.size} 份报告
          </button>
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
