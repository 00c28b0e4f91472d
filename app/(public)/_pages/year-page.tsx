import { BarListChart } from "@/components/charts/bar-list-chart";
import { OfficialTable } from "@/components/report/official-table";
import { PublicDate } from "@/components/public/public-date";
import { getFormat, type TableValues } from "@/lib/report-format";
import { AGENCY_KIND_LABELS } from "@/lib/labels";
import { CURRENT_KEY_FIGURES, type KeyFigures } from "@/lib/server/public/key-figures";
import type { YearMember, YearOverview } from "@/lib/server/public/get-year-overview";
import { renderPublicHtml } from "../_html/public-document";
import { agencyPath, reportPath } from "./paths";

type SortColumn = { key: string; label: string; read: (figures: KeyFigures) => number | null };

// The columns of the members' table, each sortable through the `sort` parameter (server-side):
// the first three kinds of outcome (予以公开, 部分公开, 不予公开) by their row keys.
export const SORT_COLUMNS: readonly SortColumn[] = [
  { key: "received", label: "本年新收申请", read: (figures) => figures.received },
  ...CURRENT_KEY_FIGURES.outcomes.slice(0, 3).map((kind): SortColumn => ({
    key: kind.key,
    label: kind.label,
    read: (figures) => figures.outcomes[kind.key] ?? null,
  })),
  { key: "handled", label: "办理结果总计", read: (figures) => figures.handled },
  { key: "carriedOver", label: "结转下年度", read: (figures) => figures.carriedOver },
  { key: "reviews", label: "行政复议", read: (figures) => figures.reviews },
  { key: "suits", label: "行政诉讼", read: (figures) => sum(figures.suitsDirect, figures.suitsAfterReview) },
];

export type SortKey = string;
export type SortOrder = "asc" | "desc";
export type YearPageView = { sort: SortKey; order: SortOrder };

export function isSortKey(value: string): value is SortKey {
  return value === "name" || SORT_COLUMNS.some((column) => column.key === value);
}

function sum(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

/** Published members first, sorted by the column; those that have not published last, by name. */
export function sortMembers(members: readonly YearMember[], { sort, order }: YearPageView): YearMember[] {
  const column = SORT_COLUMNS.find((candidate) => candidate.key === sort);
  const direction = order === "asc" ? 1 : -1;
  const byName = (a: YearMember, b: YearMember) => a.name.localeCompare(b.name, "zh-CN");
  return [...members].sort((a, b) => {
    if (!a.report || !b.report) return a.report ? -1 : b.report ? 1 : byName(a, b);
    if (!column) return direction * byName(a, b);
    const difference = (column.read(a.report.figures) ?? -1) - (column.read(b.report.figures) ?? -1);
    return difference !== 0 ? direction * difference : byName(a, b);
  });
}

function sortHref(overview: YearOverview, key: SortKey, view: YearPageView): string {
  const order: SortOrder =
    view.sort === key ? (view.order === "asc" ? "desc" : "asc") : key === "name" ? "asc" : "desc";
  return `/years/${overview.year}?government=${encodeURIComponent(overview.government.code)}&sort=${key}&order=${order}`;
}

function SortHeader({
  overview,
  view,
  column,
  label,
}: {
  overview: YearOverview;
  view: YearPageView;
  column: SortKey;
  label: string;
}) {
  const active = view.sort === column;
  return (
    <th scope="col" aria-sort={active ? (view.order === "asc" ? "ascending" : "descending") : undefined}>
      <a className="sort-link" href={sortHref(overview, column, view)}>
        {label}
        {active ? (view.order === "asc" ? " ▲" : " ▼") : ""}
        <span className="visually-hidden">
          {active ? `（当前按此列${view.order === "asc" ? "升序" : "降序"}排列，点击切换）` : "（点击按此列排序）"}
        </span>
      </a>
    </th>
  );
}

function MembersTable({ overview, view }: { overview: YearOverview; view: YearPageView }) {
  const members = sortMembers(overview.members, view);
  return (
    <div className="table-scroll" role="region" aria-label="各单位主要数据" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">
          {overview.government.name}各单位 {overview.year} 年度主要数据
        </caption>
        <thead>
          <tr>
            <SortHeader overview={overview} view={view} column="name" label="单位" />
            <th scope="col">发布日期</th>
            {SORT_COLUMNS.map((column) => (
              <SortHeader key={column.key} overview={overview} view={view} column={column.key} label={column.label} />
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.code}>
              <th scope="row">
                {member.report ? <a href={reportPath(overview.year, member.code)}>{member.name}</a> : member.name}
                <span className="muted">（{AGENCY_KIND_LABELS[member.kind]}）</span>
              </th>
              <td>{member.report ? <PublicDate date={member.report.firstPublishedAt} /> : "未发布"}</td>
              {SORT_COLUMNS.map((column) => {
                const value = member.report ? column.read(member.report.figures) : null;
                return (
                  <td key={column.key} className="num">
                    {value === null ? "—" : value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function readCount(values: TableValues | undefined, row: string, column: string): number | null {
  const value = values?.[row]?.[column];
  return typeof value === "number" ? value : null;
}

function SummaryCharts({ overview }: { overview: YearOverview }) {
  const figures = CURRENT_KEY_FIGURES;
  const applications = overview.summary.tables[figures.applicationsTable];
  const outcomes = figures.outcomes.map((kind) => {
    const values = kind.rows.map((row) => readCount(applications, row, figures.totalColumn));
    return {
      key: kind.key,
      label: kind.label,
      value: values.every((value) => value === null)
        ? null
        : values.reduce<number>((total, value) => total + (value ?? 0), 0),
    };
  });
  const applicants = figures.applicants.map((column) => ({
    key: column.key,
    label: column.label,
    value: readCount(applications, figures.receivedRow, column.key),
  }));
  return (
    <div className="chart-grid">
      <BarListChart id="chart-outcome-mix" title="申请办理结果构成（汇总，件）" items={outcomes} unit="件" />
      <BarListChart id="chart-applicants" title="本年新收申请按申请人类别（汇总，件）" items={applicants} unit="件" />
    </div>
  );
}

function Summary({ overview }: { overview: YearOverview }) {
  const format = getFormat(overview.format);
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="block-heading">
        {overview.government.name} {overview.year} 年度汇总
      </h2>
      <p className="muted">
        按单元格汇总 {overview.summary.included}{" "}
        个已发布报告的单位（本级政府部门及下一级政府）。未发布报告的单位不计入。
      </p>
      {overview.summary.included === 0 ? (
        <p>尚无单位发布本年度报告。</p>
      ) : (
        <>
          <SummaryCharts overview={overview} />
          {format.sections.map((section) =>
            section.content.kind === "tables" ? (
              <section key={section.key} className="report-section" aria-labelledby={`summary-${section.key}`}>
                <h3 id={`summary-${section.key}`}>{section.heading}</h3>
                {section.content.tables.map((table) => (
                  <OfficialTable
                    key={table.key}
                    table={table}
                    values={overview.summary.tables[table.key]}
                    label={`汇总·${table.band ?? section.heading.replace(/^[一二三四五六]、/, "")}`}
                  />
                ))}
              </section>
            ) : null,
          )}
        </>
      )}
      <h3>尚未发布年度报告的单位（{overview.summary.missing.length}）</h3>
      {overview.summary.missing.length === 0 ? (
        <p>所有单位均已发布。</p>
      ) : (
        <ul className="inline-list" aria-label="尚未发布年度报告的单位">
          {overview.summary.missing.map((member) => (
            <li key={member.code}>{member.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function YearPage({ overview, view }: { overview: YearOverview; view: YearPageView }) {
  const published = overview.members.filter((member) => member.report).length;
  return (
    <>
      <h1 className="page-title">
        {overview.government.name} {overview.year} 年度政府信息公开工作年度报告汇总情况
      </h1>
      <p className="lead">
        本页汇总{overview.government.name}各部门及下一级政府已发布的 {overview.year} 年度报告，不是一份单独的年度报告。
        {overview.members.length} 个单位中 {published} 个已发布本年度报告。
        {overview.governments.length > 1 && (
          <>
            {" "}
            其他政府：
            {overview.governments
              .filter((government) => government.code !== overview.government.code)
              .map((government) => (
                <a
                  key={government.code}
                  href={`/years/${overview.year}?government=${encodeURIComponent(government.code)}`}
                  style={{ marginRight: "0.75rem" }}
                >
                  {government.name}
                </a>
              ))}
          </>
        )}
      </p>
      <p className="no-print">
        <a href={agencyPath(overview.government.code)}>{overview.government.name}历年报告</a>
        {" · "}
        <a href={`/api/public/reports/${overview.year}/cells.csv`}>下载本年度全部已发布报告的数据（CSV）</a>
      </p>
      <h2 className="block-heading">各单位主要数据</h2>
      <MembersTable overview={overview} view={view} />
      <Summary overview={overview} />
    </>
  );
}

export function renderYearPage(overview: YearOverview, view: YearPageView): Promise<string> {
  return renderPublicHtml(
    {
      title: `${overview.government.name} ${overview.year} 年度政府信息公开工作年度报告汇总情况`,
      description: `${overview.government.name}各部门及下级政府 ${overview.year} 年度政府信息公开工作年度报告的主要数据、汇总和未发布单位。`,
      path: `/years/${overview.year}?government=${encodeURIComponent(overview.government.code)}`,
      noIndex: view.sort !== "name" || view.order !== "asc",
    },
    <YearPage overview={overview} view={view} />,
  );
}
