/** In place of a chart with nothing to draw: words, not empty axes. */
export function NoChartData({ note }: { note?: string }) {
  return <p className="chart-empty">暂无数据{note && <span className="muted">（{note}）</span>}</p>;
}
