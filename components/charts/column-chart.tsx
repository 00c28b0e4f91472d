import { ChartDataTable } from "./chart-data-table";
import { CHART_COLORS, axisTicks, formatFigure, niceMaximum } from "./chart-scale";
import { NoChartData } from "./no-chart-data";

// Columns per category (years), one per series side by side, or stacked. Drawn with HTML and CSS
// rather than a scaled SVG, so that its words keep the page's font size on a phone. A category
// without data (a year with no published report) keeps its place and says so: a run of years
// never hides the years missing from it. The whole chart is one image to screen readers, whose
// label says every figure; the figures are also a table under the chart.

export type ChartSeries = { key: string; label: string };

type ColumnChartProps = {
  id: string;
  title: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** values[category][series]; null = not filled, a whole row null = no data for that category */
  values: readonly (readonly (number | null)[] | null)[];
  /** What a category without data is called under its column (e.g. 未发布). */
  absentLabel?: string;
  stacked?: boolean;
  unit?: string;
};

function describe({ categories, series, values, unit, absentLabel = "无数据" }: ColumnChartProps): string {
  return categories
    .map((category, index) => {
      const row = values[index];
      if (!row) return `${category}：${absentLabel}`;
      return `${category}：${series.map((entry, column) => `${entry.label}${formatFigure(row[column] ?? null, unit)}`).join("，")}`;
    })
    .join("；");
}

const percent = (value: number, max: number) => `${((value / max) * 100).toFixed(2)}%`;

export function ColumnChart(props: ColumnChartProps) {
  const { id, title, categories, series, values, stacked = false, unit = "", absentLabel = "无数据" } = props;
  const hasData = values.some((row) => row?.some((value) => value !== null));
  const totals = values.map((row) =>
    !row
      ? 0
      : stacked
        ? row.reduce<number>((sum, value) => sum + (value ?? 0), 0)
        : Math.max(0, ...row.map((value) => value ?? 0)),
  );
  const max = niceMaximum(Math.max(0, ...totals));
  const showValues = !stacked && categories.length * series.length <= 24;
  const tableValues = values.map((row) => row ?? series.map(() => null));

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {hasData ? (
        <div className="column-chart" role="img" aria-label={`${title}。${describe(props)}`}>
          <div className="cc-plot">
            {axisTicks(max).map((tick) => (
              <div key={tick} className="cc-grid" style={{ bottom: percent(tick, max) }}>
                <span>{tick}</span>
              </div>
            ))}
            <div className="cc-columns">
              {categories.map((category, index) => {
                const row = values[index];
                if (!row)
                  return (
                    <div key={category} className="cc-category cc-absent">
                      <span>{absentLabel}</span>
                    </div>
                  );
                let stackBase = 0;
                return (
                  <div key={category} className={`cc-category${stacked ? " cc-stacked" : ""}`}>
                    {series.map((entry, column) => {
                      const value = row[column] ?? null;
                      if (value === null || (stacked && value <= 0)) return null;
                      const style = {
                        height: percent(value, max),
                        background: CHART_COLORS[column % CHART_COLORS.length],
                        bottom: stacked ? percent(stackBase, max) : undefined,
                      };
                      stackBase += stacked ? value : 0;
                      return (
                        <div key={entry.key} className="cc-bar" style={style}>
                          {showValues && <span className="cc-value">{value}</span>}
                        </div>
                      );
                    })}
                  </div>
                );
              })}
            </div>
          </div>
          <div className="cc-axis">
            {categories.map((category, index) => (
              <span key={category} className={values[index] ? undefined : "cc-absent-label"}>
                {category}
              </span>
            ))}
          </div>
        </div>
      ) : (
        <NoChartData />
      )}
      {hasData && series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((entry, column) => (
            <li key={entry.key}>
              <span style={{ background: CHART_COLORS[column % CHART_COLORS.length] }} />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      <ChartDataTable caption={title} categories={categories} series={series} values={tableValues} unit={unit} />
    </figure>
  );
}
