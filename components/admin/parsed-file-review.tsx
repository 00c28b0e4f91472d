"use client";

import Link from "next/link";
import { Fragment, useId } from "react";
import { CircleAlert } from "lucide-react";
import { ActionMessage } from "@/components/review/action-message";
import { Button } from "@/components/ui/button";
import { CardTitle, cardClass } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { ParsedCellView, ParsedReportPreview } from "@/lib/server/imports/read-report-upload";
import { CellGrid } from "./parsed-cell-grid";

/** What importing one file answered: imported (with where it is now), or why not. */
export type FileImportResult =
  { ok: true; message: string; agencyCode: string; year: number } | { ok: false; message: string; errors: string[] };

type ReviewProps = {
  item: ParsedReportPreview;
  corrections: Record<string, string>;
  result: FileImportResult | null;
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
export function printedDate(item: ParsedReportPreview): string {
  const value = item.metadata.find((field) => field.label === "发布日期")?.value ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
}

/** One file's reading beside its source: metadata, problems, the cells to correct, and its own import. */
export function FileReview({
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
    <section aria-labelledby={headingId} className={cardClass}>
      <CardTitle id={headingId} className="mb-2 break-all text-lg">
        {item.name}
      </CardTitle>
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
      {item.blocked && (
        <p className="my-2 flex items-start gap-1 font-medium text-red-700">
          <CircleAlert aria-hidden className="mt-1 size-4 shrink-0" />
          不能导入：{item.blocked}
        </p>
      )}
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
            <Input
              type="date"
              value={publishedOn}
              onChange={(event) => onPublishedOn(event.target.value)}
              className="w-40"
            />
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              checked={moveStart}
              onChange={(event) => onMoveStart(event.target.checked)}
            />
            如报告年度早于机构记录的成立日期，将成立日期提前到该年度
          </label>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {item.cells.length > 0 && !imported && (
          <Button variant="secondary" onClick={onRecheck} disabled={pending}>
            按更正重新检查
          </Button>
        )}
        {!imported && (
          <Button onClick={onImport} disabled={pending || item.cells.length === 0}>
            导入为已发布报告
          </Button>
        )}
        {Object.keys(corrections).length > 0 && !imported && (
          <span className="text-sm text-slate-700">已更正 {Object.keys(corrections).length} 格</span>
        )}
      </div>
      {result && (
        <div className="mt-2 space-y-2">
          <ActionMessage
            result={
              result.ok
                ? { ok: true, message: result.message }
                : { ok: false, message: result.message, problems: result.errors }
            }
          />
          {result.ok && (
            <Link
              href={`/reports/${result.year}/${result.agencyCode}`}
              className="text-sm text-blue-700 underline underline-offset-2"
            >
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
    <div className="max-h-[40rem] overflow-auto rounded-md border border-slate-200 bg-slate-50 p-2">
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
