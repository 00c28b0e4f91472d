const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Calendar days from `now` to `deadline` in Beijing time: 0 on the day itself, negative once overdue. */
export function daysUntil(deadline: Date, now: Date): number {
  const day = (date: Date) => Math.floor((date.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
  return day(deadline) - day(now);
}
