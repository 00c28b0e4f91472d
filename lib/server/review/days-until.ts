import { beijingDayNumber } from "@/lib/beijing-time";

/** Calendar days from `now` to `deadline` in Beijing time: 0 on the day itself, negative once overdue. */
export function daysUntil(deadline: Date, now: Date): number {
  return beijingDayNumber(deadline) - beijingDayNumber(now);
}
