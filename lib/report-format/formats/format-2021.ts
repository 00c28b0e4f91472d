// 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》, report years 2021 onward.
import type { CheckDefinition, FormatDefinition } from "../types";
import {
  PROBLEMS_GUIDANCE,
  applicationsChecks,
  applicationsTable,
  count,
  keyFigures,
  proactiveTable,
  reviewsChecks,
  reviewsTable,
  row,
  textChecks,
  textSection,
} from "./shared";

const decisions = count("decisions", "本年处理决定数量");

const art20_1 = proactiveTable(
  "art20_1",
  "第二十条第（一）项",
  [row("regulations", "规章"), row("normative_docs", "行政规范性文件")],
  [count("made", "本年制发件数"), count("repealed", "本年废止件数"), count("in_force", "现行有效件数")],
);
const art20_5 = proactiveTable("art20_5", "第二十条第（五）项", [row("licensing", "行政许可")], [decisions]);
const art20_6 = proactiveTable(
  "art20_6",
  "第二十条第（六）项",
  [row("penalty", "行政处罚"), row("coercion", "行政强制")],
  [decisions],
);
const art20_8 = proactiveTable(
  "art20_8",
  "第二十条第（八）项",
  [row("fees", "行政事业性收费")],
  [{ key: "amount", label: "本年收费金额（单位：万元）", type: "money", units: ["万元"] }],
);

const applications = applicationsTable({
  key: "3.6",
  label: "（六）其他处理",
  inCellLabel: true,
  rows: [
    row("3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    row("3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    row("3.6.3", "3.其他"),
  ],
});

const proactiveChecks: CheckDefinition[] = [
  {
    kind: "linear",
    rule: "proactive.made-vs-in-force",
    table: art20_1.key,
    per: "row",
    target: "made",
    op: "<=",
    terms: [
      { key: "in_force", coef: 1 },
      { key: "repealed", coef: 1 },
    ],
  },
  {
    kind: "linear",
    rule: "cross-year.in-force",
    table: art20_1.key,
    per: "row",
    target: "in_force",
    op: "=",
    terms: [
      { key: "in_force", coef: 1, fromPrevious: true },
      { key: "made", coef: 1 },
      { key: "repealed", coef: -1 },
    ],
    previousFormats: ["2021"],
  },
];

export const format2021: FormatDefinition = {
  key: "2021",
  document: "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》",
  years: { from: 2021 },
  sections: [
    textSection("overview", "一、总体情况", { required: true, maxChars: 1000, guidance: "篇幅原则上不超过一千字" }),
    {
      key: "proactive",
      heading: "二、主动公开政府信息情况",
      content: { kind: "tables", tables: [art20_1, art20_5, art20_6, art20_8] },
    },
    {
      key: "applications",
      heading: "三、收到和处理政府信息公开申请情况",
      content: { kind: "tables", tables: [applications] },
    },
    {
      key: "reviews",
      heading: "四、政府信息公开行政复议、行政诉讼情况",
      content: { kind: "tables", tables: [reviewsTable] },
    },
    textSection("problems", "五、存在的主要问题及改进情况", { required: true, guidance: PROBLEMS_GUIDANCE }),
    textSection("other", "六、其他需要报告的事项", {
      required: true,
      guidance: "按照国办函〔2020〕109号规定，报告收取信息处理费的情况",
    }),
  ],
  figures: keyFigures,
  checks: [
    ...proactiveChecks,
    ...applicationsChecks(applications),
    {
      // A fee notice that went unpaid (3.6.2) shows that fees were charged this year.
      kind: "mention",
      rule: "text.fees-statement",
      text: "other",
      keyword: "信息处理费",
      cell: "applications.3.6.2.total",
    },
    ...reviewsChecks,
    ...textChecks,
  ],
};
