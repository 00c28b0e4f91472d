// The parser corpus: one reproduction per collected real report (docs/parser-corpus.md lists the
// sources). Each entry names its source, the shape it reproduces, and how to make it: a report
// of our own (consistent: every rule of its format holds) rendered in that shape. The files are
// written by build-corpus.ts into this folder; the benchmark and the test read them back.
import type { FormatKey, Report, ReportKind } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { layoutReport, renderLayoutText } from "../render-layout";
import { renderLayoutPdf } from "../render-pdf";
import { renderReportText } from "../render-text";
import { toTraditional } from "../../fold-traditional";
import {
  blankZerosBesideTotals,
  collapseOtherProcessing,
  listParts,
  renderCellParagraphs,
  renderMarkdownRowTables,
  renderPipeRows,
  renderSavedPage,
} from "./render-corpus-shapes";

export interface CorpusEntry {
  id: string;
  /** Where the real report was found (repository and path, or the stored page's address). */
  source: string;
  /** What the reproduction keeps of it and what it tests. */
  tests: string;
  file: string;
  format: FormatKey;
  year: number;
  seed: number;
  agency: string;
  kind: ReportKind;
  /** The publication date the source prints, if any (YYYY-MM-DD). */
  published: string | null;
  maxCount?: number;
  render: (report: Report) => string | Uint8Array;
}

const plusSigned = (text: string) => (/^\d+$/u.test(text) && text !== "0" ? `+${text}` : text);

export const CORPUS: readonly CorpusEntry[] = [
  {
    id: "district-2023-pdf",
    source: "github zxj6827111-blip/KIROGOVCOMPARE sample_pdfs_v1/hzq2023_working.pdf (洪泽区人民政府 2023)",
    tests:
      "PDF from Word: header words wrapped over 2-3 centred lines (商业/企业, 社会/公益/组织), row labels wrapped with numbers centred, page numbers “- 2 -”, prose wrapped at the page width, title on two lines",
    file: "district-2023.pdf",
    format: "2021",
    year: 2023,
    seed: 101,
    agency: "青河区人民政府",
    kind: "summary",
    published: null,
    render: (report) =>
      renderLayoutPdf(
        layoutReport(report, {
          labelWidth: 16,
          valueWidth: 4,
          centreNumbers: true,
          proseWidth: 80,
          title: ["青河区人民政府", "2023年政府信息公开工作年度报告"],
        }),
      ),
  },
  {
    id: "district-2024-pdf",
    source: "github zxj6827111-blip/KIROGOVCOMPARE sample_pdfs_v1/hzq2024_working.pdf (淮安市洪泽区人民政府 2024)",
    tests:
      "PDF: the same structure a year later, title with the city before the district, signature and date at the end; like the source, “（六）其他处理” printed as one row (the 2019 way), so its three rows cannot be read",
    file: "district-2024.pdf",
    format: "2021",
    year: 2024,
    seed: 102,
    agency: "北州市青河区人民政府",
    kind: "summary",
    published: "2025-01-20",
    render: (report) =>
      renderLayoutPdf(
        layoutReport(report, {
          labelWidth: 16,
          valueWidth: 4,
          centreNumbers: true,
          proseWidth: 80,
          after: ["北州市青河区人民政府", "2025年1月20日"],
          changeTable: collapseOtherProcessing,
        }),
      ),
  },
  {
    id: "county-2025-markdown",
    source:
      "github zxj6827111-blip/KIROGOVCOMPARE tests/沭阳县人民政府2025年政府信息公开工作年度报告-沭阳县人民政府.txt",
    tests:
      "Markdown from a PDF converter: “# ” title with spaces, each applications row its own pipe table under a “###” heading with columns 类别/数据1…/总计, the reviews as three small tables, the date in brackets under the title",
    file: "county-2025.md",
    format: "2021",
    year: 2025,
    seed: 103,
    agency: "南岭县人民政府",
    kind: "summary",
    published: "2026-01-23",
    render: (report) =>
      renderMarkdownRowTables(
        listParts(report, {
          title: ["# 南岭县人民政府 2025 年 政府信息公开工作年度报告", "南岭县人民政府", "(2026年1月23日)"],
          after: ["南岭县人民政府", "2026年1月23日"],
        }),
      ),
  },
  {
    id: "district-2021-page",
    source: "stored page http://henan.kjzch.com/zhengzhou/2022-01-24/811571.html (二七区人民政府 2021)",
    tests: "a district government's page: preface paragraph, “一、概述” for the first heading, tables as HTML",
    file: "district-2021.html",
    format: "2021",
    year: 2021,
    seed: 104,
    agency: "东湖区人民政府",
    kind: "summary",
    published: "2022-01-24",
    render: (report) =>
      renderSavedPage(
        listParts(report, {
          before: ["发布时间：2022-01-24"],
          preface:
            "本报告根据《中华人民共和国政府信息公开条例》编制，报告中所列数据的统计期限为2021年1月1日至2021年12月31日。",
          headings: { overview: "一、概述" },
        }),
        { site: "东湖区人民政府网", breadcrumb: "当前位置：首页 > 政务公开 > 政府信息公开年报" },
      ),
  },
  {
    id: "district-2021-preface",
    source:
      "stored page http://hntrmy.com/col/13649_176277/art/16436448/1645147752038KaoNWX9a.html (清江浦区人民政府 2021)",
    tests: "a page whose title appears only inside the preface (no title line), the 人民政府 kind",
    file: "district-2021-preface.txt",
    format: "2021",
    year: 2021,
    seed: 105,
    agency: "西江区人民政府",
    kind: "summary",
    published: null,
    render: (report) =>
      renderReportText(report, "browser").replace(
        /^[^\n]*\n/u,
        "西江区政务公开工作领导小组办公室编制了西江区人民政府2021年度政府信息公开工作年度报告。报告全文包括总体情况、主动公开政府信息情况等内容。\n",
      ),
  },
  {
    id: "bureau-2021-cell-pipes",
    source:
      "stored page http://m.pjmajestic.com/xxgk/zfxxgknb/2021/202201/t20220113_2996311.shtml (a district bureau 2021, mirror)",
    tests: "mirror text: every table cell on a line of its own followed by “ |”, band rows “第二十条第（一）项 | |||”",
    file: "bureau-2021-cell-pipes.txt",
    format: "2021",
    year: 2021,
    seed: 106,
    agency: "南湖区住房和城乡建设局",
    kind: "agency",
    published: null,
    render: (report) => renderCellParagraphs(listParts(report), { pipe: "after-cell" }),
  },
  {
    id: "devzone-2021-page",
    source:
      "stored page https://snjkq.suining.gov.cn/zwgk/show/721bf01c07804f6484043de4197af76a.html (遂宁经济技术开发区 2021)",
    tests: "a development zone's page; HTML tables inside the portal's layout",
    file: "devzone-2021.html",
    format: "2021",
    year: 2021,
    seed: 107,
    agency: "北川经济技术开发区管理委员会",
    kind: "agency",
    published: "2022-01-28",
    render: (report) =>
      renderSavedPage(listParts(report, { before: ["信息来源：北川经济技术开发区　发布时间：2022-01-28 09:12"] }), {
        site: "北川经济技术开发区",
        breadcrumb: "您所在的位置：首页 > 政务公开 > 年度报告",
      }),
  },
  {
    id: "office-2021-text",
    source:
      "stored page http://www.jingzhouqu.gov.cn/xxgk/xxgkml/bmzfxxgknb/202202/t20220218_698433.shtml (荆州区人民政府办公室 2021)",
    tests: "a department's report copied from the browser: tables as tab-separated rows, preface naming the site",
    file: "office-2021.txt",
    format: "2021",
    year: 2021,
    seed: 108,
    agency: "西城区人民政府办公室",
    kind: "agency",
    published: null,
    render: (report) => renderReportText(report, "browser"),
  },
  {
    id: "city-2022-summary",
    source: "stored page https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (上海市 2022)",
    tests:
      "a city's summary report: title “2022年XX市政府信息公开工作年度报告” (year first, no 人民政府), wording that it was compiled from the districts' and departments' reports",
    file: "city-2022.html",
    format: "2021",
    year: 2022,
    seed: 109,
    agency: "江州市",
    kind: "summary",
    published: "2023-03-31",
    render: (report) =>
      renderSavedPage(
        listParts(report, {
          title: ["2022年江州市政府信息公开工作年度报告"],
          before: ["发布日期：2023年3月31日"],
          preface: "本年度报告由市政府办公厅根据各区人民政府和市政府各部门的政府信息公开工作年度报告汇总编制而成。",
        }),
        { site: "江州市人民政府", savedFrom: "https://www.example.gov.cn/nw1/20230331/a1.html" },
      ),
  },
  {
    id: "office-2021-plain",
    source:
      "stored page http://www.jyrongcheng.gov.cn/zfxxgkmlfg/jyzcrmzfw/zfxxgkgzndbg/content/post_619240.html (榕城区政府办公室 2021)",
    tests: "pdftotext -layout of a department report: columns kept apart by spaces, header words wrapped",
    file: "office-2021-layout.txt",
    format: "2021",
    year: 2021,
    seed: 110,
    agency: "东城区政府办公室",
    kind: "agency",
    published: null,
    render: (report) => renderLayoutText(layoutReport(report, { labelWidth: 20, valueWidth: 6 })),
  },
  {
    id: "subdistrict-2020-page",
    source: "stored page http://lnst.gov.cn/html/CYSTQ/202101/0163350250579547.html (双塔区前进街道 2020)",
    tests:
      "2019 format, a 街道: “更新日期:2021-01-20 信息来源:…” line under the title, every cell a paragraph of its own",
    file: "subdistrict-2020.txt",
    format: "2019",
    year: 2020,
    seed: 111,
    agency: "青河区前进街道办事处",
    kind: "agency",
    published: "2021-01-20",
    render: (report) =>
      renderCellParagraphs(
        listParts(report, {
          before: [],
          title: [
            "青河区前进街道办事处2020年政府信息公开工作年度报告",
            "更新日期:2021-01-20 信息来源:青河区政务公开办 浏览:",
          ],
        }),
        { blankLines: true },
      ),
  },
  {
    id: "subdistrict-2020-pipes",
    source:
      "stored page http://www.jingchikouqiang.com/zwgk/xxgknb/2020/content/post_7038677.html (北京街道办事处 2020, mirror)",
    tests: "2019 format: table rows as “a | b | c |” lines without a Markdown separator",
    file: "subdistrict-2020-pipes.txt",
    format: "2019",
    year: 2020,
    seed: 112,
    agency: "南关街道办事处",
    kind: "agency",
    published: null,
    render: (report) => renderPipeRows(listParts(report)),
  },
  {
    id: "subdistrict-2020-row-markers",
    source:
      "stored page https://www.huangpi.gov.cn/jxzl/slqj_jxzl/zfxxgkndbg_slqj/202101/t20210127_1618961.html (黄陂区某街 2020)",
    tests: "2019 format: a “|” line before each row and every cell on its own line",
    file: "subdistrict-2020-markers.txt",
    format: "2019",
    year: 2020,
    seed: 113,
    agency: "北湖街道办事处",
    kind: "agency",
    published: null,
    render: (report) => renderCellParagraphs(listParts(report), { pipe: "row-marker" }),
  },
  {
    id: "subdistrict-2020-signed",
    source:
      "stored page http://www.lw.gov.cn/zwgkk/qmtjjczwgkbzhgfhgz/gjd/nyj/content/post_7033012.html (荔湾区南源街道办事处 2020)",
    tests:
      "2019 format: “发布时间: 2021-01-18 来源: …” line, cells as paragraphs with blank lines between, 本年增/减 printed with a plus sign (“+19”)",
    file: "subdistrict-2020-signed.txt",
    format: "2019",
    year: 2020,
    seed: 114,
    agency: "荔川区南源街道办事处",
    kind: "agency",
    published: "2021-01-18",
    render: (report) =>
      renderCellParagraphs(
        listParts(report, {
          title: [
            "荔川区南源街道办事处2020年政府信息公开工作年度报告",
            "发布时间: 2021-01-18 来源: 南源街 浏览次数:-",
            "【打印】 【字体:",
          ],
          cellText: (text, table) => (table.key.startsWith("art20_") ? plusSigned(text) : text),
        }),
        { blankLines: true },
      ),
  },
  {
    id: "bureau-2019-spaced",
    source:
      "stored page https://yynanhu.yueyang.gov.cn/29509/29510/55038/55040/55223/55306/content_1649246.html (南湖某局 2019)",
    tests: "2019 format, first year: “|” row markers, cells on their own lines",
    file: "bureau-2019.txt",
    format: "2019",
    year: 2019,
    seed: 115,
    agency: "岳川市南湖区民政局",
    kind: "agency",
    published: null,
    render: (report) => renderCellParagraphs(listParts(report), { pipe: "row-marker" }),
  },
  {
    id: "city-2019-page",
    source:
      "stored page https://www.lzlib.com/go.htm?url=dyfc_xq&i=3058&c=lu_zhou_zheng_wu_xin_xi_gong_kai (泸州市人民政府 2019)",
    tests: "2019 format, a city government: saved page with breadcrumb, the preface naming the site, the 人民政府 kind",
    file: "city-2019.html",
    format: "2019",
    year: 2019,
    seed: 116,
    agency: "川南市人民政府",
    kind: "summary",
    published: "2020-01-21",
    render: (report) =>
      renderSavedPage(listParts(report, { before: ["发布时间：2020-01-21 10:05"] }), {
        site: "川南市人民政府",
        breadcrumb: "首页 > 政务公开 > 政府信息公开年报",
      }),
  },
  {
    id: "audit-2020-flipbook",
    source:
      "stored page http://180.76.149.248:88/book/dzs/shenji/files/basic-html/page9.html (2020年报_审计局, a flipbook of the PDF)",
    tests:
      "2019 format: PDF text with the reviews header words stacked one character per line (结/果/维/持), numbers in narrow columns",
    file: "audit-2020-layout.txt",
    format: "2019",
    year: 2020,
    seed: 117,
    agency: "西山区审计局",
    kind: "agency",
    published: null,
    maxCount: 9,
    render: (report) => renderLayoutText(layoutReport(report, { labelWidth: 20, valueWidth: 3 })),
  },
  {
    id: "subdistrict-2020-blanks",
    source:
      "stored page http://www.yuyang.gov.cn/zwgk/zfxxgknb/jdbsc/elnnb/1355046492463177730.html (驼峰路街道办事处 2020)",
    tests:
      "2019 format: every cell a paragraph, and in the applications table only 总计 printed, the other columns left blank: those cells cannot be read (blank is not 0)",
    file: "subdistrict-2020-blanks.txt",
    format: "2019",
    year: 2020,
    seed: 124,
    agency: "驼山路街道办事处",
    kind: "agency",
    published: null,
    render: (report) =>
      renderCellParagraphs(listParts(report, { changeTable: blankZerosBesideTotals }), { blankLines: true }),
  },
  {
    id: "town-2022-paragraphs",
    source:
      "stored page http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/2022/gzj/tpz/63d48a80f8fd1c4c213ab9ff.html (太平镇人民政府 2022)",
    tests: "a town (镇): every cell a paragraph, header words split over paragraphs (商业 / 企业)",
    file: "town-2022.txt",
    format: "2021",
    year: 2022,
    seed: 118,
    agency: "太和镇人民政府",
    kind: "agency",
    published: null,
    render: (report) =>
      renderCellParagraphs(listParts(report), { blankLines: true })
        .replace(/\n商业企业\n/u, "\n商业\n\n企业\n")
        .replace(/\n科研机构\n/u, "\n科研\n\n机构\n"),
  },
  {
    id: "town-2022-breadcrumb",
    source:
      "stored page http://www.xinle.gov.cn/columns/bad1076f-2ae9-4523-89c8-24da0a0c344c/202301/30/1679499a-c94e-4010-9085-37f2a3fc315d.html (马头铺镇人民政府 2022)",
    tests:
      "a town: breadcrumb “当前位置:首页 > …”, the title printed twice (page heading, then agency and title on two lines)",
    file: "town-2022-breadcrumb.txt",
    format: "2021",
    year: 2022,
    seed: 119,
    agency: "石头铺镇人民政府",
    kind: "agency",
    published: null,
    render: (report) =>
      renderReportText(report, "browser").replace(
        /^[^\n]*\n/u,
        [
          "当前位置:首页",
          "> 政府信息公开",
          "> 政府信息公开年报",
          "> 2022年",
          "石头铺镇人民政府2022年度政府信息公开工作年度报告",
          "石头铺镇人民政府",
          "2022年政府信息公开工作年度报告",
          "",
        ].join("\n"),
      ),
  },
  {
    id: "devzone-2021-pipes",
    source:
      "stored page http://www.lintong.gov.cn/zwgk/xxgkml/xxgknb/bmxxgknb/61efbcd2f8fd1c0bdc7c5128.html (临潼开发区管委会 2021)",
    tests: "a 管委会: pipe rows with a leading “|”, spaced header words (“自然 人”, “总 计”)",
    file: "devzone-2021-pipes.txt",
    format: "2021",
    year: 2021,
    seed: 120,
    agency: "东山经济开发区管理委员会",
    kind: "agency",
    published: null,
    render: (report) => renderPipeRows(listParts(report), { leading: true, spacedHeader: true }),
  },
  {
    id: "devbureau-2021-capture",
    source: "stored page http://www.qeda.gov.cn/html/2022/2021n_0220/9556.html (经济技术开发区经济发展局 2021)",
    tests: "a capture header “发布时间:2022-02-20 16:41:00 索引号: 文号: 来源:”, the title over two lines",
    file: "devbureau-2021.txt",
    format: "2021",
    year: 2021,
    seed: 121,
    agency: "南江经济技术开发区经济发展局",
    kind: "agency",
    published: "2022-02-20",
    render: (report) =>
      renderReportText(report, "browser").replace(
        /^[^\n]*\n/u,
        [
          "信息公开",
          "南江经济技术开发区经济发展局2021年政府信息公开工作年度报告",
          "发布时间:2022-02-20 16:41:00   索引号:    文号:    来源:   ",
          "南江经济技术开发区经济发展局2021年",
          "政府信息公开工作年度报告",
          "",
        ].join("\n"),
      ),
  },
  {
    id: "zone-2021-summary",
    source:
      "stored page http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水市 2017, for its wording) and http://wedosign.net/qzfbm/htxckfq/zwgk_53321/zfxxgknb_53332/202201/t20220124_10333335.html (海棠新城开发区管理委员会 2021, for its layout)",
    tests:
      "a 管委会's 汇总 report: its own wording says it was compiled from its units' reports; title over two lines with the agency on the first",
    file: "zone-2021-summary.txt",
    format: "2021",
    year: 2021,
    seed: 122,
    agency: "白鹭新城开发区管理委员会",
    kind: "summary",
    published: "2022-01-24",
    render: (report) =>
      renderReportText(report, "browser").replace(
        /^[^\n]*\n/u,
        [
          "白鹭新城开发区管理委员会",
          "2021年政府信息公开工作年度报告",
          "本年度报告根据《中华人民共和国政府信息公开条例》要求，汇总管委会各有关单位的政府信息公开工作年度报告编制而成。",
          "",
        ].join("\n"),
      ) + "\n白鹭新城开发区管理委员会\n2022年1月24日\n",
  },
  {
    id: "town-2022-run-together",
    source:
      "stored page http://www.lintao.gov.cn/art/2023/1/31/art_6924_1618518.html (临洮县新添镇 2022, the page text kept on one line)",
    tests:
      "a page's text with its line breaks gone (and here its spaces too): headings, labels and digits run together (规范性文件898989), split by the format's rules",
    file: "town-2022-run-together.txt",
    format: "2021",
    year: 2022,
    seed: 123,
    agency: "北岭镇人民政府",
    kind: "agency",
    published: null,
    render: (report) => renderReportText(report, "browser").replace(/\s+/gu, ""),
  },
  {
    id: "town-2022-traditional",
    source:
      "stored page http://tzchery.com/gzzwz/bpzrmzf/zwgk/xxgknb/content/post_1714241.html (北坡镇 2022, a mirror converting to traditional characters)",
    tests: "traditional characters (公開, 處理, 總計, 萬元), pipe rows “a | b |”, the first band line missing",
    file: "town-2022-traditional.txt",
    format: "2021",
    year: 2022,
    seed: 125,
    agency: "南坡镇人民政府",
    kind: "agency",
    published: null,
    render: (report) => toTraditional(renderPipeRows(listParts(report)).replace("第二十条第（一）项 |\n", "")),
  },
];

export function buildCorpusTruth(entry: CorpusEntry): Report {
  return buildConsistentReport({
    format: entry.format,
    seed: entry.seed,
    year: entry.year,
    agencyName: entry.agency,
    kind: entry.kind,
    ...(entry.maxCount ? { maxCount: entry.maxCount } : {}),
  });
}
