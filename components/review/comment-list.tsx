import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format-date";
import type { ReviewCommentView } from "@/lib/server/review/list-review-comments";

/** Review comments, open ones first; `action` adds a control to an open comment (the reviewer's 已解决 button). */
export function CommentList({ comments, action }: { comments: ReviewCommentView[]; action?: (comment: ReviewCommentView) => ReactNode }) {
  if (comments.length === 0) return <p className="text-sm text-slate-600">暂无审核意见。</p>;
  const ordered = [...comments].sort((a, b) => Number(Boolean(a.resolvedAt)) - Number(Boolean(b.resolvedAt)));
  return (
    <ul className="space-y-2" aria-label="审核意见">
      {ordered.map((comment) => (
        <li key={comment.id} className={`rounded border px-3 py-2 text-sm ${comment.resolvedAt ? "border-slate-200 bg-slate-50 text-slate-500" : "border-blue-200 bg-white"}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p>
              <span className="font-medium">{comment.targetLabel}</span>
              {comment.revisionNumber > 1 && <span className="ml-2 text-xs">（第 {comment.revisionNumber} 版）</span>}
            </p>
            <p className="text-xs text-slate-500">
              {comment.authorName} · {formatDateTime(comment.createdAt)}
            </p>
          </div>
          <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
          <div className="mt-1 flex items-center gap-3 text-xs">
            {comment.resolvedAt ? <span>✓ 已解决（{formatDateTime(comment.resolvedAt)}）</span> : <span className="text-blue-800">● 待处理</span>}
            {!comment.resolvedAt && action?.(comment)}
          </div>
        </li>
      ))}
    </ul>
  );
}
