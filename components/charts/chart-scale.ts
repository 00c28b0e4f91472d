// Axis arithmetic shared by the charts.

export const CHART_COLORS = ["#1d4ed8", "#b91c1c", "#047857", "#b45309", "#6d28d9", "#0e7490", "#4b5563"] as const;

/** The smallest 1, 2 or 5 × 10^k at or above `value` (at least 1): a readable top of the axis. */
export function niceMaximum(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Tick values from 0 to a `niceMaximum`, in whole steps (counts of applications have no fractions). */
export function axisTicks(max: number): number[] {
  const intervals = max <= 5 ? max : max % 4 === 0 ? 4 : 5;
  return Array.from({ length: intervals + 1 }, (_, index) => (index * max) / intervals);
}

export function formatFigure(value: number | null, unit = ""): string {
  return value === null ? "未填" : `${value.toLocaleString("zh-CN")}${unit}`;
}
