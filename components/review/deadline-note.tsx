import { formatDate } from "@/lib/format-date";

/**
 * 2026年1月31日（剩 3 天 / 今天截止 / 已逾期 2 天）; once published, `daysLeft` counts to the
 * publication date (as printed, for an imported report) and the note says 按时发布 / 逾期 N 天发布.
 */
export function DeadlineNote({
  deadline,
  daysLeft,
  published = false,
}: {
  deadline: Date | null;
  daysLeft: number | null;
  published?: boolean;
}) {
  if (!deadline || daysLeft === null) return <span className="text-slate-500">—</span>;
  const note = published
    ? daysLeft >= 0
      ? "按时发布"
      : `逾期 ${-daysLeft} 天发布`
    : daysLeft > 0
      ? `剩 ${daysLeft} 天`
      : daysLeft === 0
        ? "今天截止"
        : `已逾期 ${-daysLeft} 天`;
  return (
    <span>
      {formatDate(deadline)}
      <span
        className={`ml-1 text-xs ${daysLeft < 0 ? "font-medium text-red-700" : published ? "text-emerald-800" : daysLeft <= 3 ? "text-amber-700" : "text-slate-500"}`}
      >
        （{note}）
      </span>
    </span>
  );
}
