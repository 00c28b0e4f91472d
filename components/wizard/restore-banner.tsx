"use client";

import { History } from "lucide-react";
import { formatDateTime } from "@/lib/format-date";
import { useWizardStore, useWizardValue } from "./wizard-context";

/** Work left in this browser by an earlier visit (a failed save, a closed tab), offered back. */
export function RestoreBanner() {
  const store = useWizardStore();
  const offer = useWizardValue((value) => value.getRestoreOffer());
  if (!offer) return null;
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <History aria-hidden className="size-5 shrink-0 text-amber-800" />
      <p className="min-w-0 flex-1">
        本机保存有 {offer.count} 处尚未保存到服务器的修改（{formatDateTime(new Date(offer.savedAt))}
        ）。要恢复这些修改吗？
      </p>
      <button
        type="button"
        onClick={() => store.restoreLocalDraft()}
        className="rounded bg-amber-700 px-3 py-1 font-medium text-white hover:bg-amber-800"
      >
        恢复这些修改
      </button>
      <button
        type="button"
        onClick={() => store.discardLocalDraft()}
        className="rounded border border-amber-400 bg-white px-3 py-1 hover:bg-amber-100"
      >
        放弃
      </button>
    </div>
  );
}
