import { ChartDataTable } from "./chart-data-table";
import { CHART_COLORS, formatFigure, niceMaximum } from "./chart-scale";

// One horizontal bar per item (outcome kinds, applicant kinds), its value and share written beside it.

type BarListChartProps = {
  id: string;
  title: string;
  items: readonly { key: string; label: string; value: number | null }[];
  unit?: string;
};

const WIDTH = 640;
const ROW = 28;
const LABEL = 120;
const VALUE = 110;

export function BarListChart({ id, title, items, unit = "" }: BarListChartProps) {
  const total = items.reduce((sum, item) => sum + (item.value ?? 0), 0);
  const max = niceMaximum(Math.max(0, ...items.map((item) => item.value ?? 0)));
  const height = items.length * ROW + 8;
  const barSpace = WIDTH - LABEL - VALUE;
  const share = (value: number | null) =>
    value === null || total === 0 ? "" : `（${((value / total) * 100).toFixed(1)}%）`;
  const description = items
    .map((item) => `${item.label}${formatFigure(item.value, unit)}${share(item.value)}`)
    .join("，");
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{`合计${formatFigure(total, unit)}：${description}`}</desc>
        {items.map((item, index) => {
          const top = 4 + index * ROW;
          const width = item.value ? (item.value / max) * barSpace : 0;
          return (
            <g key={item.key} aria-hidden="true">
              <text className="tick" x={LABEL - 8} y={top + ROW / 2 + 4} textAnchor="end">
                {item.label}
              </text>
              <rect
                x={LABEL}
                y={top + 5}
                width={Math.max(width, item.value ? 1 : 0)}
                height={ROW - 10}
                fill={CHART_COLORS[index % CHART_COLORS.length]}
              />
              <text
                className="value"
                x={LABEL + width + 6}
                y={top + ROW / 2 + 4}
              >{`${formatFigure(item.value, unit)}${share(item.value)}`}</text>
            </g>
          );
        })}
      </svg>
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
