import { ColumnChart } from "@/components/charts/column-chart";
import { PublicDate } from "@/components/public/public-date";
import { AGENCY_KIND_LABELS } from "@/lib/labels";
import type { AgencyHistory } from "@/lib/server/public/get-agency-history";
import { CURRENT_KEY_FIGURES } from "@/lib/server/public/key-figures";
import { renderPublicHtml } from "../_html/public-document";
import { reportPath, yearPath } from "./paths";

type YearEntry = AgencyHistory["years"][number];

function figure(value: number | null): string {
  return value === null ? "—" : String(value);
}

function CarryOverChain({ history }: { history: AgencyHistory }) {
  if (history.carryOver.length === 0) {
    return <p className="muted">需要连续两个年度的已发布报告才能核对结转情况。</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-label="结转核对" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">上年“结转下年度继续办理”与下年“上年结转”的核对</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            {history.carryOver[0]!.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
            <th scope="col">核对结果</th>
          </tr>
        </thead>
        <tbody>
          {history.carryOver.map((link) => (
            <tr key={link.from}>
              <th scope="row">
                {link.from} → {link.to}
              </th>
              {link.columns.map((column) => (
                <td key={column.key} className={`num ${column.matches ? "" : "mismatch"}`}>
                  {figure(column.carriedOver)} → {figure(column.carriedIn)}
                  {!column.matches && <span className="visually-hidden">（不一致）</span>}
                </td>
              ))}
              <td className={link.matches ? "match" : "mismatch"}>{link.matches ? "✓ 一致" : "✗ 不一致"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Every year from the first published report to the last, a year without a report included: the
 * charts keep its place (marked 未发布), so 2020 never stands next to 2025 as if they were consecutive.
 */
function chartYears(years: AgencyHistory["years"]): { categories: string[]; entries: (YearEntry | null)[] } {
  if (years.length === 0) return { categories: [], entries: [] };
  const byYear = new Map(years.map((entry) => [entry.year, entry]));
  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  const all = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return { categories: all.map(String), entries: all.map((year) => byYear.get(year) ?? null) };
}

function AgencyCharts({ years }: { years: AgencyHistory["years"] }) {
  const { categories, entries } = chartYears(years);
  const rows = <T,>(read: (entry: YearEntry) => T) => entries.map((entry) => (entry ? read(entry) : null));
  return (
    <div className="chart-grid">
      <ColumnChart
        id="chart-received"
        title="历年收到的政府信息公开申请（件）"
        categories={categories}
        series={[
          { key: "received", label: "本年新收" },
          { key: "carriedIn", label: "上年结转" },
        ]}
        values={rows((entry) => [entry.figures.received, entry.figures.carriedIn])}
        absentLabel="未发布"
        unit="件"
      />
      <ColumnChart
        id="chart-outcomes"
        title="历年申请办理结果（件）"
        categories={categories}
        series={CURRENT_KEY_FIGURES.outcomes.map(({ key, label }) => ({ key, label }))}
        values={rows((entry) => CURRENT_KEY_FIGURES.outcomes.map(({ key }) => entry.figures.outcomes[key] ?? null))}
        absentLabel="未发布"
        stacked
        unit="件"
      />
      <ColumnChart
        id="chart-reviews"
        title="历年行政复议和行政诉讼（件）"
        categories={categories}
        series={[
          { key: "reviews", label: "行政复议" },
          { key: "suitsDirect", label: "未经复议直接起诉" },
          { key: "suitsAfterReview", label: "复议后起诉" },
        ]}
        values={rows((entry) => [entry.figures.reviews, entry.figures.suitsDirect, entry.figures.suitsAfterReview])}
        absentLabel="未发布"
        unit="件"
      />
    </div>
  );
}

function AgencyPage({ history }: { history: AgencyHistory }) {
  const { agency, years } = history;
  const latestYear = years.at(-1)?.year ?? 0;
  return (
    <>
      <h1 className="page-title">{agency.name}：历年政府信息公开工作年度报告</h1>
      <p className="lead">
        {AGENCY_KIND_LABELS[agency.kind]}
        {history.government && <>，隶属 {history.government.name}</>}
        {agency.region && <>，{agency.region}</>}。共发布 {years.length} 个年度的报告。
      </p>
      <h2 className="block-heading">各年度报告</h2>
      <div className="table-scroll" role="region" aria-label="各年度报告" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">发布日期</th>
              <th scope="col">本年新收申请</th>
              <th scope="col">上年结转</th>
              <th scope="col">办理结果总计</th>
              <th scope="col">结转下年度</th>
              <th scope="col">行政复议</th>
              <th scope="col">行政诉讼</th>
            </tr>
          </thead>
          <tbody>
            {[...years].reverse().map((entry) => (
              <tr key={entry.year}>
                <th scope="row">
                  <a href={reportPath(entry.year, agency.code)}>{entry.year} 年度报告</a>
                  {entry.revisionNumber > 1 && <span className="muted">（已更正）</span>}
                </th>
                <td>
                  <PublicDate date={entry.firstPublishedAt} />
                </td>
                <td className="num">{figure(entry.figures.received)}</td>
                <td className="num">{figure(entry.figures.carriedIn)}</td>
                <td className="num">{figure(entry.figures.handled)}</td>
                <td className="num">{figure(entry.figures.carriedOver)}</td>
                <td className="num">{figure(entry.figures.reviews)}</td>
                <td className="num">{figure(sum(entry.figures.suitsDirect, entry.figures.suitsAfterReview))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="block-heading">主要数据的变化</h2>
      <AgencyCharts years={years} />
      <h2 className="block-heading">结转核对</h2>
      <p className="muted">
        每一年度“四、结转下年度继续办理”应等于下一年度“二、上年结转政府信息公开申请数量”（按申请人类别逐列核对）。
      </p>
      <CarryOverChain history={history} />
      {history.government && (
        <p className="other-years">
          <a href={yearPath(latestYear, history.government.code)}>{history.government.name} 各单位年度对比</a>
        </p>
      )}
    </>
  );
}

function sum(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

export function renderAgencyPage(history: AgencyHistory): Promise<string> {
  const years = history.years.map((entry) => entry.year);
  return renderPublicHtml(
    {
      title: `${history.agency.name}历年政府信息公开工作年度报告`,
      description: `${history.agency.name} ${years[0]}–${years[years.length - 1]} 年度政府信息公开工作年度报告与主要数据：申请数量、办理结果、行政复议和诉讼。`,
      path: `/agencies/${encodeURIComponent(history.agency.code)}`,
    },
    <AgencyPage history={history} />,
  );
}
