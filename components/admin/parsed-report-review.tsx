"use client";

import Link from "next/link";
import { Fragment, useId, useState, useTransition } from "react";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import type { ParsedImportResult } from "@/lib/server/admin/import-parsed-report";
import type {
  ParsedCellView,
  ParsedPreviewAnswer,
  ParsedReportPreview,
} from "@/lib/server/admin/preview-parsed-reports";
import { splitIntoBatches } from "./upload-batches";

type Corrections = Record<string, Record<string, string>>;
type Props = {
  preview: (data: FormData) => Promise<ParsedPreviewAnswer>;
  commit: (data: FormData) => Promise<ParsedImportResult>;
  maxBatchBytes: number;
  accept: string;
};

/** Upload published report texts → each parsed report beside its source, cells correctable → import. */
export function ParsedReportReview({ preview, commit, maxBatchBytes, accept }: Props) {
  const [files, setFiles] = useState<File[]>([]);
  const [previews, setPreviews] = useState<ParsedReportPreview[]>([]);
  const [corrections, setCorrections] = useState<Corrections>({});
  const [results, setResults] = useState<Record<string, ParsedImportResult>>({});
  // The publication date as the admin confirms it (prefilled with the date the parser read) and
  // whether an agency's recorded set-up day may move back to the report's year.
  const [publishedOn, setPublishedOn] = useState<Record<string, string>>({});
  const [moveStart, setMoveStart] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();

  const check = () =>
    startTransition(async () => {
      setMessage(null);
      setResults({});
      setCorrections({});
      if (!files.length) return setMessage({ ok: false, message: "请选择文件" });
      const tooBig = files.find((file) => file.size > maxBatchBytes);
      if (tooBig)
        return setMessage({ ok: false, message: `${tooBig.name} 超过 ${Math.floor(maxBatchBytes / 1024)} KB` });
      const items: ParsedReportPreview[] = [];
      for (const group of splitIntoBatches(files, maxBatchBytes)) {
        const data = new FormData();
        for (const file of group) data.append("files", file);
        const answer = await preview(data);
        if (!answer.ok) return setMessage({ ok: false, message: answer.message });
        items.push(...answer.items);
      }
      setPreviews(items);
    });

  const recheck = (name: string) =>
    startTransition(async () => {
      const file = files.find((candidate) => candidate.name === name);
      if (!file) return;
      const data = new FormData();
      data.append("files", file);
      data.append("corrections", JSON.stringify({ [name]: corrections[name] ?? {} }));
      const answer = await preview(data);
      if (!answer.ok) return setMessage({ ok: false, message: answer.message });
      setPreviews((current) => current.map((item) => answer.items.find((fresh) => fresh.name === item.name) ?? item));
    });

  const importFile = (name: string) =>
    startTransition(async () => {
      const file = files.find((candidate) => candidate.name === name);
      if (!file) return;
      const data = new FormData();
      data.append("file", file);
      data.append("corrections", JSON.stringify({ [name]: corrections[name] ?? {} }));
      const preview = previews.find((item) => item.name === name);
      data.append("publishedOn", publishedOn[name] ?? (preview ? printedDate(preview) : ""));
      if (moveStart[name]) data.append("moveEstablishment", "1");
      const result = await commit(data);
      setResults((current) => ({ ...current, [name]: result }));
      if (!result.ok) recheck(name);
    });

  const correct = (name: string, cell: ParsedCellView, value: string) =>
    setCorrections((current) => {
      const own = { ...current[name] };
      if (value === cell.parsedValue) delete own[cell.key];
      else own[cell.key] = value;
      return { ...current, [name]: own };
    });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          报告原文（.txt、.html、.htm、.docx，可多选）
          <input
            type="file"
            multiple
            accept={accept}
            className="mt-1 block text-sm"
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              setPreviews([]);
            }}
          />
        </label>
        <button
          type="button"
          onClick={check}
          disabled={pending}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60"
        >
          {pending ? "处理中…" : "识别文件"}
        </button>
      </div>
      <ActionMessage result={message} />
      {previews.map((item) => (
        <FileReview
          key={item.name}
          item={item}
          corrections={corrections[item.name] ?? {}}
          result={results[item.name] ?? null}
          pending={pending}
          onCorrect={(cell, value) => correct(item.name, cell, value)}
          onRecheck={() => recheck(item.name)}
          onImport={() => importFile(item.name)}
          publishedOn={publishedOn[item.name] ?? printedDate(item)}
          onPublishedOn={(day) => setPublishedOn((current) => ({ ...current, [item.name]: day }))}
          moveStart={moveStart[item.name] ?? false}
          onMoveStart={(move) => setMoveStart((current) => ({ ...current, [item.name]: move }))}
        />
      ))}
    </div>
  );
}

type ReviewProps = {
  item: ParsedReportPreview;
  corrections: Record<string, string>;
  result: ParsedImportResult | null;
  pending: boolean;
  onCorrect: (cell: ParsedCellView, value: string) => void;
  onRecheck: () => void;
  onImport: () => void;
  publishedOn: string;
  onPublishedOn: (day: string) => void;
  moveStart: boolean;
  onMoveStart: (move: boolean) => void;
};

/** The publication date the parser read ("2021-01-20"), or "" when the source prints none. */
function printedDate(item: ParsedReportPreview): string {
  const value = item.metadata.find((field) => field.label === "发布日期")?.value ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
}

function FileReview({
  item,
  corrections,
  result,
  pending,
  onCorrect,
  onRecheck,
  onImport,
  publishedOn,
  onPublishedOn,
  moveStart,
  onMoveStart,
}: ReviewProps) {
  const headingId = useId();
  const errors = item.violations.filter((violation) => violation.level === "error");
  const warnings = item.violations.filter((violation) => violation.level === "warning");
  const guessed = item.cells.filter((cell) => cell.status === "guessed").length;
  const missing = item.cells.filter((cell) => cell.status === "missing").length;
  const imported = result?.ok === true;
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-300 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {item.name}
      </h2>
      <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">机构</dt>
        <dd>
          {item.agencyName ?? "（未识别）"}
          {item.region ? `（${item.region}）` : ""}
        </dd>
        <dt className="text-slate-600">年度</dt>
        <dd>{item.year ?? "（未识别）"}</dd>
        <dt className="text-slate-600">格式</dt>
        <dd>{item.format ? `${item.format} 版${item.kind === "summary" ? "（汇总报告）" : ""}` : "（未识别）"}</dd>
        {item.metadata
          .filter((field) => ["标题", "发布日期", "来源网址"].includes(field.label))
          .map((field) => (
            <Fragment key={field.label}>
              <dt className="text-slate-600">{field.label}</dt>
              <dd>
                {field.value ?? "（原文中没有）"}
                {field.status !== "found" && (
                  <span className={field.status === "guessed" ? "ml-1 text-amber-800" : "ml-1 text-red-700"}>
                    （{field.status === "guessed" ? "推测" : "缺失"}
                    {field.note ? `：${field.note}` : ""}）
                  </span>
                )}
              </dd>
            </Fragment>
          ))}
        <dt className="text-slate-600">识别结果</dt>
        <dd>
          共 {item.cells.length} 格，推测 <span className={guessed ? "font-medium text-amber-800" : ""}>{guessed}</span>{" "}
          格，原文中没有 <span className={missing ? "font-medium text-red-700" : ""}>{missing}</span> 格
        </dd>
        <dt className="text-slate-600">检查结果</dt>
        <dd>
          <span className={errors.length ? "text-red-700" : ""}>错误 {errors.length}</span>，
          <span className={warnings.length ? "text-amber-800" : ""}>警告 {warnings.length}</span>
        </dd>
      </dl>
      {item.blocked && <p className="my-2 font-medium text-red-700">⚠ 不能导入：{item.blocked}</p>}
      {item.problems.length > 0 && (
        <div className="my-2 text-sm">
          <p className="font-medium">识别时发现的问题</p>
          <ul className="list-disc pl-5 text-slate-700">
            {item.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {item.correctionErrors.length > 0 && (
        <ul role="alert" className="my-2 list-disc pl-5 text-sm text-red-700">
          {item.correctionErrors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      )}
      {item.violations.length > 0 && (
        <details className="my-2 text-sm">
          <summary className="cursor-pointer">按格式规则检查的错误和警告（{item.violations.length}）</summary>
          <ul className="mt-1 list-disc pl-5">
            {item.violations.map((violation, index) => (
              <li key={index} className={violation.level === "error" ? "text-red-700" : "text-amber-800"}>
                {violation.level === "error" ? "错误" : "警告"}：{violation.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {item.cells.length > 0 && (
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <SourceText text={item.sourceText} />
          <div className="max-h-[40rem] overflow-auto">
            <CellGrid cells={item.cells} corrections={corrections} disabled={imported} onCorrect={onCorrect} />
          </div>
        </div>
      )}
      {!imported && item.cells.length > 0 && (
        <div className="mt-3 flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-2">
            发布日期（按原文；留空则为今天）
            <input
              type="date"
              value={publishedOn}
              onChange={(event) => onPublishedOn(event.target.value)}
              className="rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={moveStart} onChange={(event) => onMoveStart(event.target.checked)} />
            如报告年度早于机构记录的成立日期，将成立日期提前到该年度
          </label>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {item.cells.length > 0 && !imported && (
          <button
            type="button"
            onClick={onRecheck}
            disabled={pending}
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60"
          >
            按更正重新检查
          </button>
        )}
        {!imported && (
          <button
            type="button"
            onClick={onImport}
            disabled={pending || item.cells.length === 0}
            className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
          >
            导入为已发布报告
          </button>
        )}
        {Object.keys(corrections).length > 0 && !imported && (
          <span className="text-sm text-slate-700">已更正 {Object.keys(corrections).length} 格</span>
        )}
      </div>
      {result && (
        <div className="mt-2">
          <ActionMessage
            result={
              result.ok
                ? { ok: true, message: result.message }
                : { ok: false, message: result.message, problems: result.errors }
            }
          />
          {result.ok && (
            <Link href={`/reports/${result.year}/${result.agencyCode}`} className="text-sm text-blue-700 underline">
              查看公开的报告
            </Link>
          )}
        </div>
      )}
    </section>
  );
}

function SourceText({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <div className="max-h-[40rem] overflow-auto rounded border border-slate-200 bg-slate-50 p-2">
      <p className="mb-1 text-xs font-medium text-slate-600">原文（左侧为行号）</p>
      <ol aria-label="原文" className="font-mono text-xs leading-5">
        {lines.map((line, index) => (
          <li key={index} className="flex gap-2 whitespace-pre-wrap break-all">
            <span aria-hidden className="w-8 shrink-0 select-none text-right text-slate-400">
              {index + 1}
            </span>
            <span>{line.replace(/\t/g, "  ")}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The part of a cell label before the column: "（七）总计·自然人" → "（七）总计". */
function splitLabel(label: string): [string, string] {
  const at = label.lastIndexOf("·");
  return at === -1 ? [label, ""] : [label.slice(0, at), label.slice(at + 1)];
}

type GridProps = {
  cells: ParsedCellView[];
  corrections: Record<string, string>;
  disabled: boolean;
  onCorrect: (cell: ParsedCellView, value: string) => void;
};

/** The cells in the format's order, one table per table of the format, rows down and columns across. */
function CellGrid({ cells, corrections, disabled, onCorrect }: GridProps) {
  const tables: { key: string; title: string; cells: ParsedCellView[] }[] = [];
  for (const cell of cells) {
    const last = tables.at(-1);
    if (last?.key === cell.table) last.cells.push(cell);
    else tables.push({ key: cell.table, title: cell.tableTitle, cells: [cell] });
  }
  return (
    <div className="space-y-4">
      {tables.map((table) => {
        const columns = [...new Map(table.cells.map((cell) => [cell.column, splitLabel(cell.label)[1]])).entries()];
        const rows: { key: string; label: string; cells: Map<string, ParsedCellView> }[] = [];
        for (const cell of table.cells) {
          const last = rows.at(-1);
          if (last?.key === cell.row) last.cells.set(cell.column, cell);
          else rows.push({ key: cell.row, label: splitLabel(cell.label)[0], cells: new Map([[cell.column, cell]]) });
        }
        return (
          <table key={table.key} className="w-full border-collapse text-xs">
            <caption className="py-1 text-left text-sm font-medium">{table.title}</caption>
            <thead>
              <tr className="bg-slate-100">
                <th className="border border-slate-300 px-1 py-0.5 text-left">项目</th>
                {columns.map(([key, label]) => (
                  <th key={key} className="border border-slate-300 px-1 py-0.5">
                    {label || key}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="border border-slate-300 px-1 py-0.5 text-left font-normal">
                    {row.label}
                  </th>
                  {columns.map(([column]) => {
                    const cell = row.cells.get(column);
                    return (
                      <td key={column} className="border border-slate-300 p-0.5 align-top">
                        {cell && (
                          <CellInput
                            cell={cell}
                            value={corrections[cell.key]}
                            disabled={disabled}
                            onCorrect={onCorrect}
                          />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

type CellProps = {
  cell: ParsedCellView;
  value: string | undefined;
  disabled: boolean;
  onCorrect: (cell: ParsedCellView, value: string) => void;
};

function CellInput({ cell, value, disabled, onCorrect }: CellProps) {
  const noteId = useId();
  const corrected = value !== undefined;
  const tone = cell.error
    ? "border-red-600 bg-red-50"
    : corrected
      ? "border-blue-600 bg-blue-50"
      : cell.status === "guessed"
        ? "border-amber-500 bg-amber-100"
        : cell.status === "missing"
          ? "border-red-400 bg-red-100"
          : "border-slate-300 bg-white";
  const note =
    cell.error ?? (cell.status !== "found" ? (cell.note ?? (cell.status === "missing" ? "原文中没有" : "推测")) : null);
  return (
    <div title={`${cell.label} · ${cell.source}${cell.raw !== null ? `：“${cell.raw}”` : ""}`}>
      <div className="flex items-center gap-0.5">
        <input
          aria-label={cell.label}
          aria-describedby={note ? noteId : undefined}
          aria-invalid={cell.error ? true : undefined}
          data-cell={cell.key}
          data-status={cell.status}
          inputMode={cell.unit ? "decimal" : "numeric"}
          disabled={disabled}
          value={value ?? cell.value}
          onChange={(event) => onCorrect(cell, event.target.value)}
          className={`w-full min-w-14 rounded border px-1 py-0.5 text-right tabular-nums ${tone}`}
        />
        {cell.unit && <span className="text-slate-600">{cell.unit}</span>}
      </div>
      {note && (
        <p
          id={noteId}
          className={`mt-0.5 text-[11px] leading-4 ${cell.error || cell.status === "missing" ? "text-red-700" : "text-amber-800"}`}
        >
          {note}
        </p>
      )}
    </div>
  );
}
