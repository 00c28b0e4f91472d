import { ReportDocument } from "@/components/report/report-document";
import { PublicDate } from "@/components/public/public-date";
import type { PublishedReport } from "@/lib/server/public/get-published-report";
import { renderPublicHtml, type PageMeta } from "../_html/public-document";
import { reportPath, revisionDownloadPath } from "./paths";

const DOWNLOADS = [
  { kind: "docx", label: "Word 文档" },
  { kind: "xlsx", label: "Excel 表格" },
  { kind: "csv", label: "CSV 数据" },
  { kind: "json", label: "JSON 数据" },
] as const;

export function reportTitle(published: PublishedReport): string {
  return `${published.agency.name}${published.report.year}年度政府信息公开工作年度报告`;
}

function Revisions({ published }: { published: PublishedReport }) {
  const { year } = published.report;
  const { code } = published.agency;
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">更正说明</h2>
      <p className="muted">本报告发布后经过更正。各版本如下，可查阅更正前的版本。</p>
      <ol>
        {published.revisions.map((revision) => (
          <li key={revision.number}>
            <PublicDate date={revision.publishedAt} />
            {revision.number === 1 ? " 首次发布" : ` 更正（第${revision.number}版）`}
            {revision.correctionNote && <>：{revision.correctionNote}</>}
            {revision.number === published.revisionNumber ? (
              <span className="muted">（当前查看）</span>
            ) : (
              <>
                {" "}
                <a
                  href={
                    revision.number === published.latestRevisionNumber
                      ? reportPath(year, code)
                      : `${reportPath(year, code)}/revisions/${revision.number}`
                  }
                >
                  查看第{revision.number}版
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ReportPage({ published }: { published: PublishedReport }) {
  const { report, agency } = published;
  const path = reportPath(report.year, agency.code);
  const latest = published.revisionNumber === published.latestRevisionNumber;
  return (
    <article>
      <h1 className="report-title">{reportTitle(published)}</h1>
      <p className="report-meta">
        发布日期：
        <PublicDate date={published.firstPublishedAt} />
        {published.corrections.length > 0 && latest && (
          <>
            {"　"}更正日期：
            <PublicDate date={published.publishedAt} />
          </>
        )}
      </p>
      {!latest && (
        <p className="notice" role="note">
          您正在查看本报告的第{published.revisionNumber}版（
          <PublicDate date={published.publishedAt} />
          发布），该版本已被更正。
          <a href={path}>查看最新版本</a>
        </p>
      )}
      {published.revisions.length > 1 && <Revisions published={published} />}
      {latest && (
        <nav className="report-actions no-print" aria-label="下载">
          <span>下载：</span>
          {DOWNLOADS.map((download) => (
            <a
              key={download.kind}
              href={revisionDownloadPath(report.year, agency.code, published.revisionNumber, download.kind)}
              download
            >
              {download.label}
            </a>
          ))}
          <a href={`/agencies/${encodeURIComponent(agency.code)}`}>历年报告与数据</a>
          <button type="button" className="print-button" data-print hidden>
            打印
          </button>
        </nav>
      )}
      <ReportDocument report={report} />
      {published.otherYears.length > 0 && (
        <nav className="other-years no-print" aria-label="本机关其他年度">
          本机关其他年度：
          <ul>
            {published.otherYears.map((other) => (
              <li key={other}>
                <a href={reportPath(other, agency.code)}>{other} 年度</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}

export function renderReportPage(published: PublishedReport): Promise<string> {
  const title = reportTitle(published);
  const latest = published.revisionNumber === published.latestRevisionNumber;
  const path = latest
    ? reportPath(published.report.year, published.agency.code)
    : `${reportPath(published.report.year, published.agency.code)}/revisions/${published.revisionNumber}`;
  const meta: PageMeta = {
    title: latest ? title : `${title}（第${published.revisionNumber}版）`,
    description: `${title}：总体情况、主动公开、依申请公开、行政复议和行政诉讼、存在的问题及改进情况。`,
    path,
    ogType: "article",
    noIndex: !latest,
    printable: true,
  };
  return renderPublicHtml(meta, <ReportPage published={published} />);
}
