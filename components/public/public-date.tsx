import { formatDate } from "@/lib/format-date";

/** A day on a public page, written the Chinese way and never broken across lines ("2026年12月5日"). */
export function PublicDate({ date }: { date: Date }) {
  return (
    <time className="date" dateTime={date.toISOString()}>
      {formatDate(date)}
    </time>
  );
}
