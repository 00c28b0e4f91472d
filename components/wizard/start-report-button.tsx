"use client";

import { useActionState } from "react";
import { FileText } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
      <Button type="submit" disabled={pending}>
        <FileText aria-hidden />
        {pending ? "正在打开…" : label}
      </Button>
      {state?.message && (
        <Alert role="alert" tone="danger">
          {state.message}
        </Alert>
      )}
    </form>
  );
}
