"use client";

import { startTransition, useActionState } from "react";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  submitLabel: string;
  children?: React.ReactNode;
  className?: string;
  /** Style of a secondary or dangerous action. */
  tone?: "primary" | "secondary" | "danger";
  /** Asked before submitting (deactivations, closing a year). */
  confirm?: string;
};

const TONES = {
  primary: "bg-blue-700 text-white hover:bg-blue-800",
  secondary: "border border-slate-300 bg-white hover:bg-slate-100",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
} as const;

/** A small server-action form: its fields, one button, and the server's answer below it. */
export function ActionForm({ action, submitLabel, children, className, tone = "primary", confirm }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form
      className={className ?? "space-y-2"}
      onSubmit={(event) => {
        // Submitted by hand, not through the form's action prop: React would reset the fields, and
        // what the admin typed must survive a refusal.
        event.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {children}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${TONES[tone]}`}
      >
        {pending ? "处理中…" : submitLabel}
      </button>
      <ActionMessage result={result} />
    </form>
  );
}
