"use client";

import { useActionState } from "react";
import { FileText } from "lucide-react";
import type { ActionResult } from "@/lib/action-result";

/** What 开始填报 answers when it cannot open the wizard (it navigates there when it can). */
export type StartReportState = ActionResult | null;

type Props = {
  agencyCode: string;
  year: number;
  label: string;
  startReportAction: (previous: StartReportState, formData: FormData) => Promise<StartReportState>;
};

/** 开始填报 / 继续填报 for the open year, on the agency page. */
export function StartReportButton({ agencyCode, year, label, startReportAction }: Props) {
  const [state, action, pending] = useActionState<StartReportState, FormData>(startReportAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="agencyCode" value={agencyCode} />
      <input type="hidden" name="year" value={year} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center gap-1.5 rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-slate-400"
      >
        <FileText aria-hidden className="size-4" />
        {pending ? "正在打开…" : label}
      </button>
      {state?.message && (
        <p role="alert" className="text-sm text-red-800">
          ⚠ {state.message}
        </p>
      )}
    </form>
  );
}
