import { buildDistinctReport } from "@/lib/report-parser/testdata/distinct-report";
import { renderReportText } from "@/lib/report-parser/testdata/render-text";
import { renderReportHtml } from "@/lib/report-parser/testdata/render-html";
import { parsePublishedReport } from "@/lib/report-parser";
import { isDeepStrictEqual } from "node:util";
const show = (name: string, kind: "text" | "html", content: string, expected?: unknown) => {
  const p = parsePublishedReport({ kind, content });
  const odd = Object.entries(p.cells).filter(([, c]) => c.status !== "found");
  console.log(`== ${name}: equal=${expected ? isDeepStrictEqual(p.report, expected) : "-"} ${odd.length} not found; problems:`, p.problems, p.fields.year.value, p.fields.agency.value, p.report?.kind);
  for (const [k, c] of odd.slice(0, 8)) console.log("  ", k, c.status, JSON.stringify(c.value), c.raw, c.note);
  return p;
};
const r19 = buildDistinctReport("2019");
const r21 = buildDistinctReport("2021");
// Word-like irregular: label cells with inconsistent colspans (no rowspans) in applications
const html = renderReportHtml(r21).replace(/ rowspan="\d+"/g, "");
show("irregular html (rowspans dropped)", "html", html, r21);
// PDF-like: space separated, label tail after values
const pdf = renderReportText(r21, "browser").replaceAll("\t", " ").replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，").replace(/(\n（二）部分公开（区分处理的， [^\n]*)/, "$1\n只计这一情形，不计其他情形）");
console.log(pdf.split("\n").slice(40, 50).join("\n"));
show("pdf-like", "text", pdf, r21);
// section headings with （一） numbering and long forms
const alt = renderReportText(r19, "grid").replace("一、总体情况", "（一）总体情况概述").replace("二、主动公开政府信息情况", "（二）行政机关主动公开政府信息情况").replace("五、存在的主要问题及改进情况", "（五）存在的主要问题及改进措施").replace("六、其他需要报告的事项", "（六）其他需要报告的事项").replace("三、收到和处理政府信息公开申请情况", "（三）收到和处理政府信息公开申请情况").replace("四、政府信息公开行政复议、行政诉讼情况", "（四）政府信息公开行政复议、行政诉讼情况");
show("paren headings", "text", alt, r19);
const dot = renderReportText(r19, "grid").replace("一、总体情况", "一.总体情况").replace("五、存在的主要问题及改进情况", "五. 存在的主要问题及改进情况");
show("dot headings", "text", dot, r19);
// overview has subheadings like sections
const sub = renderReportText(r21, "grid").replace("（一）主动公开。全年主动公开政府信息一千余条，重点领域信息公开有序推进。", "（一）主动公开情况\n\n全年主动公开政府信息一千余条，重点领域信息公开有序推进。").replace("（二）依申请公开。", "（二）依申请公开情况\n\n");
const ps = show("overview subheadings", "text", sub);
console.log(JSON.stringify(ps.report?.texts.overview));
// no blank lines at all
show("no blank lines", "text", renderReportText(r21, "grid").replace(/\n\n+/g, "\n"), r21);
// title split over lines + signature + CRLF
const t2 = renderReportText(r21, "grid").replace("大连市财政局2022年政府信息公开工作年度报告", "大连市财政局\n2022年度政府信息公开工作年度报告") + "\n\n大连市财政局\n2023年1月20日\n";
show("title split + signature", "text", t2.replace(/\n/g, "\r\n"), r21);
show("not a report", "text", "关于做好2022年春节期间安全生产工作的通知\n\n各区县：\n\n现将有关事项通知如下。\n");
show("county gov", "text", renderReportText(r21, "grid").replace("大连市财政局2022年", "瓦房店市人民政府2022年"));
show("chinese year", "text", renderReportText(r21, "grid").replace("大连市财政局2022年政府信息公开工作年度报告", "大连市财政局关于二〇二二年度政府信息公开工作的报告"), r21);
show("year first", "text", renderReportText(r21, "grid").replace("大连市财政局2022年政府信息公开工作年度报告", "2022年大连市财政局政府信息公开工作年度报告"), r21);
show("inline heading", "text", renderReportText(r21, "grid").replace("一、总体情况\n\n2022年，", "一、总体情况。2022年，").replace("六、其他需要报告的事项\n\n", "六、其他需要报告的事项：") , r21);
const h = renderReportHtml(r21).replace("首页 &gt; 政府信息公开 &gt; 政府信息公开年报", "首页 &gt; 政府信息公开 &gt; 政府信息公开工作年度报告").replace("</td></tr></table></body>", "<p>大连市财政局</p><p>2023年1月20日</p></td></tr></table><div class=\"footer\"><p>版权所有：大连市财政局</p><p>辽ICP备12345678号</p></div></body>");
show("breadcrumb + footer html", "html", h, r21);
