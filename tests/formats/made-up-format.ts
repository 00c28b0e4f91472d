// A format that does not exist, declared in this one file to show that a format is data: no code
// elsewhere knows it, yet validation, the public page, the exports, the JSON Schema, the parser
// and the wizard all work with it once it is registered. It is the 2021 format with
//   - one more row in the applications table (（六）其他处理 · 4.申请人主动撤回申请),
//   - the applicant column 自然人 (`natural`) renamed 公民个人 (`citizen`),
//   - one more 第二十条 table (第二十条第（七）项, 突发公共事件应急预案).
// It is used for report years from 2090 on, so that it never takes an official year.
// Only declarations here (no registration): the e2e build bundles this module into the app.
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
} from "../../lib/report-format/formats/shared";
import { isColumnBand } from "../../lib/report-format/declaration-tree";
import type { CheckDefinition, ColumnNode, FormatDeclaration, TableDefinition } from "../../lib/report-format/types";

export const MADE_UP_FORMAT_KEY = "2090";
export const MADE_UP_FIRST_YEAR = 2090;

function renameColumn(
  nodes: readonly ColumnNode[],
  key: string,
  renamed: { key: string; label: string },
): ColumnNode[] {
  return nodes.map((node) => {
    if (isColumnBand(node)) return { ...node, columns: renameColumn(node.columns, key, renamed) };
    return node.key === key ? { ...node, ...renamed } : node;
  });
}

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
const art20_7 = proactiveTable(
  "art20_7",
  "第二十条第（七）项",
  [row("emergency_plans", "突发公共事件应急预案")],
  [count("issued", "本年发布件数"), count("drills", "本年演练次数")],
);
const art20_8 = proactiveTable(
  "art20_8",
  "第二十条第（八）项",
  [row("fees", "行政事业性收费")],
  [{ key: "amount", label: "本年收费金额（单位：万元）", type: "money", units: ["万元"] }],
);

const applicationsOf2021 = applicationsTable({
  key: "3.6",
  label: "（六）其他处理",
  inCellLabel: true,
  rows: [
    row("3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    row("3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    row("3.6.3", "3.其他"),
    row("3.6.4", "4.申请人主动撤回申请"),
  ],
});
const applications: TableDefinition = {
  ...applicationsOf2021,
  columns: renameColumn(applicationsOf2021.columns, "natural", { key: "citizen", label: "公民个人" }),
};

// Last year's applications table must have the same columns for the carry-over to be compared.
const ownApplicationsChecks = applicationsChecks(applications).map((check): CheckDefinition =>
  check.kind === "linear" && check.rule === "cross-year.carry-over"
    ? { ...check, previousFormats: [MADE_UP_FORMAT_KEY] }
    : check,
);

export const madeUpFormat: FormatDeclaration = {
  key: MADE_UP_FORMAT_KEY,
  document: "虚构的测试格式〔2090〕1号《政府信息公开工作年度报告格式（测试用，并不存在）》",
  years: { from: MADE_UP_FIRST_YEAR },
  sections: [
    textSection("overview", "一、总体情况", { required: true, maxChars: 1000, guidance: "篇幅原则上不超过一千字" }),
    {
      key: "proactive",
      heading: "二、主动公开政府信息情况",
      content: { kind: "tables", tables: [art20_1, art20_5, art20_6, art20_7, art20_8] },
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
    textSection("other", "六、其他需要报告的事项", { required: true }),
  ],
  figures: keyFigures,
  checks: [
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
    ...ownApplicationsChecks,
    ...reviewsChecks,
    ...textChecks,
  ],
};

/** What the e2e build registers in the app besides the official formats. */
export const extraFormats: readonly FormatDeclaration[] = [madeUpFormat];
