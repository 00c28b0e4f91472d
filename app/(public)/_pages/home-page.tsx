/* eslint-disable @next/next/no-html-link-for-pages -- these pages are plain HTML without the Next.js client router (see render-to-html.ts): a link is an <a>. */
import { PublicDate } from "@/components/public/public-date";
import { AGENCY_KIND_LABELS } from "@/lib/labels";
import type { PublishedReportEntry } from "@/lib/server/public/list-published-reports";
import { renderPublicHtml } from "../_html/public-document";
import { reportPath, yearPath } from "./paths";

export type HomeData = {
  counts: { year: number; agencies: number }[];
  /** The year shown, or null for all years. */
  year: number | null;
  query: string;
  reports: PublishedReportEntry[];
};

const KIND_ORDER = ["GOVERNMENT", "DEPARTMENT", "TOWNSHIP"] as const;
const OTHER_GROUP = "其他机关";

type Group = { name: string; reports: PublishedReportEntry[] };

/** By the government an agency reports to (a government with its own members heads its own group too). */
function groupByGovernment(reports: PublishedReportEntry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const report of reports) {
    const name = report.government?.name ?? (report.agency.kind === "GOVERNMENT" ? report.agency.name : OTHER_GROUP);
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { name, reports: [] }));
    group.reports.push(report);
  }
  return [...groups.values()].sort((a, b) =>
    a.name === OTHER_GROUP ? 1 : b.name === OTHER_GROUP ? -1 : a.name.localeCompare(b.name, "zh-CN"),
  );
}

function ReportLinks({ reports }: { reports: PublishedReportEntry[] }) {
  return (
    <ul className="report-list">
      {reports.map((report) => (
        <li key={`${report.agency.code}-${report.kind}`}>
          <a href={reportPath(report.year, report.agency.code)}>
            {report.agency.name}
            {report.kind === "SUMMARY" && "（本级政府汇总）"}
            <span className="muted">
              {" "}
              · <PublicDate date={report.firstPublishedAt} /> 发布{report.revisionNumber > 1 && " · 已更正"}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function YearReports({ year, reports }: { year: number; reports: PublishedReportEntry[] }) {
  return (
    <section aria-labelledby={`year-${year}`}>
      <h2 id={`year-${year}`} className="block-heading">
        {year} 年度
      </h2>
      <p className="muted">
        已发布 {reports.length} 份 · <a href={yearPath(year)}>{year} 年度汇总与对比</a>
      </p>
      {groupByGovernment(reports).map((group) => (
        <section key={group.name} aria-label={`${year} 年度 · ${group.name}`}>
          <h3>{group.name}</h3>
          {KIND_ORDER.map((kind) => {
            const ofKind = group.reports.filter((report) => report.agency.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <div key={kind}>
                <h4 className="kind-heading">{AGENCY_KIND_LABELS[kind]}</h4>
                <ReportLinks reports={ofKind} />
              </div>
            );
          })}
        </section>
      ))}
    </section>
  );
}

function HomePage({ data }: { data: HomeData }) {
  const years = data.year === null ? [...new Set(data.reports.map((report) => report.year))] : [data.year];
  return (
    <>
      <h1 className="page-title">政府信息公开工作年度报告</h1>
      <p className="lead">
        各级行政机关依据《中华人民共和国政府信息公开条例》每年公开的工作年度报告，可按机关名称查找，可下载数据。
      </p>
      <form className="search-form" method="get" action="/" role="search" aria-label="查找年度报告">
        <label>
          机关名称
          <input type="search" name="q" defaultValue={data.query} placeholder="如：科学技术局" maxLength={50} />
        </label>
        <label>
          年度
          <select name="year">
            <option value="all" selected={data.year === null}>
              全部年度
            </option>
            {data.counts.map((count) => (
              <option key={count.year} value={String(count.year)} selected={count.year === data.year}>
                {count.year} 年度
              </option>
            ))}
          </select>
        </label>
        <button type="submit">查找</button>
      </form>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="visually-hidden">
          各年度已发布报告的机关数
        </h2>
        <ul className="year-counts" aria-label="各年度已发布报告的机关数">
          {data.counts.map((count) => (
            <li key={count.year}>
              {count.year === data.year && !data.query ? (
                <span aria-current="true">
                  {count.year} 年度：{count.agencies} 个机关已发布
                </span>
              ) : (
                <a href={`/?year=${count.year}`}>
                  {count.year} 年度：{count.agencies} 个机关已发布
                </a>
              )}
            </li>
          ))}
        </ul>
      </section>
      {data.query && (
        <p role="status">
          “{data.query}”{data.year !== null && `（${data.year} 年度）`}：找到 {data.reports.length} 份已发布的年度报告。
          <a href="/">清除查找条件</a>
        </p>
      )}
      {data.counts.length === 0 && <p>暂无已发布的年度报告。</p>}
      {years.map((year) => (
        <YearReports key={year} year={year} reports={data.reports.filter((report) => report.year === year)} />
      ))}
    </>
  );
}

export function renderHomePage(data: HomeData): Promise<string> {
  return renderPublicHtml(
    {
      title: data.query ? `查找“${data.query}”` : "政府信息公开工作年度报告",
      description: "各级行政机关政府信息公开工作年度报告：按年度、按机关查阅，附开放数据下载。",
      path: "/",
      noIndex: Boolean(data.query),
    },
    <HomePage data={data} />,
  );
}
