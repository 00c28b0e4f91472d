"use client";

import { useRef, useState, useTransition } from "react";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import type { AgencyImportPreview } from "@/lib/server/imports/preview-agency-import";
import { AGENCY_KIND_LABELS } from "@/lib/labels";

type Props = {
  preview: (data: FormData) => Promise<AgencyImportPreview>;
  commit: (data: FormData) => Promise<ActionResult>;
};

/** Upload → preview with each row's errors → import (the same file again, checked again on the server). */
export function AgencyImportForm({ preview, commit }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState<AgencyImportPreview | null>(null);
  const [done, setDone] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const readFile = (): FormData | null => {
    const file = input.current?.files?.[0];
    if (!file) {
      setShown({ ok: false, message: "请选择文件" });
      return null;
    }
    const data = new FormData();
    data.set("file", file);
    return data;
  };
  const previewFile = () => {
    const data = readFile();
    setDone(null);
    if (data) startTransition(async () => setShown(await preview(data)));
  };
  const importFile = () => {
    const data = readFile();
    if (!data) return;
    startTransition(async () => {
      const answer = await commit(data);
      setDone(answer);
      if (answer.ok) {
        setShown(null);
        if (input.current) input.current.value = "";
      }
    });
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          机构列表文件
          <input
            ref={input}
            type="file"
            name="file"
            accept=".csv,.xlsx,.txt"
            className="mt-1 block text-sm"
            onChange={() => setShown(null)}
          />
        </label>
        <button
          type="button"
          onClick={previewFile}
          disabled={pending}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60"
        >
          {pending ? "处理中…" : "预览"}
        </button>
      </div>
      <ActionMessage result={done} />
      {shown && !shown.ok && <ActionMessage result={{ ok: false, message: shown.message }} />}
      {shown?.ok && (
        <div className="space-y-3">
          <p className="text-sm" role="status">
            共 {shown.rows.length} 行，
            {shown.errorCount ? (
              <span className="text-red-700">⚠ {shown.errorCount} 行有错误，请修改文件后重新预览</span>
            ) : (
              "全部无误"
            )}
          </p>
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th className="px-2 py-1">行</th>
                <th className="px-2 py-1">名称</th>
                <th className="px-2 py-1">代码</th>
                <th className="px-2 py-1">类型</th>
                <th className="px-2 py-1">上级</th>
                <th className="px-2 py-1">问题</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row) => (
                <tr key={row.line} className={`border-b border-slate-200 ${row.errors.length ? "bg-red-50" : ""}`}>
                  <td className="px-2 py-1 tabular-nums">{row.line}</td>
                  <td className="px-2 py-1">{row.name}</td>
                  <td className="px-2 py-1 font-mono text-xs">
                    {row.code}
                    {row.codeSuggested && <span className="text-slate-500">（自动）</span>}
                  </td>
                  <td className="px-2 py-1">{row.kind ? AGENCY_KIND_LABELS[row.kind] : ""}</td>
                  <td className="px-2 py-1">
                    {row.parent}
                    {row.parentLine && <span className="text-slate-500">（第 {row.parentLine} 行）</span>}
                  </td>
                  <td className="px-2 py-1 text-red-700">
                    {row.errors.map((error) => (
                      <span key={error} className="block">
                        ⚠ {error}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.errorCount === 0 && (
            <button
              type="button"
              onClick={importFile}
              disabled={pending}
              className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
            >
              导入 {shown.rows.length} 个机构
            </button>
          )}
        </div>
      )}
    </div>
  );
}
