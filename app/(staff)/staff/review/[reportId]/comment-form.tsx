"use client";

import type { ActionResult } from "@/lib/action-result";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/review/action-message";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field";
import { Textarea, inputClass } from "@/components/ui/input";
import { PICK_CELL_EVENT } from "@/components/review/cell-picker";
import { addCommentAction } from "./actions";
import { commentFieldsSchema, type CommentFields } from "./schemas";

type Target = { value: string; label: string; group: string };

// A native select: its options come in groups (sections, then their cells), which <optgroup> shows.
const selectClass = cn(inputClass, "h-9");

/** A new comment pinned to a section or a cell of the report. */
export function CommentForm({ reportId, targets }: { reportId: string; targets: Target[] }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<CommentFields>({
    resolver: zodResolver(commentFieldsSchema),
    defaultValues: { target: "", body: "" },
  });
  const errors = form.formState.errors;
  const groups = [...new Set(targets.map((target) => target.group))];
  const [picked, setPicked] = useState<Target | null>(null);
  const section = useRef<HTMLFormElement>(null);

  // A cell clicked in the printed report below becomes the place of the comment.
  useEffect(() => {
    const onPick = (event: Event) => {
      const key = (event as CustomEvent<string>).detail;
      const target = targets.find((candidate) => candidate.value === key);
      if (!target) return;
      form.setValue("target", target.value, { shouldValidate: form.formState.isSubmitted });
      setPicked(target);
      section.current?.scrollIntoView({ block: "center" });
      form.setFocus("body");
    };
    window.addEventListener(PICK_CELL_EVENT, onPick);
    return () => window.removeEventListener(PICK_CELL_EVENT, onPick);
  }, [form, targets]);

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const answer = await addCommentAction({ reportId, ...values });
      setResult(answer);
      if (answer.ok) form.reset({ target: values.target, body: "" });
    }),
  );

  return (
    <form id="comment-form" ref={section} onSubmit={onSubmit} noValidate className="space-y-2">
      <p className="text-sm text-slate-600">在下方“报告全文”中点击单元格即可对其提意见，也可以在这里选择栏目。</p>
      {picked && (
        <p role="status" className="rounded-md bg-blue-50 px-3 py-1.5 text-sm text-blue-900">
          已选择单元格：{picked.label}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="comment-target" className="block text-sm font-medium text-slate-800">
          意见位置
        </label>
        <select
          id="comment-target"
          className={selectClass}
          aria-invalid={errors.target ? true : undefined}
          aria-describedby={errors.target ? "comment-target-error" : undefined}
          {...form.register("target", { onChange: () => setPicked(null) })}
        >
          <option value="">请选择栏目或单元格…</option>
          {groups.map((group) => (
            <optgroup key={group} label={group}>
              {targets
                .filter((target) => target.group === group)
                .map((target) => (
                  <option key={target.value} value={target.value}>
                    {target.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="comment-target-error" message={errors.target?.message} />
      </div>
      <div className="space-y-1">
        <label htmlFor="comment-body" className="block text-sm font-medium text-slate-800">
          意见内容
        </label>
        <Textarea
          id="comment-body"
          rows={3}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? "comment-body-error" : undefined}
          {...form.register("body")}
        />
        <FieldError id="comment-body-error" message={errors.body?.message} />
      </div>
      <Button type="submit" disabled={pending}>
        添加意见
      </Button>
      <ActionMessage result={result} />
    </form>
  );
}
