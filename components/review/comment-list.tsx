import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format-date";
import type { ReviewCommentView } from "@/lib/server/review/list-review-comments";

type Props = {
  comments: ReviewCommentView[];
  /** A control beside an open comment's state (the reviewer's 已解决 button). */
  action?: (comment: ReviewCommentView) => ReactNode;
  /** The place commented on; by default its name (the wizard makes it a link to the cell). */
  target?: (comment: ReviewCommentView) => ReactNode;
  /** Under an open comment's replies (the clerk's reply form). */
  footer?: (comment: ReviewCommentView) => ReactNode;
};

/** Review comments, open ones first, each with the clerk's replies under it. */
export function CommentList({ comments, action, target, footer }: Props) {
  if (comments.length === 0) return <p className="text-sm text-slate-600">暂无审核意见。</p>;
  const ordered = [...comments].sort((a, b) => Number(Boolean(a.resolvedAt)) - Number(Boolean(b.resolvedAt)));
  return (
    <ul className="space-y-2" aria-label="审核意见">
      {ordered.map((comment) => (
        <li
          key={comment.id}
          className={`rounded-md border px-3 py-2 text-sm ${comment.resolvedAt ? "border-slate-200 bg-slate-50 text-slate-500" : "border-blue-200 bg-white"}`}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p>
              {target ? target(comment) : <span className="font-medium">{comment.targetLabel}</span>}
              {comment.revisionNumber > 1 && <span className="ml-2 text-xs">（第 {comment.revisionNumber} 版）</span>}
            </p>
            <p className="text-xs text-slate-500">
              {comment.authorName} · {formatDateTime(comment.createdAt)}
            </p>
          </div>
          <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
          {comment.replies.length > 0 && (
            <ul className="mt-2 space-y-1 border-l-2 border-slate-300 pl-3" aria-label="填报人回复">
              {comment.replies.map((reply) => (
                <li key={reply.id}>
                  <p className="text-xs text-slate-500">
                    <span className="font-medium text-slate-700">回复</span> · {reply.authorName} ·{" "}
                    {formatDateTime(reply.createdAt)}
                  </p>
                  <p className="whitespace-pre-wrap">{reply.body}</p>
                </li>
              ))}
            </ul>
          )}
          <div className="mt-1 flex items-center gap-3 text-xs">
            {comment.resolvedAt ? (
              <span>✓ 已解决（{formatDateTime(comment.resolvedAt)}）</span>
            ) : (
              <span className="text-blue-800">● 待处理</span>
            )}
            {!comment.resolvedAt && action?.(comment)}
          </div>
          {!comment.resolvedAt && footer?.(comment)}
        </li>
      ))}
    </ul>
  );
}
