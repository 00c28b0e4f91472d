import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/report/report-document";
import { getPublishedReport } from "@/lib/server/public/get-published-report";
import { formatDate } from "@/lib/format-date";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ year: string; code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { year, code } = await params;
  const published = await getPublishedReport(Number(year), code);
  if (!published) return { title: "未找到报告" };
  const title = `${published.agency.name}${year}年度政府信息公开工作年度报告`;
  return { title, description: `${title}：总体情况、主动公开、依申请公开、行政复议和诉讼等情况。`, openGraph: { title, type: "article" } };
}

export default async function PublishedReportPage({ params }: Params) {
  const { year, code } = await params;
  const published = await getPublishedReport(Number(year), code);
  if (!published) notFound();
  const { report, agency, publishedAt, otherYears } = published;
  return (
    <article>
      <h1 className="report-title">{agency.name}{report.year}年度政府信息公开工作年度报告</h1>
      <p className="report-meta">发布日期：{formatDate(publishedAt)}</p>
      <ReportDocument report={report} />
      {otherYears.length > 0 && (
        <nav className="other-years no-print" aria-label="其他年度">
          本机关其他年度：
          {otherYears.map((other) => (
            <Link key={other} href={`/reports/${other}/${agency.code}`} style={{ marginRight: "0.75rem" }}>
              {other} 年度
            </Link>
          ))}
        </nav>
      )}
    </article>
  );
}
