import { atBeijingTime, beijingDay, startOfBeijingDay } from "./beijing-time";

// A report's publication date as printed in its source ("2021年1月20日", "2021-01-20") is a day, not an
// instant. It is stored as noon of that day in Beijing time: every display in Asia/Shanghai shows the
// printed day, and it is before the end-of-day deadlines (23:59:59), so a report published on the
// deadline's day counts as on time.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2021-01-20" → 2021-01-20 12:00 Beijing time; null when the text is no real calendar day. */
export function publicationDayToInstant(day: string): Date | null {
  const match = ISO_DAY.exec(day.trim());
  if (!match) return null;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return atBeijingTime(`${match[1]}-${match[2]}-${match[3]}`, "12:00:00");
}

/** The Beijing calendar day of an instant, as "2021-01-20" (for date inputs). */
export function instantToPublicationDay(instant: Date): string {
  return beijingDay(instant);
}

/**
 * Why a report of `year` cannot have been published at `publishedAt`, or null: a yearly report is
 * published after its year has ended, and not after today.
 */
export function checkPublicationDate(year: number, publishedAt: Date, now: Date): string | null {
  if (publishedAt.getTime() < startOfBeijingDay(`${year + 1}-01-01`).getTime())
    return `${year} 年度报告的发布日期不能早于 ${year + 1}年1月1日`;
  if (instantToPublicationDay(publishedAt) > instantToPublicationDay(now)) return "发布日期不能晚于今天";
  return null;
}
