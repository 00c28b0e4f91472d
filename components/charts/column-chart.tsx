import { ChartDataTable } from "./chart-data-table";
import { CHART_COLORS, axisTicks, formatFigure, niceMaximum } from "./chart-scale";

// Columns per category (years), one per series side by side, or stacked. Server-rendered SVG
// with a <title> and a <desc> that says every figure, a legend, and the figures as a table.

export type ChartSeries = { key: string; label: string };

type ColumnChartProps = {
  id: string;
  title: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** values[category][series]; null = not filled */
  values: readonly (readonly (number | null)[])[];
  stacked?: boolean;
  unit?: string;
};

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 18, right: 12, bottom: 34, left: 48 };

function describe({ categories, series, values, unit }: ColumnChartProps): string {
  return categories
    .map(
      (category, index) =>
        `${category}：${series.map((entry, column) => `${entry.label}${formatFigure(values[index]?.[column] ?? null, unit)}`).join("，")}`,
    )
    .join("；");
}

export function ColumnChart(props: ColumnChartProps) {
  const { id, title, categories, series, values, stacked = false, unit = "" } = props;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const totals = values.map((row) =>
    stacked
      ? row.reduce<number>((sum, value) => sum + (value ?? 0), 0)
      : Math.max(0, ...row.map((value) => value ?? 0)),
  );
  const max = niceMaximum(Math.max(0, ...totals));
  const y = (value: number) => MARGIN.top + plotHeight - (value / max) * plotHeight;
  const band = plotWidth / Math.max(1, categories.length);
  const barWidth = stacked ? band * 0.6 : (band * 0.8) / Math.max(1, series.length);
  const showValues = !stacked && categories.length * series.length <= 24;

  return (
    <figure className="chart">
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describe(props)}</desc>
        {axisTicks(max).map((tick) => (
          <g key={tick} aria-hidden="true">
            <line className="grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className="tick" x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        <line className="axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
        {categories.map((category, index) => {
          const left = MARGIN.left + index * band;
          let stackTop = 0;
          return (
            <g key={category} aria-hidden="true">
              {series.map((entry, column) => {
                const value = values[index]?.[column] ?? null;
                if (value === null || value <= 0) return null;
                const x = stacked ? left + (band - barWidth) / 2 : left + band * 0.1 + column * barWidth;
                const top = stacked ? y(stackTop + value) : y(value);
                const height = stacked ? y(stackTop) - y(stackTop + value) : y(0) - y(value);
                stackTop += stacked ? value : 0;
                return (
                  <g key={entry.key}>
                    <rect
                      x={x}
                      y={top}
                      width={Math.max(1, barWidth - 2)}
                      height={height}
                      fill={CHART_COLORS[column % CHART_COLORS.length]}
                    />
                    {showValues && (
                      <text className="value" x={x + barWidth / 2 - 1} y={top - 4} textAnchor="middle">
                        {value}
                      </text>
                    )}
                  </g>
                );
              })}
              <text className="tick" x={left + band / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                {category}
              </text>
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((entry, column) => (
            <li key={entry.key}>
              <span style={{ background: CHART_COLORS[column % CHART_COLORS.length] }} />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      <ChartDataTable caption={title} categories={categories} series={series} values={values} unit={unit} />
    </figure>
  );
}
