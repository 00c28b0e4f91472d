"use client";

import { useState, useTransition } from "react";
import { resolveCommentAction } from "./actions";

/** Marks one comment resolved; a refusal (already resolved by someone else …) shows its message. */
export function ResolveCommentButton({ reportId, commentId }: { reportId: string; commentId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const resolve = () =>
    startTransition(async () => {
      const result = await resolveCommentAction({ reportId, commentId });
      setMessage(result.ok ? null : result.message);
    });
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={resolve}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100 disabled:opacity-60"
      >
        标记为已解决
      </button>
      {message && (
        <span role="alert" className="text-red-700">
          ⚠ {message}
        </span>
      )}
    </>
  );
}
