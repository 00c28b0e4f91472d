"use client";

import { Check, CloudOff, LoaderCircle, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useWizardStore, useWizardValue } from "./wizard-context";
import type { SaveStatus as Status } from "./wizard-store";

const timeFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatTime(iso: string | null): string {
  return iso ? timeFormat.format(new Date(iso)) : "";
}

function describe(status: Status): { text: string; tone: "calm" | "busy" | "bad"; retry?: boolean } {
  switch (status.kind) {
    case "idle":
      return { text: status.savedAt ? `已保存 ${formatTime(status.savedAt)}` : "已保存", tone: "calm" };
    case "pending":
      return { text: "有未保存的修改", tone: "busy" };
    case "saving":
      return { text: "保存中…", tone: "busy" };
    case "offline":
      return { text: `保存失败：${status.message}`, tone: "bad", retry: true };
    case "refused":
      return { text: `保存失败：${status.message}`, tone: "bad", retry: true };
    case "conflict":
      return { text: "保存失败：报告已被他人修改，请选择保留哪些值", tone: "bad" };
  }
}

/** 保存中 / 已保存 hh:mm / 保存失败, always visible beside the steps. */
export function SaveStatus() {
  const store = useWizardStore();
  const status = useWizardValue((current) => current.getSaveStatus());
  const unsaveable = useWizardValue((current) =>
    status.kind === "idle" || status.kind === "pending" ? current.countUnsaveable() : 0,
  );
  if (store.readOnly) return null;
  const { text, tone, retry } = describe(status);
  const Icon =
    tone === "bad" ? CloudOff : status.kind === "saving" ? LoaderCircle : tone === "busy" ? LoaderCircle : Check;
  return (
    <div className="space-y-1 text-sm">
      <p
        role="status"
        aria-live="polite"
        className={`flex items-start gap-1.5 ${tone === "bad" ? "text-red-800" : tone === "busy" ? "text-slate-700" : "text-emerald-800"}`}
      >
        <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${status.kind === "saving" ? "animate-spin" : ""}`} />
        <span data-testid="save-status">{text}</span>
      </p>
      {unsaveable > 0 && (
        <p className="flex items-start gap-1.5 text-red-800">
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{unsaveable} 处内容格式不正确，更正后才会保存</span>
        </p>
      )}
      {retry && (
        <Button variant="secondary" size="sm" onClick={() => store.retry()}>
          重试
        </Button>
      )}
    </div>
  );
}
