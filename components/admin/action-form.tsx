"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";

type Props = {
  action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  submitLabel: string;
  children?: React.ReactNode;
  className?: string;
  /** Style of a secondary or dangerous action. */
  tone?: "primary" | "secondary" | "danger";
  /** Asked in a dialog before submitting (deactivations, closing a year); its confirm button repeats `submitLabel`. */
  confirm?: string;
  /** What the button says while the server works (default 处理中…). */
  pendingLabel?: string;
  /** Shown beside the button while the server works: what is happening, for operations that take a while. */
  progress?: React.ReactNode;
};

/** A small server-action form: its fields, one button, and the server's answer below it. */
export function ActionForm({
  action,
  submitLabel,
  children,
  className,
  tone = "primary",
  confirm,
  pendingLabel = "处理中…",
  progress,
}: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const send = () => {
    if (!form.current) return;
    const data = new FormData(form.current);
    startTransition(() => formAction(data));
  };
  return (
    <form
      ref={form}
      className={className ?? "space-y-2"}
      onSubmit={(event) => {
        // Submitted by hand, not through the form's action prop: React would reset the fields, and
        // what the admin typed must survive a refusal.
        event.preventDefault();
        if (confirm) setAsking(true);
        else send();
      }}
    >
      {children}
      <Button type="submit" size="sm" disabled={pending} variant={tone} aria-describedby={undefined}>
        {pending ? pendingLabel : submitLabel}
      </Button>
      {pending && progress}
      <ActionMessage result={pending ? null : result} />
      {confirm && (
        <ConfirmDialog
          open={asking}
          onOpenChange={setAsking}
          title={confirm}
          confirmLabel={submitLabel}
          danger={tone === "danger"}
          onConfirm={send}
        />
      )}
    </form>
  );
}
