"use client";

import { useState, useTransition } from "react";
import { CircleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
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
      <Button variant="secondary" size="sm" disabled={pending} onClick={resolve}>
        标记为已解决
      </Button>
      {message && (
        <span role="alert" className="inline-flex items-center gap-1 text-red-700">
          <CircleAlert aria-hidden className="size-4 shrink-0" />
          {message}
        </span>
      )}
    </>
  );
}
