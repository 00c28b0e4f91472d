// Calendar arithmetic in Beijing time (UTC+8 all year: China has no daylight saving), the one place
// that turns instants into the days deadlines and dates are written in, and back. Display of dates
// is in format-date.ts; what a printed publication day means is in publication-date.ts.

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Beijing calendar day of an instant, as "2026-01-31" (what a date input shows). */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Beijing wall-clock time of an instant, as "2026-01-31T09:30" (what a datetime-local input shows). */
export function beijingDateTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** Days since the epoch on the Beijing calendar: subtract two to count calendar days between them. */
export function beijingDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS);
}

/** "2026-01-31" at a wall-clock time in Beijing ("23:59:59" by default: the end of that day). */
export function atBeijingTime(day: string, time = "23:59:59"): Date {
  return new Date(`${day}T${time}+08:00`);
}

/** The first instant of a Beijing day. */
export function startOfBeijingDay(day: string): Date {
  return atBeijingTime(day, "00:00:00");
}

/** The first instant of the Beijing day after `day` (the exclusive end of a day range). */
export function startOfNextBeijingDay(day: string): Date {
  return new Date(startOfBeijingDay(day).getTime() + DAY_MS);
}

/** The last second of a Beijing day, as deadlines are set: "2026-01-31" → 2026-01-31T23:59:59+08:00. */
export function endOfBeijingDay(day: string): Date {
  return atBeijingTime(day, "23:59:59");
}

/** The legal deadline of an agency's report for `year`: 1月31日 of the following year, end of day (条例第四十九条). */
export function legalReportDeadline(year: number): Date {
  return endOfBeijingDay(`${year + 1}-01-31`);
}

/** "2026-02-01T09:30" read as Beijing wall-clock time; null for anything else, including 2月30日. */
export function parseBeijingDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const same =
    wall.getUTCFullYear() === year &&
    wall.getUTCMonth() === month - 1 &&
    wall.getUTCDate() === day &&
    wall.getUTCHours() === hour &&
    wall.getUTCMinutes() === minute;
  return same ? new Date(wall.getTime() - OFFSET_MS) : null;
}
