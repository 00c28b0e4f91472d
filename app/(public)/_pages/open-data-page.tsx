/* eslint-disable @next/next/no-html-link-for-pages -- these pages are plain HTML without the Next.js client router (see render-to-html.ts): a link is an <a>. */
import { CSV_COLUMNS } from "@/lib/exports/report-csv";
import { describeFormatYears, getKeyFiguresOutline, labelCell, listFormatKeys } from "@/lib/report-format";
import { renderPublicHtml } from "../_html/public-document";

const EXAMPLE_LIST = `{
  "year": 2020,
  "count": 1,
  "reports": [
    {
      "agency": { "name": "本溪市科学技术局", "code": "bxskxjsj" },
      "year": 2020,
      "format": "2019",
      "kind": "agency",
      "publishedAt": "2021-01-29T02:00:00.000Z",
      "updatedAt": "2021-01-29T02:00:00.000Z",
      "revision": 1,
      "urls": {
        "page": "…/reports/2020/bxskxjsj",
        "json": "…/api/public/reports/2020/bxskxjsj",
        "docx": "…/reports/2020/bxskxjsj/download/docx",
        "xlsx": "…/reports/2020/bxskxjsj/download/xlsx",
        "csv": "…/reports/2020/bxskxjsj/download/csv"
      }
    }
  ]
}`;

// The examples of keys and labels: a cell of the newest format, as its declaration names it.
const NEWEST_FORMAT = listFormatKeys().at(-1)!;
const EXAMPLE_FIGURES = getKeyFiguresOutline(NEWEST_FORMAT);
const EXAMPLE_TABLE = EXAMPLE_FIGURES.applicationsTable;
const EXAMPLE_ROW = EXAMPLE_FIGURES.handledRow;
const EXAMPLE_COLUMN = EXAMPLE_FIGURES.applicants[0]!.key;
const EXAMPLE_CELL = `${EXAMPLE_TABLE}.${EXAMPLE_ROW}.${EXAMPLE_COLUMN}`;

const CSV_COLUMN_NOTES: Record<(typeof CSV_COLUMNS)[number], string> = {
  year: "报告年度",
  agency: "机关全称",
  format: `格式版本：${listFormatKeys().join(" 或 ")}`,
  kind: "agency（本机关报告）或 summary（本级政府汇总报告）",
  table: `表格键，如 ${EXAMPLE_TABLE}`,
  row: `行键，如 ${EXAMPLE_ROW}`,
  column: `列键，如 ${EXAMPLE_COLUMN}`,
  label: `单元格的中文名称，如 ${labelCell(NEWEST_FORMAT, EXAMPLE_CELL)}`,
  value: "数值：件数为整数，金额为精确小数，空白表示未填",
  unit: "金额的单位（元 或 万元）",
};

function OpenDataPage({ years }: { years: { year: number; agencies: number }[] }) {
  return (
    <>
      <h1 className="page-title">开放数据</h1>
      <p className="lead">
        已发布的政府信息公开工作年度报告可以机器可读的形式获取：每份报告的 JSON（交换格式 v1）、每个年度全部报告的
        CSV，以及它们的列表。 只包含已发布的报告；接口无需登录，允许跨域访问。
      </p>

      <h2 className="block-heading">报告列表</h2>
      <p>
        <code>GET /api/public/reports?year=年度</code>（不带 <code>year</code>{" "}
        为全部年度）：各报告的机关名称和代码、年度、格式版本、类别、首次发布和最近更正时间、版本号，以及页面、JSON、Word、Excel、CSV
        的地址。
      </p>
      <pre className="code" role="region" aria-label="报告列表的返回示例" tabIndex={0}>
        <code>{EXAMPLE_LIST}</code>
      </pre>

      <h2 className="block-heading">单份报告（JSON）</h2>
      <p>
        <code>GET /api/public/reports/年度/机关代码</code>，例如{" "}
        <a href="/api/public/reports/2020/bxskxjsj">
          <code>/api/public/reports/2020/bxskxjsj</code>
        </a>
        ： 报告的交换格式 JSON，与导出和命令行导入所用的格式相同。结构见 JSON Schema：
        <a href="/api/public/schema/report-v1.json">
          <code>/api/public/schema/report-v1.json</code>
        </a>
        。
      </p>
      <ul>
        <li>
          <code>schema</code> 固定为 <code>gov-info-disclosure-report/v1</code>；<code>format</code> 为{" "}
          {listFormatKeys().map((key, index) => (
            <span key={key}>
              {index > 0 ? "或 " : ""}
              <code>{key}</code>（{describeFormatYears(key)}）
            </span>
          ))}
          。
        </li>
        <li>
          <code>tables</code> 含格式的每一个表、每一行、每一列；键名与官方格式一一对应，如{" "}
          <code>{EXAMPLE_FIGURES.cells.handled}</code> 为“{labelCell(NEWEST_FORMAT, EXAMPLE_FIGURES.cells.handled)}”。
        </li>
        <li>
          件数为整数；2021 版的收费金额为小数字符串（万元），2019 版的采购总金额为{" "}
          <code>{'{ "value": "…", "unit": "元" }'}</code>；<code>null</code> 表示空白。
        </li>
        <li>报告发布后如有更正，接口返回最新版本，报告页面列出各次更正说明。</li>
      </ul>

      <h2 className="block-heading">年度全部数据（CSV）</h2>
      <p>
        <code>GET /api/public/reports/年度/cells.csv</code>：该年度全部已发布报告的每一个单元格一行，UTF-8（带
        BOM，可直接用 Excel 打开），列如下：
      </p>
      <div className="table-scroll" role="region" aria-label="CSV 的列" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">列</th>
              <th scope="col">含义</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                </th>
                <td>{CSV_COLUMN_NOTES[column]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {years.length > 0 && (
        <>
          <h3>按年度下载</h3>
          <ul>
            {years.map((entry) => (
              <li key={entry.year}>
                {entry.year} 年度（{entry.agencies} 个机关）：
                <a href={`/api/public/reports/${entry.year}/cells.csv`}>全部单元格 CSV</a>
                {" · "}
                <a href={`/api/public/reports?year=${entry.year}`}>报告列表 JSON</a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="block-heading">单份报告的下载</h2>
      <p>
        每份报告页面提供 Word（.docx）、Excel（.xlsx）、CSV 和 JSON 下载：
        <code>/reports/年度/机关代码/download/docx|xlsx|csv|json</code>。
      </p>
    </>
  );
}

export function renderOpenDataPage(years: { year: number; agencies: number }[]): Promise<string> {
  return renderPublicHtml(
    {
      title: "开放数据",
      description: "政府信息公开工作年度报告的开放数据：报告列表、单份报告 JSON、年度全部数据 CSV 与 JSON Schema。",
      path: "/open-data",
    },
    <OpenDataPage years={years} />,
  );
}
