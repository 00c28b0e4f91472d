// Factories for tests, the seed and the benchmarks: reports that satisfy every rule of their
// format, reproducible from a seed (no test-framework dependency, so the seed can use them).
import { fromCells, listCellDefinitions, toCells } from "./cells";
import { computeTotals } from "./compute-totals";
import { formatMicroYuan, moneyToMicroYuan } from "./decimal";
import { listLeafColumns, listLeafRows, listRowKeysUnder } from "./declaration-tree";
import { emptyReport } from "./empty-report";
import { getFormat } from "./format-registry";
import type {
  FormatKey,
  MoneyUnit,
  Report,
  ReportCell,
  ReportKind,
  ReportTables,
  RowValues,
  TableDefinition,
} from "./types";

/** mulberry32: a small, good-enough PRNG so that a seed reproduces a report. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ConsistentReportOptions {
  format: FormatKey;
  seed: number;
  year?: number;
  agencyName?: string;
  kind?: ReportKind;
  /** Last year's report: the cross-year rules will hold against it. */
  previous?: Report;
  /** Upper bound of most counts (default 40). */
  maxCount?: number;
  /** Upper bound of money amounts, whole units (default 100,000); under 100, amounts have two decimals. */
  maxAmount?: number;
}

const PROBLEM_SENTENCES = [
  "政策解读的形式还不够丰富",
  "基层政务公开标准化规范化工作仍需加强",
  "依申请公开答复的规范性有待提高",
  "公开专栏的栏目设置不够合理",
  "重点领域信息公开的深度不够",
  "政府信息公开工作人员的业务能力有待提升",
  "公众参与和互动回应的渠道比较单一",
  "信息发布的时效性有待加强",
];

const IMPROVEMENTS = [
  "组织专题培训，提高工作人员的业务水平",
  "完善信息发布审核机制，做到及时准确",
  "丰富图解、视频等解读形式",
  "梳理公开事项清单，动态更新",
  "加强对基层单位的指导和监督检查",
  "畅通留言咨询渠道，及时回应关切",
];

function pickDistinct<T>(pool: readonly T[], count: number, offset: number): T[] {
  return Array.from({ length: count }, (_, i) => pool[(offset + i) % pool.length]!);
}

function readNumber(report: Report | undefined, table: string, row: string, column: string): number | undefined {
  const value = report?.tables[table]?.[row]?.[column];
  return typeof value === "number" ? value : undefined;
}

/** A report with no error and no warning of its format (and none against `previous`). */
export function buildConsistentReport(options: ConsistentReportOptions): Report {
  const { format, seed, previous } = options;
  const random = createRandom(seed);
  const maxCount = options.maxCount ?? 40;
  const year = options.year ?? (previous ? previous.year + 1 : getFormat(format).years.from);
  const agencyName = options.agencyName ?? "某市某局";
  const randomCount = (max = maxCount) => (random() < 0.3 ? 0 : Math.floor(random() * (max + 1)));
  const definition = getFormat(format);
  const tables: ReportTables = {};
  const setRow = (table: string, row: string, values: RowValues) => {
    tables[table] = { ...tables[table], [row]: { ...tables[table]?.[row], ...values } };
  };
  const previousSameFormat = previous?.format === format ? previous : undefined;

  for (const section of definition.sections) {
    if (section.content.kind !== "tables") continue;
    for (const table of section.content.tables) {
      if (table.key === "applications") fillApplications(table, previous, randomCount, setRow);
      else if (table.key === "reviews") fillFreeCounts(table, () => randomCount(3), setRow);
      else fillProactive(format, table, previousSameFormat, random, randomCount, setRow, options.maxAmount);
    }
  }

  const report = { ...emptyReport(format, year, agencyName, options.kind), tables: computeTotals(format, tables) };
  const received = readNumber(report, "applications", "1", "total");
  const disclosed = readNumber(report, "applications", "3.1", "total");
  // Consecutive years pick disjoint problems, so that a series of reports is not 年年雷同.
  const [first, second, third] = pickDistinct(PROBLEM_SENTENCES, 3, year * 3);
  const fixes = pickDistinct(IMPROVEMENTS, 2, year + seed);
  report.texts = {
    overview:
      `${year}年，${agencyName}认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开。` +
      `本年新收政府信息公开申请${received}件，予以公开${disclosed}件，均在法定期限内答复。`,
    problems: `${year}年度存在的主要问题：一是${first}；二是${second}；三是${third}。改进措施：一是${fixes[0]}；二是${fixes[1]}。`,
    other: describeOtherMatters(format),
  };
  return report;
}

/** Section 六 of a consistent report: a statement on what the format asks it to mention (信息处理费), or 无. */
export function describeOtherMatters(format: FormatKey): string {
  const mention = getFormat(format).checks.find((check) => check.kind === "mention");
  return mention ? `本年度未收取${mention.keyword}。` : "无。";
}

type SetRow = (table: string, row: string, values: RowValues) => void;

function listInputColumns(table: TableDefinition): string[] {
  return listLeafColumns(table.columns)
    .filter((column) => !column.computed)
    .map((column) => column.key);
}

function fillFreeCounts(table: TableDefinition, randomCount: () => number, setRow: SetRow): void {
  const columns = listInputColumns(table);
  for (const { row } of listLeafRows(table.rows)) {
    setRow(table.key, row.key, Object.fromEntries(columns.map((column) => [column, randomCount()])));
  }
}

function fillApplications(
  table: TableDefinition,
  previous: Report | undefined,
  randomCount: (max?: number) => number,
  setRow: SetRow,
): void {
  const otherProcessing = listRowKeysUnder(table.rows, "3.6");
  const results = listRowKeysUnder(table.rows, "3").filter((row) => row !== "3.7" && !otherProcessing.includes(row));
  for (const column of listInputColumns(table)) {
    let handled = 0;
    for (const row of results) {
      const value = randomCount(row === "3.1" ? undefined : 3);
      handled += value;
      setRow(table.key, row, { [column]: value });
    }
    // （六）其他处理 at most a ninth of the rest keeps it within 10% of （七）总计.
    let otherBudget = Math.floor(handled / 9);
    for (const row of otherProcessing) {
      const value = Math.min(otherBudget, randomCount(2));
      otherBudget -= value;
      handled += value;
      setRow(table.key, row, { [column]: value });
    }
    const carriedIn = readNumber(previous, "applications", "4", column) ?? randomCount(5);
    let carriedOut = randomCount(5);
    // 一 + 二 = 三（七） + 四, with 一 ≥ 0.
    if (handled + carriedOut < carriedIn) carriedOut = carriedIn - handled;
    setRow(table.key, "1", { [column]: handled + carriedOut - carriedIn });
    setRow(table.key, "2", { [column]: carriedIn });
    setRow(table.key, "4", { [column]: carriedOut });
  }
}

function randomAmount(random: () => number, maxAmount = 100000): string {
  const whole = Math.floor(random() * maxAmount);
  const digits = maxAmount < 100 ? 2 : 6;
  const fraction = String(Math.floor(random() * 10 ** digits))
    .padStart(digits, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

function fillProactive(
  format: FormatKey,
  table: TableDefinition,
  previous: Report | undefined,
  random: () => number,
  randomCount: (max?: number) => number,
  setRow: SetRow,
  maxAmount?: number,
): void {
  const cells = listCellDefinitions(format).filter((cell) => cell.table === table.key);
  for (const row of new Set(cells.map((cell) => cell.row))) {
    const last = (column: string) => readNumber(previous, table.key, row, column);
    const values: RowValues = {};
    for (const cell of cells.filter((candidate) => candidate.row === row)) {
      if (cell.type === "money") {
        const units = cell.units ?? [];
        const amount = randomAmount(random, maxAmount);
        values[cell.column] =
          units.length === 1 ? amount : { value: amount, unit: units[Math.floor(random() * units.length)]! };
      } else {
        values[cell.column] = randomCount();
      }
    }
    const count = (column: string) => values[column] as number;
    if ("in_force" in values) {
      // in_force = last in_force + made − repealed, and made ≤ in_force + repealed.
      const lastInForce = last("in_force");
      if (lastInForce === undefined) values.in_force = count("made") + randomCount(300);
      else {
        values.repealed = Math.min(count("repealed"), lastInForce + count("made"));
        values.in_force = lastInForce + count("made") - count("repealed");
      }
    }
    if ("total_published" in values) {
      values.total_published = (last("total_published") ?? randomCount(300)) + count("new_published");
    }
    if ("prev_items" in values) {
      const lastItems = last("prev_items");
      const lastChange = last("change");
      if (lastItems !== undefined && lastChange !== undefined) values.prev_items = lastItems + lastChange;
      values.change = Math.floor(random() * 6) - Math.min(count("prev_items"), 3);
    }
    setRow(table.key, row, values);
  }
}

/** The summary (本级政府汇总) of `members`: each cell is the sum of the members' cells. */
export function buildSummaryReport(members: readonly Report[], agencyName: string, unit: MoneyUnit = "元"): Report {
  const [first] = members;
  if (!first) throw new Error("A summary needs at least one member report");
  const definitions = listCellDefinitions(first.format);
  const memberCells = members.map((member) => toCells(member));
  const cells = toCells(first).map((cell, index): ReportCell => {
    const values = memberCells.map((member) => member[index]!);
    if (values.some((value) => value.value === null)) return { ...cell, value: null };
    if (cell.type !== "money") return { ...cell, value: values.reduce((sum, value) => sum + Number(value.value), 0) };
    const total = values.reduce((sum, value) => sum + moneyToMicroYuan(String(value.value), value.unit ?? unit), 0n);
    const units = definitions[index]?.units ?? [];
    const target = units.length === 1 ? units[0]! : unit;
    return { ...cell, value: formatMicroYuan(total, target), unit: target };
  });
  return {
    ...emptyReport(first.format, first.year, agencyName, "summary"),
    tables: fromCells(first.format, cells),
    texts: {
      overview: `${agencyName}汇总本级政府各部门和下级人民政府的政府信息公开工作年度报告。`,
      problems: first.texts.problems,
      other: first.texts.other,
    },
  };
}
