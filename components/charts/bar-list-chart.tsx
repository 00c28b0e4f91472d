import { ChartDataTable } from "./chart-data-table";
import { CHART_COLORS, formatFigure, niceMaximum } from "./chart-scale";
import { NoChartData } from "./no-chart-data";

// One horizontal bar per item (outcome kinds, applicant kinds), its value and share written beside
// it. HTML and CSS, so that the words keep the page's font size at any width.

type BarListChartProps = {
  id: string;
  title: string;
  items: readonly { key: string; label: string; value: number | null }[];
  unit?: string;
};

export function BarListChart({ id, title, items, unit = "" }: BarListChartProps) {
  const total = items.reduce((sum, item) => sum + (item.value ?? 0), 0);
  const max = niceMaximum(Math.max(0, ...items.map((item) => item.value ?? 0)));
  const share = (value: number | null) =>
    value === null || total === 0 ? "" : `（${((value / total) * 100).toFixed(1)}%）`;
  const description = items
    .map((item) => `${item.label}${formatFigure(item.value, unit)}${share(item.value)}`)
    .join("，");
  const filled = items.some((item) => item.value !== null);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {total > 0 ? (
        <div className="bar-list" role="img" aria-label={`${title}。合计${formatFigure(total, unit)}：${description}`}>
          {items.map((item, index) => (
            <div key={item.key} className="bl-row">
              <span className="bl-label">{item.label}</span>
              <span className="bl-track">
                <span
                  className="bl-bar"
                  style={{
                    width: `${(((item.value ?? 0) / max) * 100).toFixed(2)}%`,
                    background: CHART_COLORS[index % CHART_COLORS.length],
                  }}
                />
                <span className="bl-value">{`${formatFigure(item.value, unit)}${share(item.value)}`}</span>
              </span>
            </div>
          ))}
        </div>
      ) : (
        <NoChartData note={filled ? "各项均为 0" : undefined} />
      )}
      <ChartDataTable
        caption={title}
        categories={items.map((item) => item.label)}
        series={[{ key: "value", label: `数量${unit ? `（${unit}）` : ""}` }]}
        values={items.map((item) => [item.value])}
        unit=""
      />
    </figure>
  );
}
