// Pieces both official formats share, written once: the applications table (section 三), the
// reviews table (section 四), the text sections and the checks on them.
import { listLeafColumns, listRowKeysUnder } from "../declaration-tree";
import type {
  CheckDefinition,
  CheckTerm,
  ColumnDefinition,
  ColumnNode,
  FigurePhrase,
  KeyFiguresDeclaration,
  RowDefinition,
  RowNode,
  SectionDefinition,
  TableDefinition,
  TextContent,
} from "../types";

export const APPLICATIONS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

export function count(key: string, label: string): ColumnDefinition {
  return { key, label, type: "count" };
}

export function row(key: string, label: string): RowDefinition {
  return { key, label };
}

function sumOf(keys: readonly string[]): CheckTerm[] {
  return keys.map((key) => ({ key, coef: 1 }));
}

function inputColumnKeys(columns: readonly ColumnNode[]): string[] {
  return listLeafColumns(columns)
    .filter((column) => !column.computed)
    .map((column) => column.key);
}

export function proactiveTable(
  key: string,
  band: string,
  rows: readonly RowDefinition[],
  columns: readonly ColumnDefinition[],
): TableDefinition {
  return { key, section: "proactive", band, corner: "信息内容", layout: "grid", rows, columns };
}

const applicationColumns: readonly ColumnNode[] = [
  {
    band: "申请人情况",
    columns: [
      count("natural", "自然人"),
      {
        band: "法人或其他组织",
        columns: [
          count("commercial", "商业企业"),
          count("research", "科研机构"),
          count("social", "社会公益组织"),
          count("legal", "法律服务机构"),
          count("other", "其他"),
        ],
      },
      { ...count("total", "总计"), computed: true },
    ],
  },
];

/** The applications table; only （六）其他处理 differs between the formats. */
export function applicationsTable(otherProcessing: RowNode): TableDefinition {
  return {
    key: "applications",
    section: "applications",
    corner: APPLICATIONS_NOTE,
    layout: "grid",
    columns: applicationColumns,
    rows: [
      row("1", "一、本年新收政府信息公开申请数量"),
      row("2", "二、上年结转政府信息公开申请数量"),
      {
        key: "3",
        label: "三、本年度办理结果",
        inCellLabel: false,
        rows: [
          row("3.1", "（一）予以公开"),
          row("3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
          {
            key: "3.3",
            label: "（三）不予公开",
            inCellLabel: true,
            rows: [
              row("3.3.1", "1.属于国家秘密"),
              row("3.3.2", "2.其他法律行政法规禁止公开"),
              row("3.3.3", "3.危及“三安全一稳定”"),
              row("3.3.4", "4.保护第三方合法权益"),
              row("3.3.5", "5.属于三类内部事务信息"),
              row("3.3.6", "6.属于四类过程性信息"),
              row("3.3.7", "7.属于行政执法案卷"),
              row("3.3.8", "8.属于行政查询事项"),
            ],
          },
          {
            key: "3.4",
            label: "（四）无法提供",
            inCellLabel: true,
            rows: [
              row("3.4.1", "1.本机关不掌握相关政府信息"),
              row("3.4.2", "2.没有现成信息需要另行制作"),
              row("3.4.3", "3.补正后申请内容仍不明确"),
            ],
          },
          {
            key: "3.5",
            label: "（五）不予处理",
            inCellLabel: true,
            rows: [
              row("3.5.1", "1.信访举报投诉类申请"),
              row("3.5.2", "2.重复申请"),
              row("3.5.3", "3.要求提供公开出版物"),
              row("3.5.4", "4.无正当理由大量反复申请"),
              row("3.5.5", "5.要求行政机关确认或重新出具已获取信息"),
            ],
          },
          otherProcessing,
          { ...row("3.7", "（七）总计"), computed: true },
        ],
      },
      row("4", "四、结转下年度继续办理"),
    ],
  };
}

export function applicationsChecks(table: TableDefinition): CheckDefinition[] {
  const results = listRowKeysUnder(table.rows, "3").filter((key) => key !== "3.7");
  return [
    {
      kind: "linear",
      rule: "applications.row-total",
      table: table.key,
      per: "row",
      target: "total",
      op: "=",
      terms: sumOf(inputColumnKeys(table.columns)),
      computes: true,
    },
    {
      kind: "linear",
      rule: "applications.result-total",
      table: table.key,
      per: "column",
      target: "3.7",
      op: "=",
      terms: sumOf(results),
      computes: true,
    },
    {
      kind: "linear",
      rule: "applications.balance",
      table: table.key,
      per: "column",
      target: "4",
      op: "=",
      terms: [
        { key: "1", coef: 1 },
        { key: "2", coef: 1 },
        { key: "3.7", coef: -1 },
      ],
    },
    {
      kind: "share",
      rule: "applications.other-share",
      table: table.key,
      part: "3.6",
      whole: "3.7",
      numerator: 1,
      denominator: 10,
      minWhole: 10,
    },
    {
      // Row 2 and row 4 exist in both formats, so this applies across a change of format.
      kind: "linear",
      rule: "cross-year.carry-over",
      table: table.key,
      per: "column",
      target: "2",
      op: "=",
      terms: [{ key: "4", coef: 1, fromPrevious: true }],
      previousFormats: ["2019", "2021"],
    },
  ];
}

const reviewColumns: readonly ColumnDefinition[] = [
  count("upheld", "结果维持"),
  count("corrected", "结果纠正"),
  count("other", "其他结果"),
  count("pending", "尚未审结"),
  { ...count("total", "总计"), computed: true },
];

export const reviewsTable: TableDefinition = {
  key: "reviews",
  section: "reviews",
  layout: "rows-side-by-side",
  columns: reviewColumns,
  rows: [
    row("review", "行政复议"),
    {
      label: "行政诉讼",
      inCellLabel: true,
      rows: [row("suit_direct", "未经复议直接起诉"), row("suit_after_review", "复议后起诉")],
    },
  ],
};

/** The key figures of both formats: their applications and reviews tables share these rows. */
export const keyFigures: KeyFiguresDeclaration = {
  applications: {
    table: "applications",
    received: "1",
    carriedIn: "2",
    handled: "3.7",
    carriedOver: "4",
    outcomes: "3",
  },
  reviews: {
    table: reviewsTable.key,
    reviews: "review",
    suitsDirect: "suit_direct",
    suitsAfterReview: "suit_after_review",
    corrected: "corrected",
  },
};

export const reviewsChecks: readonly CheckDefinition[] = [
  {
    kind: "linear",
    rule: "reviews.total",
    table: reviewsTable.key,
    per: "row",
    target: "total",
    op: "=",
    terms: sumOf(inputColumnKeys(reviewsTable.columns)),
    computes: true,
  },
];

export function textSection(
  key: "overview" | "problems" | "other",
  heading: string,
  content: Omit<TextContent, "kind">,
): SectionDefinition {
  return { key, heading, content: { kind: "text", ...content } };
}

export const PROBLEMS_GUIDANCE = "不得出现敷衍了事甚至年年雷同现象";

// Only phrases whose meaning is unambiguous; a figure may be the total or one applicant type.
// The applications must be named as such ("收到行政复议申请2件" is not about this table), and
// "收到…申请" may or may not include last year's carry-over, so both readings are accepted.
const APPLICATION_FIGURE = "(?:政府信息公开|信息公开)?申请\\s*(?:共计|合计|共)?\\s*(\\d+)\\s*件";
const figurePhrases: readonly FigurePhrase[] = [
  { pattern: new RegExp(`新收到?${APPLICATION_FIGURE}`, "g"), table: "applications", rowSets: [["1"]] },
  { pattern: new RegExp(`(?<!新)收到${APPLICATION_FIGURE}`, "g"), table: "applications", rowSets: [["1"], ["1", "2"]] },
  { pattern: /(?<!不)予以公开\s*(\d+)\s*件/g, table: "applications", rowSets: [["3.1"]] },
  { pattern: /部分公开\s*(\d+)\s*件/g, table: "applications", rowSets: [["3.2"]] },
  { pattern: /结转下年度(?:继续办理)?\s*(\d+)\s*件/g, table: "applications", rowSets: [["4"]] },
];

export const textChecks: readonly CheckDefinition[] = [
  { kind: "figures", rule: "text.figures", text: "overview", phrases: figurePhrases },
  // Character-bigram Dice coefficient, see text-similarity.ts.
  { kind: "repeated-text", rule: "text.repeated", text: "problems", threshold: 0.9 },
];
