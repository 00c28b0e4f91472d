"use client";

import { useEffect, useRef } from "react";

/** The event a click on a cell of the printed report sends to the comment form. */
export const PICK_CELL_EVENT = "review:pick-cell";

const PICKER_CSS =
  ".review-picker td[data-cell]{cursor:pointer}" +
  ".review-picker td[data-cell]:hover,.review-picker td[data-cell]:focus-visible{outline:2px dashed #1d4ed8;outline-offset:-2px}";

/**
 * The printed report as a place to point at: a click (or Enter) on one of its cells chooses that
 * cell as the place of a new review comment. The cells become keyboard-reachable here, so the
 * server-rendered document itself stays exactly the public one.
 */
export function CellPicker({ children }: { children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    for (const cell of element.querySelectorAll<HTMLElement>("td[data-cell]")) {
      cell.tabIndex = 0;
      cell.title = "点击对此单元格提审核意见";
    }
    const pick = (target: EventTarget | null) => {
      const cell = target instanceof Element ? target.closest<HTMLElement>("td[data-cell]") : null;
      if (!cell?.dataset.cell || !element.contains(cell)) return false;
      window.dispatchEvent(new CustomEvent(PICK_CELL_EVENT, { detail: cell.dataset.cell }));
      return true;
    };
    const onClick = (event: MouseEvent) => void pick(event.target);
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key === "Enter" || event.key === " ") && pick(event.target)) event.preventDefault();
    };
    element.addEventListener("click", onClick);
    element.addEventListener("keydown", onKeyDown);
    return () => {
      element.removeEventListener("click", onClick);
      element.removeEventListener("keydown", onKeyDown);
    };
  }, []);

  return (
    <div ref={box} className="review-picker">
      <style>{PICKER_CSS}</style>
      {children}
    </div>
  );
}
