"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/input";
import type { ImportAgency } from "@/lib/server/imports/preview-report-upload";
import { PROPOSE_SCORE } from "@/lib/server/imports/agency-match-scores";
import { setUpQuestion, type QueueItem, type QueueTarget } from "./upload-queue-item";

type Props = {
  item: QueueItem;
  agencies: readonly ImportAgency[];
  governments: readonly ImportAgency[];
  open: boolean;
  busy: boolean;
  onChange: (patch: Partial<QueueItem>) => void;
  onToggleReview: () => void;
};

// The table (components/ui/table) pads its cells; the controls are the kit's, one size smaller to
// keep a row of many files short. Native selects: their options come in groups.
const cell = "align-top";
const input = cn(inputClass, "h-8 w-auto py-1");
const KIND_LABELS = { DEPARTMENT: "部门", TOWNSHIP: "乡镇、街道", GOVERNMENT: "人民政府" } as const;
const LEVEL_LABELS = { PROVINCE: "省级", CITY: "市级", COUNTY: "县级" } as const;

function describeState(item: QueueItem): { text: string; tone: string } {
  const cells = item.preview?.cells ?? [];
  const count = (status: string) => cells.filter((one) => one.status === status).length;
  switch (item.state) {
    case "waiting":
      return { text: "等待上传", tone: "text-slate-600" };
    case "uploading":
      return { text: `上传中 ${Math.round(item.sent * 100)}%`, tone: "text-slate-700" };
    case "reading":
      return { text: "读取中…", tone: "text-slate-700" };
    case "read": {
      const extra = [
        count("guessed") && `推测 ${count("guessed")} 格`,
        count("missing") && `缺少 ${count("missing")} 格`,
      ];
      const notes = extra.filter(Boolean).join("，");
      return { text: `已读出：找到 ${count("found")} 格${notes ? `，${notes}` : ""}`, tone: "text-emerald-800" };
    }
    case "failed":
      return { text: `⚠ 失败：${item.message ?? "无法读取"}`, tone: "text-red-700" };
    case "importing":
      return { text: "导入中…", tone: "text-slate-700" };
    case "imported":
      return { text: "✓ 已导入", tone: "text-emerald-800" };
  }
}

function describeMatch(item: QueueItem, agencies: readonly ImportAgency[]): string | null {
  const matching = item.preview?.agencyMatching;
  if (!matching || !item.preview?.agencyName) return null;
  const best = matching.matches[0];
  if (matching.confidence === "exact")
    return best?.matchedName !== best?.name ? `与曾用名“${best?.matchedName}”一致` : "名称一致";
  if (matching.confidence === "similar" && best) return `名称相近（相似度 ${Math.round(best.score * 100)}%），请确认`;
  if (best && best.score >= PROPOSE_SCORE)
    return `有多个相近的机构（${matching.matches
      .filter((match) => match.score >= PROPOSE_SCORE)
      .map((match) => agencies.find((agency) => agency.id === match.agencyId)?.name)
      .join("、")}），请选择`;
  if (best) return `没有足够相近的机构（最接近的“${best.name}”相似度 ${Math.round(best.score * 100)}%）：可新建或选择`;
  return "没有相近的机构：可新建";
}

function targetValue(target: QueueTarget): string {
  return target.kind === "agency" ? target.agencyId : target.kind === "new" ? "new" : "";
}

/** One file of the batch: its state, year, agency (matched, confirmed or changed, or new), publication date. */
export function UploadQueueRow({ item, agencies, governments, open, busy, onChange, onToggleReview }: Props) {
  const state = describeState(item);
  const matched = item.preview?.agencyMatching.matches ?? [];
  const editable = item.state === "read";
  const question = setUpQuestion(item, agencies);
  const printed = item.preview?.agencyName;
  const choose = (value: string) => {
    const target: QueueTarget =
      value === "new"
        ? {
            kind: "new",
            name: item.preview?.newAgency?.name ?? printed ?? "",
            agencyKind: item.preview?.newAgency?.kind ?? "DEPARTMENT",
            level: item.preview?.newAgency?.level ?? "",
            parentId: governments[0]?.id ?? "",
          }
        : value
          ? { kind: "agency", agencyId: value }
          : { kind: "none" };
    onChange({ target, confirmed: target.kind !== "none", needsMove: false });
  };
  const target = item.target;
  return (
    <tr className="align-top" data-file={item.name}>
      <td className={`${cell} font-mono text-xs break-all`}>{item.name}</td>
      <td className={`${cell} ${state.tone}`} aria-live="polite">
        {state.text}
        {item.state === "imported" && item.imported && (
          <Link
            href={`/reports/${item.imported.year}/${item.imported.agencyCode}`}
            className="ml-1 text-blue-700 underline underline-offset-2"
          >
            查看
          </Link>
        )}
        {item.state === "read" && item.message && <span className="block text-red-700">⚠ {item.message}</span>}
      </td>
      <td className={`${cell} tabular-nums`}>{item.preview?.year ?? "—"}</td>
      <td className={cell}>
        {printed && <span className="block text-xs text-slate-600">原文：{printed}</span>}
        {item.preview && item.preview.cells.length > 0 && (
          <>
            <select
              aria-label={`机构 ${item.name}`}
              value={targetValue(target)}
              disabled={!editable || busy}
              onChange={(event) => choose(event.target.value)}
              className={cn(input, "max-w-64")}
            >
              <option value="">（请选择机构）</option>
              {matched.length > 0 && (
                <optgroup label="名称相近">
                  {matched.map((match) => (
                    <option key={match.agencyId} value={match.agencyId}>
                      {match.name}（{Math.round(match.score * 100)}%）
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label="全部机构">
                {agencies
                  .filter((agency) => agency.active)
                  .map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.name}
                    </option>
                  ))}
              </optgroup>
              <option value="new">新建机构…</option>
            </select>
            <span className="block text-xs text-slate-600">{describeMatch(item, agencies)}</span>
            {target.kind === "agency" &&
              target.agencyId === item.preview.proposedAgencyId &&
              item.preview.targetProblem && (
                <span className="block text-xs text-red-700">⚠ {item.preview.targetProblem}</span>
              )}
            {target.kind === "new" && (
              <span className="mt-1 flex flex-wrap gap-1">
                <input
                  aria-label={`新机构名称 ${item.name}`}
                  value={target.name}
                  disabled={!editable || busy}
                  onChange={(event) => onChange({ target: { ...target, name: event.target.value } })}
                  className={cn(input, "w-56")}
                />
                <select
                  aria-label={`新机构类型 ${item.name}`}
                  value={target.agencyKind}
                  disabled={!editable || busy}
                  onChange={(event) =>
                    onChange({ target: { ...target, agencyKind: event.target.value as typeof target.agencyKind } })
                  }
                  className={input}
                >
                  {Object.entries(KIND_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
                {target.agencyKind === "GOVERNMENT" && (
                  <select
                    aria-label={`新机构级别 ${item.name}`}
                    value={target.level}
                    disabled={!editable || busy}
                    onChange={(event) =>
                      onChange({ target: { ...target, level: event.target.value as typeof target.level } })
                    }
                    className={input}
                  >
                    <option value="">（级别）</option>
                    {Object.entries(LEVEL_LABELS).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
                <select
                  aria-label={`新机构的上级 ${item.name}`}
                  value={target.parentId}
                  disabled={!editable || busy}
                  onChange={(event) => onChange({ target: { ...target, parentId: event.target.value } })}
                  className={input}
                >
                  {governments.map((government) => (
                    <option key={government.id} value={government.id}>
                      隶属 {government.name}
                    </option>
                  ))}
                </select>
              </span>
            )}
            <label className="mt-1 flex items-center gap-1 text-xs">
              <input
                type="checkbox"
                className="accent-brand"
                checked={item.confirmed}
                disabled={!editable || busy || target.kind === "none"}
                onChange={(event) => onChange({ confirmed: event.target.checked })}
              />
              确认导入到此机构
            </label>
          </>
        )}
      </td>
      <td className={cell}>
        {item.preview && item.preview.cells.length > 0 && (
          <input
            type="date"
            aria-label={`发布日期 ${item.name}`}
            value={item.publishedOn}
            disabled={!editable || busy}
            onChange={(event) => onChange({ publishedOn: event.target.value })}
            className={input}
          />
        )}
        {question && (
          <label className="mt-1 flex items-start gap-1 rounded-md border border-amber-300 bg-amber-50 p-1 text-xs text-amber-900">
            <input
              type="checkbox"
              className="mt-0.5 accent-brand"
              checked={item.moveStart}
              disabled={!editable || busy}
              onChange={(event) => onChange({ moveStart: event.target.checked })}
            />
            <span>
              {question}：将成立日期提前到 {item.preview?.year}年1月1日
            </span>
          </label>
        )}
      </td>
      <td className={cell}>
        {item.preview && item.preview.cells.length > 0 && (
          <Button variant="secondary" size="sm" aria-expanded={open} onClick={onToggleReview}>
            {open ? "收起" : "核对"}
          </Button>
        )}
      </td>
    </tr>
  );
}
