"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { replyFieldsSchema, type ReplyFields } from "@/lib/requests/wizard";
import { COMMENT_REPLY_MAX_LENGTH } from "@/lib/server/review/comment-reply-schema";
import type { CommentReplyView } from "@/lib/server/review/list-review-comments";
import { useWizardStore } from "./wizard-context";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";

type Props = { reportId: string; commentId: string; onReplied: (reply: CommentReplyView) => void };

/** The clerk's short answer under a review comment ("已按意见修改为 …"); the reviewer is notified. */
export function CommentReplyForm({ reportId, commentId, onReplied }: Props) {
  const { actions } = useWizardStore();
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<ReplyFields>({ resolver: zodResolver(replyFieldsSchema), defaultValues: { body: "" } });
  const error = form.formState.errors.body;
  const id = `reply-${commentId}`;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await actions.reply({ reportId, commentId, ...values });
      if (!result.ok) return setAnswer({ ok: false, message: result.message });
      onReplied(result.reply);
      form.reset({ body: "" });
      setAnswer({ ok: true, message: "回复已发送，审核人会收到通知" });
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        回复审核人（例如说明已如何修改，最多 {COMMENT_REPLY_MAX_LENGTH} 字）
      </label>
      <div className="flex items-start gap-2">
        <Textarea
          id={id}
          rows={1}
          className="min-h-9 leading-6"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...form.register("body")}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          回复
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          ⚠ {error.message}
        </p>
      )}
      {answer && (
        <p
          role={answer.ok ? "status" : "alert"}
          className={`text-xs ${answer.ok ? "text-emerald-800" : "text-red-700"}`}
        >
          {answer.ok ? "✓" : "⚠"} {answer.message}
        </p>
      )}
    </form>
  );
}
