import Link from "next/link";
import { listPublishedReports } from "@/lib/server/public/list-published-reports";
import { formatDate } from "@/lib/format-date";

export const dynamic = "force-dynamic";

export default async function PublicHomePage() {
  const reports = await listPublishedReports();
  const years = [...new Set(reports.map((report) => report.year))];
  return (
    <>
      <h1 className="report-title">政府信息公开工作年度报告</h1>
      <p className="report-meta">已发布 {reports.length} 份年度报告</p>
      {years.length === 0 && <p>暂无已发布的年度报告。</p>}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="year-heading">{year} 年度</h2>
          <ul className="report-list">
            {reports
              .filter((report) => report.year === year)
              .map((report) => (
                <li key={`${report.agency.code}-${report.kind}`}>
                  <Link href={`/reports/${year}/${report.agency.code}`}>
                    {report.agency.name}
                    {report.firstPublishedAt && (
                      <span className="muted"> · {formatDate(report.firstPublishedAt)} 发布</span>
                    )}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
