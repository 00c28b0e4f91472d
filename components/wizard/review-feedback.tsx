"use client";

import { useState } from "react";
import { MessageSquareText, Undo2 } from "lucide-react";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { CommentList } from "@/components/review/comment-list";
import type { CommentReplyView, ReviewCommentView } from "@/lib/server/review/list-review-comments";
import { CommentReplyForm } from "./comment-reply-form";
import { hrefOf } from "./issue-list";
import { commentAddress, sectionOfCommentTarget } from "./report-fields";
import { useFocusCommentTarget } from "./use-focus-address";
import { useWizardStore } from "./wizard-context";

type Props = { status: ReportStatus; returnReason: string | null; comments: readonly ReviewCommentView[] };

/**
 * What the reviewer asked for, above every step: the reason a returned report came back and the
 * open comments, each linking to its place in the wizard, each with the clerk's replies and a form
 * for one more. A reply is added here at once; the page's data catches up on the next load.
 */
export function ReviewFeedback({ status, returnReason, comments }: Props) {
  const store = useWizardStore();
  const [items, setItems] = useState(() => [...comments]);
  if (status !== "RETURNED" && items.length === 0) return null;
  const addReply = (commentId: string, reply: CommentReplyView) =>
    setItems((current) =>
      current.map((comment) =>
        comment.id === commentId ? { ...comment, replies: [...comment.replies, reply] } : comment,
      ),
    );

  return (
    <section
      aria-labelledby="review-feedback-heading"
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id="review-feedback-heading" className="flex items-center gap-2 font-semibold">
        {status === "RETURNED" ? (
          <Undo2 aria-hidden className="size-4 shrink-0" />
        ) : (
          <MessageSquareText aria-hidden className="size-4 shrink-0" />
        )}
        {status === "RETURNED" ? "审核人退回了本报告，请修改后重新提交审核" : "审核意见"}
      </h2>
      {status === "RETURNED" && <p className="whitespace-pre-wrap">退回理由：{returnReason ?? "（审核人未写明）"}</p>}
      {items.length > 0 && (
        <>
          <p className="flex flex-wrap items-center gap-1">
            {items.length} 条待处理的审核意见。表格中带
            <MessageSquareText aria-hidden className="size-4 text-violet-700" />
            图标、紫色虚线框的单元格有意见；点击意见的位置即可转到该处。
          </p>
          <CommentList
            comments={items}
            target={(comment) => <CommentTargetLink comment={comment} />}
            footer={(comment) => (
              <CommentReplyForm
                reportId={store.reportId}
                commentId={comment.id}
                onReplied={(reply) => addReply(comment.id, reply)}
              />
            )}
          />
        </>
      )}
    </section>
  );
}

/** The commented place as a link: it goes to the step and puts the focus on the cell. */
function CommentTargetLink({ comment }: { comment: ReviewCommentView }) {
  const store = useWizardStore();
  const focusTarget = useFocusCommentTarget();
  const section = sectionOfCommentTarget(store.format, comment.target);
  if (!section) return <span className="font-medium">{comment.targetLabel}</span>;
  const address = commentAddress(store.format, comment.target);
  return (
    <a
      href={address ? hrefOf(store.reportId, section, address) : `/staff/reports/${store.reportId}/${section}`}
      onClick={(event) => {
        event.preventDefault();
        focusTarget(comment.target);
      }}
      className="font-medium text-blue-800 underline"
    >
      {comment.targetLabel}
      <span className="sr-only">（转到该处）</span>
    </a>
  );
}
