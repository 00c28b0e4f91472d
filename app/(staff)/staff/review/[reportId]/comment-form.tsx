"use client";

import type { ActionResult } from "@/lib/action-result";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/review/action-message";
import { addCommentAction } from "./actions";
import { commentFieldsSchema, type CommentFields } from "./schemas";

type Target = { value: string; label: string; group: string };

const field = "w-full rounded border border-slate-300 px-3 py-2 text-sm focus:outline-2 focus:outline-blue-600";

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

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const answer = await addCommentAction({ reportId, ...values });
      setResult(answer);
      if (answer.ok) form.reset({ target: values.target, body: "" });
    }),
  );

  return (
    <form id="comment-form" onSubmit={onSubmit} noValidate className="space-y-2">
      <div className="space-y-1">
        <label htmlFor="comment-target" className="block text-sm font-medium">
          意见位置
        </label>
        <select
          id="comment-target"
          className={field}
          aria-invalid={errors.target ? true : undefined}
          aria-describedby={errors.target ? "comment-target-error" : undefined}
          {...form.register("target")}
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
        {errors.target && (
          <p id="comment-target-error" className="text-sm text-red-700">
            ⚠ {errors.target.message}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="comment-body" className="block text-sm font-medium">
          意见内容
        </label>
        <textarea
          id="comment-body"
          rows={3}
          className={field}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? "comment-body-error" : undefined}
          {...form.register("body")}
        />
        {errors.body && (
          <p id="comment-body-error" className="text-sm text-red-700">
            ⚠ {errors.body.message}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        添加意见
      </button>
      <ActionMessage result={result} />
    </form>
  );
}
