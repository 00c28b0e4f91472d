"use client";

import { createContext, use, useMemo } from "react";
import { MessageSquareText } from "lucide-react";
import type { FormatKey, SectionKey } from "@/lib/report-format";
import type { ReviewCommentView } from "@/lib/server/review/list-review-comments";
import { cellInputId, isSectionTarget, sectionOfCommentTarget } from "./report-fields";

// The reviewer's open comments, indexed for the places that show them: each cell, each step of the
// list, the notes under a step's heading. They do not change while the clerk types, so a context
// (not the store) carries them, and no keystroke re-renders anything because of them.

type CommentIndex = {
  byCell: ReadonlyMap<string, readonly ReviewCommentView[]>;
  bySection: ReadonlyMap<SectionKey, readonly ReviewCommentView[]>;
  countBySection: ReadonlyMap<SectionKey, number>;
};

const NONE: readonly ReviewCommentView[] = [];
const EMPTY: CommentIndex = { byCell: new Map(), bySection: new Map(), countBySection: new Map() };
const ReviewCommentsContext = createContext<CommentIndex>(EMPTY);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

export function ReviewCommentsProvider({
  format,
  comments,
  children,
}: {
  format: FormatKey;
  comments: readonly ReviewCommentView[];
  children: React.ReactNode;
}) {
  const index = useMemo((): CommentIndex => {
    const byCell = new Map<string, ReviewCommentView[]>();
    const bySection = new Map<SectionKey, ReviewCommentView[]>();
    const countBySection = new Map<SectionKey, number>();
    for (const comment of comments) {
      const section = sectionOfCommentTarget(format, comment.target);
      if (!section) continue;
      countBySection.set(section, (countBySection.get(section) ?? 0) + 1);
      if (isSectionTarget(comment.target)) push(bySection, section, comment);
      else push(byCell, comment.target, comment);
    }
    return { byCell, bySection, countBySection };
  }, [format, comments]);
  return <ReviewCommentsContext value={index}>{children}</ReviewCommentsContext>;
}

/** The open comments on one cell (the same array on every render). */
export function useCellComments(key: string): readonly ReviewCommentView[] {
  return use(ReviewCommentsContext).byCell.get(key) ?? NONE;
}

/** The open comments on a whole section (not on one of its cells). */
export function useSectionComments(section: SectionKey): readonly ReviewCommentView[] {
  return use(ReviewCommentsContext).bySection.get(section) ?? NONE;
}

/** How many open comments point into a section, its cells included. */
export function useSectionCommentCount(section: SectionKey): number {
  return use(ReviewCommentsContext).countBySection.get(section) ?? 0;
}

/** DOM id of the words that describe a cell's comments to a screen reader. */
export function cellCommentNoteId(key: string): string {
  return `${cellInputId(key)}-comment`;
}

export function sectionCommentNoteId(section: SectionKey): string {
  return `section-comments-${section}`;
}

/** "审核意见：…；…", what a commented place says besides its icon. */
export function describeComments(comments: readonly ReviewCommentView[]): string {
  return `审核意见：${comments.map((comment) => comment.body).join("；")}`;
}

/** The mark of a commented cell: an icon in its corner (the words are in its description and title). */
export function CommentIcon() {
  return (
    <MessageSquareText aria-hidden className="pointer-events-none absolute right-0.5 top-0.5 size-3 text-violet-700" />
  );
}

/** Outline of a commented cell, dashed so that it reads without colour too. */
export const COMMENTED_CELL = "outline-2 -outline-offset-2 outline-dashed outline-violet-600";

/** The comments on a whole section, under its heading. */
export function SectionComments({ section }: { section: SectionKey }) {
  const comments = useSectionComments(section);
  if (comments.length === 0) return null;
  return (
    <div
      id={sectionCommentNoteId(section)}
      className="space-y-1 rounded-md border border-dashed border-violet-500 bg-violet-50 px-3 py-2 text-sm text-violet-950"
    >
      {comments.map((comment) => (
        <p key={comment.id} className="flex items-start gap-1.5">
          <MessageSquareText aria-hidden className="mt-0.5 size-4 shrink-0 text-violet-700" />
          <span>
            <span className="font-medium">审核意见（本节）：</span>
            {comment.body}
          </span>
        </p>
      ))}
    </div>
  );
}
