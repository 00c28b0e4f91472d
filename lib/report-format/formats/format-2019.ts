// 国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》, report years 2019 and 2020.
import type { CheckDefinition, ColumnDefinition, FormatDefinition } from "../types";
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

const prevItems = count("prev_items", "上一年项目数量");
const change: ColumnDefinition = { key: "change", label: "本年增/减", type: "signed" };
const decisions = count("decisions", "处理决定数量");

const art20_1 = proactiveTable(
  "art20_1",
  "第二十条第（一）项",
  [row("regulations", "规章"), row("normative_docs", "规范性文件")],
  [
    count("new_made", "本年新制作数量"),
    count("new_published", "本年新公开数量"),
    count("total_published", "对外公开总数量"),
  ],
);
const art20_5 = proactiveTable(
  "art20_5",
  "第二十条第（五）项",
  [row("licensing", "行政许可"), row("other_services", "其他对外管理服务事项")],
  [prevItems, change, decisions],
);
const art20_6 = proactiveTable(
  "art20_6",
  "第二十条第（六）项",
  [row("penalty", "行政处罚"), row("coercion", "行政强制")],
  [prevItems, change, decisions],
);
const art20_8 = proactiveTable("art20_8", "第二十条第（八）项", [row("fees", "行政事业性收费")], [prevItems, change]);
// The template gives no unit for 采购总金额; real reports write 元 or 万元, so the value carries its unit.
const art20_9 = proactiveTable(
  "art20_9",
  "第二十条第（九）项",
  [row("procurement", "政府集中采购")],
  [count("items", "采购项目数量"), { key: "amount", label: "采购总金额", type: "money", units: ["元", "万元"] }],
);

const applications = applicationsTable(row("3.6", "（六）其他处理"));

const itemTables = [art20_5, art20_6, art20_8];

const proactiveChecks: CheckDefinition[] = [
  {
    kind: "linear",
    rule: "proactive.published-vs-total",
    table: art20_1.key,
    per: "row",
    target: "new_published",
    op: "<=",
    terms: [{ key: "total_published", coef: 1 }],
  },
  {
    kind: "linear",
    rule: "cross-year.total-published",
    table: art20_1.key,
    per: "row",
    target: "total_published",
    op: "=",
    terms: [
      { key: "total_published", coef: 1, fromPrevious: true },
      { key: "new_published", coef: 1 },
    ],
    previousFormats: ["2019"],
  },
  ...itemTables.flatMap((table): CheckDefinition[] => [
    {
      // prev_items + change ≥ 0, written as change ≥ −prev_items so that the change is the checked cell.
      kind: "linear",
      rule: "proactive.prev-plus-change",
      table: table.key,
      per: "row",
      target: "change",
      op: ">=",
      terms: [{ key: "prev_items", coef: -1 }],
    },
    {
      kind: "linear",
      rule: "cross-year.prev-items",
      table: table.key,
      per: "row",
      target: "prev_items",
      op: "=",
      terms: [
        { key: "prev_items", coef: 1, fromPrevious: true },
        { key: "change", coef: 1, fromPrevious: true },
      ],
      previousFormats: ["2019"],
    },
  ]),
];

export const format2019: FormatDefinition = {
  key: "2019",
  document: "国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》",
  years: { from: 2019, to: 2020 },
  sections: [
    textSection("overview", "一、总体情况", { required: true }),
    {
      key: "proactive",
      heading: "二、主动公开政府信息情况",
      content: { kind: "tables", tables: [art20_1, ...itemTables, art20_9] },
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
    textSection("other", "六、其他需要报告的事项", { required: false }),
  ],
  figures: keyFigures,
  checks: [...proactiveChecks, ...applicationsChecks(applications), ...reviewsChecks, ...textChecks],
};
