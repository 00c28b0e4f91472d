// A format that does not exist, declared in this one file to show that a format is data: no code
// elsewhere knows it, yet validation, the public page, the exports, the JSON Schema, the parser
// and the wizard all work with it once it is registered. It is the 2021 format with
//   - one more row in the applications table (（六）其他处理 · 4.申请人主动撤回申请),
//   - the applicant column 自然人 (`natural`) renamed 公民个人 (`citizen`),
//   - one more 第二十条 table (第二十条第（七）项, 突发公共事件应急预案).
// It is used for report years from 2090 on, so that it never takes an official year.
// Only declarations here (no registration): the e2e build bundles this module into the app.
import { format2021 } from "../../lib/report-format/formats/format-2021";
import {
  applicationsChecks,
  applicationsTable,
  count,
  proactiveTable,
  row,
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

const art20_7 = proactiveTable(
  "art20_7",
  "第二十条第（七）项",
  [row("emergency_plans", "突发公共事件应急预案")],
  [count("issued", "本年发布件数"), count("drills", "本年演练次数")],
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

/** The 2021 sections, with the extra 第二十条 table after （六） and the changed applications table. */
const sections = format2021.sections.map((section) => {
  if (section.content.kind !== "tables") return section;
  const tables = section.content.tables.flatMap((table) => {
    if (table.key === applications.key) return [applications];
    return table.key === "art20_6" ? [table, art20_7] : [table];
  });
  return { ...section, content: { ...section.content, tables } };
});

export const madeUpFormat: FormatDeclaration = {
  key: MADE_UP_FORMAT_KEY,
  document: "虚构的测试格式〔2090〕1号《政府信息公开工作年度报告格式（测试用，并不存在）》",
  years: { from: MADE_UP_FIRST_YEAR },
  sections,
  figures: format2021.figures,
  // The 2021 checks, those of the applications table made anew for its extra row and renamed column.
  checks: [
    ...format2021.checks.filter((check) => !("table" in check && check.table === applications.key)),
    ...ownApplicationsChecks,
  ],
};

/** What the e2e build registers in the app besides the official formats. */
export const extraFormats: readonly FormatDeclaration[] = [madeUpFormat];
