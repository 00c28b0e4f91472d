import { Circle, CircleAlert, CircleCheck, CircleDot, TriangleAlert } from "lucide-react";
import type { SectionState } from "./wizard-store";

// A section's state as icon and words (never colour alone).
export const SECTION_STATE_LABELS: Record<SectionState, string> = {
  empty: "未填写",
  in_progress: "填写中",
  errors: "有错误",
  warnings: "有警告",
  complete: "已完成",
};

const ICONS = {
  empty: { Icon: Circle, className: "text-slate-400" },
  in_progress: { Icon: CircleDot, className: "text-blue-700" },
  errors: { Icon: CircleAlert, className: "text-red-700" },
  warnings: { Icon: TriangleAlert, className: "text-amber-700" },
  complete: { Icon: CircleCheck, className: "text-emerald-700" },
} as const;

export function SectionStateIcon({ state, className = "" }: { state: SectionState; className?: string }) {
  const { Icon, className: colour } = ICONS[state];
  return <Icon aria-hidden className={`size-4 shrink-0 ${colour} ${className}`} />;
}
