import "server-only";
import {
  RULES,
  getCellDefinition,
  listTextSections,
  parseCellInput,
  type CellDefinition,
  type FormatKey,
  type MoneyUnit,
  type RuleId,
  type TextKey,
} from "@/lib/report-format";
import { MAX_EXPLANATION_CHARS, checkText } from "@/lib/report-format/text-rules";
import type { SaveIssue, SaveReportInput } from "./save-report";

const MAX_RAW_CELL = 200;

export type ParsedCell = {
  definition: CellDefinition;
  value: number | string | null;
  unit: MoneyUnit | null;
  keepPrefilled: boolean;
};

export type ParsedInput = {
  cells: Record<string, ParsedCell>;
  texts: Partial<Record<TextKey, string>>;
  explanations: Record<string, string>;
};

/** Every value of a save parsed again, as if the browser had never seen it: the parsed input, or every issue. */
export function parseSaveInput(format: FormatKey, input: SaveReportInput): ParsedInput | { issues: SaveIssue[] } {
  const issues: SaveIssue[] = [];
  const cells: Record<string, ParsedCell> = {};
  for (const [key, cell] of Object.entries(input.cells ?? {})) {
    const definition = getCellDefinition(format, key);
    if (!definition) {
      issues.push({ key, message: `报告格式中没有单元格“${key.slice(0, 80)}”` });
      continue;
    }
    if (definition.computed) {
      issues.push({ key, message: `「${definition.label}」由系统自动计算，不能填写` });
      continue;
    }
    if (typeof cell?.value !== "string" || cell.value.length > MAX_RAW_CELL) {
      issues.push({ key, message: `「${definition.label}」填写的内容过长或无效` });
      continue;
    }
    const result = parseCellInput(cell.value, definition);
    if (!result.ok) {
      issues.push({ key, message: result.message });
      continue;
    }
    const unit = readUnit(definition, result.value, cell.unit);
    if (unit === false) {
      issues.push({ key, message: `「${definition.label}」请选择单位：${(definition.units ?? []).join("或")}` });
      continue;
    }
    cells[key] = {
      definition,
      value: result.value,
      unit,
      keepPrefilled: cell.prefilled === true && result.value !== null,
    };
  }

  const texts: Partial<Record<TextKey, string>> = {};
  for (const [key, text] of Object.entries(input.texts ?? {})) {
    const heading = listTextSections(format).find((section) => section.key === key)?.heading;
    if (heading === undefined) {
      issues.push({ key: `texts.${key}`, message: `报告没有“${key.slice(0, 40)}”这一部分` });
      continue;
    }
    const problem = typeof text === "string" ? checkText(text, heading) : `「${heading}」内容无效`;
    if (problem) issues.push({ key: `texts.${key}`, message: problem });
    else texts[key as TextKey] = text;
  }

  const explanations: Record<string, string> = {};
  for (const [key, text] of Object.entries(input.explanations ?? {})) {
    const rule = key.slice(0, key.indexOf("|")) as RuleId;
    if (key.indexOf("|") < 1 || key.length > 300 || RULES[rule]?.level !== "warning") {
      issues.push({ key: `explanations.${key.slice(0, 80)}`, message: "说明所对应的警告不存在" });
      continue;
    }
    const problem =
      typeof text === "string" ? checkText(text, "警告说明", MAX_EXPLANATION_CHARS) : "「警告说明」内容无效";
    if (problem) issues.push({ key: `explanations.${key}`, message: problem });
    else explanations[key] = text;
  }
  return issues.length ? { issues } : { cells, texts, explanations };
}

/** The unit stored with a money value: the column's only unit, the chosen one, or false when a choice is missing. */
function readUnit(
  definition: CellDefinition,
  value: number | string | null,
  unit: string | null | undefined,
): MoneyUnit | null | false {
  if (definition.type !== "money" || value === null) return null;
  const units = definition.units ?? [];
  if (units.length === 1) return units[0]!;
  return units.includes(unit as MoneyUnit) ? (unit as MoneyUnit) : false;
}
