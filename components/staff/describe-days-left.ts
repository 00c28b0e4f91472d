/** How a deadline stands, in words: 已逾期 3 天, 今天截止, 还剩 12 天. */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft < 0) return `已逾期 ${-daysLeft} 天`;
  return daysLeft === 0 ? "今天截止" : `还剩 ${daysLeft} 天`;
}
