"use client";

import { useRef, useState, useTransition } from "react";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import type { AgencyImportPreview } from "@/lib/server/imports/preview-agency-import";
import { AGENCY_KIND_LABELS } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { FileDropZone } from "@/components/ui/file-drop-zone";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

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
      <div className="space-y-3">
        <FileDropZone
          ref={input}
          id="agency-file"
          name="file"
          label="机构列表文件"
          hint="CSV 或 Excel（.xlsx）文件"
          accept=".csv,.xlsx,.txt"
          onFiles={() => setShown(null)}
        />
        <Button variant="secondary" onClick={previewFile} disabled={pending}>
          {pending ? "处理中…" : "预览"}
        </Button>
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
          <Table label="导入预览">
            <TableHeader>
              <TableRow>
                <TableHead>行</TableHead>
                <TableHead>名称</TableHead>
                <TableHead>代码</TableHead>
                <TableHead>类型</TableHead>
                <TableHead>上级</TableHead>
                <TableHead>问题</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.rows.map((row) => (
                <TableRow key={row.line} className={row.errors.length ? "bg-red-50" : undefined}>
                  <TableCell numeric>{row.line}</TableCell>
                  <TableCell className="min-w-36">{row.name}</TableCell>
                  <TableCell className="font-mono text-xs">
                    {row.code}
                    {row.codeSuggested && <span className="text-slate-600">（自动）</span>}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{row.kind ? AGENCY_KIND_LABELS[row.kind] : ""}</TableCell>
                  <TableCell className="min-w-28">
                    {row.parent}
                    {row.parentLine && <span className="text-slate-600">（第 {row.parentLine} 行）</span>}
                  </TableCell>
                  <TableCell className="min-w-40 text-red-700">
                    {row.errors.map((error) => (
                      <span key={error} className="block">
                        ⚠ {error}
                      </span>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {shown.errorCount === 0 && (
            <Button onClick={importFile} disabled={pending}>
              导入 {shown.rows.length} 个机构
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
