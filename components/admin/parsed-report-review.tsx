"use client";

import { useEffect, useRef, useState } from "react";
import { ActionMessage } from "@/components/review/action-message";
import { Button } from "@/components/ui/button";
import { FileDropZone } from "@/components/ui/file-drop-zone";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import type { ImportAgency, ReportUploadPreview } from "@/lib/server/imports/preview-report-upload";
import type { ReportUploadImportResult } from "@/lib/server/imports/import-report-upload";
import { collectReportFiles } from "./collect-report-files";
import { FileReview, type FileImportResult } from "./parsed-file-review";
import { sendReportFile } from "./send-report-file";
import { UploadQueueRow } from "./upload-queue-row";
import { applyReading, isReadyToImport, toImportTarget, type QueueItem } from "./upload-queue-item";

type Props = {
  /** The route that reads one file, and the one that imports one file. */
  readUrl: string;
  importUrl: string;
  accept: string;
  agencies: ImportAgency[];
};

type ReadAnswer = { ok: true; preview: ReportUploadPreview } | { ok: false; message: string };
/** Files read at once: the server reads PDFs on its processor; two keep it busy without queueing others. */
const PARALLEL_READS = 2;

/**
 * Many report files or one zip → each sent to the server on its own (progress and state per file)
 * → matched to an agency, confirmed or changed, with its publication date → the side-by-side
 * review of any file → "import all confirmed", one file after another, each all or nothing.
 */
export function ParsedReportReview({ readUrl, importUrl, accept, agencies: initialAgencies }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<QueueItem[]>([]);
  const [agencies, setAgencies] = useState(initialAgencies);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<ActionResult | null>(null);
  const [phase, setPhase] = useState<"idle" | "reading" | "importing">("idle");
  // The import loop reads each file's latest choices after the previous file's answer re-rendered.
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });
  const governments = agencies.filter((agency) => agency.kind === "GOVERNMENT" && agency.active);

  const update = (name: string, patch: Partial<QueueItem> | ((item: QueueItem) => Partial<QueueItem>)) =>
    setItems((current) =>
      current.map((item) =>
        item.name === name ? { ...item, ...(typeof patch === "function" ? patch(item) : patch) } : item,
      ),
    );

  const readOne = async (item: QueueItem) => {
    update(item.name, { state: "uploading", sent: 0, message: null });
    const form = new FormData();
    form.append("file", new File([item.file], item.name));
    form.append("corrections", JSON.stringify(item.corrections));
    const answer = await sendReportFile<ReadAnswer>(readUrl, form, (sent) =>
      update(item.name, { state: sent < 1 ? "uploading" : "reading", sent }),
    );
    if (!answer.ok) return update(item.name, { state: "failed", message: answer.message });
    update(item.name, (current) => applyReading(current, answer.preview, governments));
  };

  const readAll = async () => {
    setMessage(null);
    const chosen = await collectReportFiles([...(input.current?.files ?? [])]);
    if ("refused" in chosen) return setMessage({ ok: false, message: chosen.refused });
    if (!chosen.length) return setMessage({ ok: false, message: "请选择文件" });
    const queue: QueueItem[] = chosen.map((file) => ({
      name: file.name,
      file: file.file,
      state: file.refused ? "failed" : "waiting",
      sent: 0,
      message: file.refused,
      preview: null,
      target: { kind: "none" },
      confirmed: false,
      publishedOn: "",
      moveStart: false,
      needsMove: false,
      corrections: {},
      imported: null,
    }));
    setItems(queue);
    setOpen(new Set(queue.length === 1 ? [queue[0]!.name] : []));
    setPhase("reading");
    const waiting = queue.filter((item) => item.state === "waiting");
    let next = 0;
    const worker = async () => {
      while (next < waiting.length) await readOne(waiting[next++]!);
    };
    await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
    setPhase("idle");
  };

  const importOne = async (name: string): Promise<boolean> => {
    const item = itemsRef.current.find((candidate) => candidate.name === name);
    const target = item ? toImportTarget(item.target) : null;
    if (!item || !target) {
      update(name, { message: "请选择机构，或新建机构" });
      return false;
    }
    update(name, { state: "importing", message: null });
    const form = new FormData();
    form.append("file", new File([item.file], item.name));
    form.append("corrections", JSON.stringify(item.corrections));
    form.append("target", JSON.stringify(target));
    form.append("publishedOn", item.publishedOn);
    if (item.moveStart) form.append("moveEstablishment", "1");
    const result = await sendReportFile<ReportUploadImportResult>(importUrl, form, () => undefined);
    if (!result.ok) {
      update(name, {
        state: "read",
        message: result.message,
        needsMove: "needsMove" in result && Boolean(result.needsMove),
      });
      return false;
    }
    update(name, {
      state: "imported",
      imported: { agencyCode: result.agencyCode, year: result.year, agencyName: result.agencyName },
    });
    if (result.agencyCreated && item.target.kind === "new") {
      // Later files of the new agency go to it rather than creating it twice.
      const created: ImportAgency = {
        id: result.agencyId,
        name: result.agencyName,
        formerNames: [],
        kind: item.target.agencyKind,
        level: null,
        active: true,
        establishedOn: null,
      };
      setAgencies((current) => [...current, created]);
      const createdName = item.target.name.trim();
      setItems((current) =>
        current.map((other) =>
          other.target.kind === "new" && other.target.name.trim() === createdName
            ? { ...other, target: { kind: "agency", agencyId: result.agencyId } }
            : other,
        ),
      );
      itemsRef.current = itemsRef.current.map((other) =>
        other.target.kind === "new" && other.target.name.trim() === createdName
          ? { ...other, target: { kind: "agency", agencyId: result.agencyId } }
          : other,
      );
    }
    return true;
  };

  const importConfirmed = async () => {
    const names = items.filter(isReadyToImport).map((item) => item.name);
    if (!names.length) return setMessage({ ok: false, message: "没有已确认的文件：请先确认每个文件的机构" });
    setMessage(null);
    setPhase("importing");
    let imported = 0;
    for (const name of names) if (await importOne(name)) imported++;
    setPhase("idle");
    setMessage({
      ok: imported === names.length,
      message: `已导入 ${imported} 份${imported < names.length ? `，${names.length - imported} 份未导入（原因见各文件）` : ""}`,
    });
  };

  const recheck = async (name: string) => {
    const item = itemsRef.current.find((candidate) => candidate.name === name);
    if (item) await readOne(item);
  };

  const done = items.filter((item) => !["waiting", "uploading", "reading"].includes(item.state)).length;
  const imported = items.filter((item) => item.state === "imported").length;
  const ready = items.filter(isReadyToImport).length;
  const busy = phase !== "idle";
  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <FileDropZone
          ref={input}
          id="report-source-files"
          label="报告原文（.pdf、.doc、.docx、.html、.htm、.md、.txt，可多选；或一个 .zip 压缩包）"
          multiple
          accept={accept}
          disabled={busy}
        />
        <Button variant="secondary" onClick={() => void readAll()} disabled={busy}>
          识别文件
        </Button>
      </div>
      <ActionMessage result={message} />
      {items.length > 0 && (
        <div className="space-y-2">
          <label className="flex items-center gap-2 text-sm">
            {phase === "importing" ? `已导入 ${imported} 份` : `已处理 ${done} / ${items.length} 个文件`}
            <progress
              aria-label={phase === "importing" ? "导入进度" : "读取进度"}
              max={phase === "importing" ? Math.max(ready + imported, 1) : items.length}
              value={phase === "importing" ? imported : done}
              className="h-2 w-48 accent-brand"
            />
          </label>
          <Table label="上传的文件" className="min-w-[56rem]">
            <TableHeader>
              <TableRow>
                <TableHead>文件</TableHead>
                <TableHead>状态</TableHead>
                <TableHead>年度</TableHead>
                <TableHead>机构</TableHead>
                <TableHead>发布日期</TableHead>
                <TableHead>核对</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <UploadQueueRow
                  key={item.name}
                  item={item}
                  agencies={agencies}
                  governments={governments}
                  open={open.has(item.name)}
                  busy={busy}
                  onChange={(patch) => update(item.name, patch)}
                  onToggleReview={() => setOpen((current) => toggled(current, item.name))}
                />
              ))}
            </TableBody>
          </Table>
          <p className="text-xs text-slate-600">
            发布日期按原报告上印的日期填写（已按原文预填；留空则以导入当天为发布日期）。名称一致的机构已自动确认，名称相近的请核对后确认。
          </p>
          <Button onClick={() => void importConfirmed()} disabled={busy || ready === 0}>
            导入全部已确认的 {ready} 份报告
          </Button>
        </div>
      )}
      {items
        .filter((item) => open.has(item.name) && item.preview)
        .map((item) => (
          <FileReview
            key={item.name}
            item={item.preview!}
            corrections={item.corrections}
            result={reviewResult(item)}
            pending={busy || item.state === "importing"}
            onCorrect={(cell, value) =>
              update(item.name, (current) => {
                const own = { ...current.corrections };
                if (value === cell.parsedValue) delete own[cell.key];
                else own[cell.key] = value;
                return { corrections: own };
              })
            }
            onRecheck={() => void recheck(item.name)}
            onImport={() => void importOne(item.name)}
            publishedOn={item.publishedOn}
            onPublishedOn={(day) => update(item.name, { publishedOn: day })}
            moveStart={item.moveStart}
            onMoveStart={(move) => update(item.name, { moveStart: move })}
          />
        ))}
    </div>
  );
}

function reviewResult(item: QueueItem): FileImportResult | null {
  if (item.state === "imported" && item.imported) {
    const { agencyName, agencyCode, year } = item.imported;
    return { ok: true, message: `已导入 ${agencyName} ${year} 年度报告`, agencyCode, year };
  }
  if (item.state === "read" && item.message) return { ok: false, message: item.message, errors: [] };
  return null;
}

function toggled(current: Set<string>, name: string): Set<string> {
  const next = new Set(current);
  if (next.has(name)) next.delete(name);
  else next.add(name);
  return next;
}
