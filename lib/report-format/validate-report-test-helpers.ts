// Building reports with chosen cells and texts for the validator's tests, one file per rule family.
import { computeTotals } from "./compute-totals";
import { parseReport } from "./report-schema";
import fixtureJson from "@/prisma/fixtures/benxi-science-bureau-2020.json";
import { buildConsistentReport } from "./testing";
import type { CellValue, FormatKey, Report, RuleId, ValidationResult, Violation } from "./types";

export const APPLICANT_COLUMNS = ["natural", "commercial", "research", "social", "legal", "other"] as const;

export function loadFixture(): Report {
  const parsed = parseReport(fixtureJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

export function consistent(format: FormatKey, seed = 1, previous?: Report): Report {
  return buildConsistentReport({ format, seed, previous });
}

export function readCell(report: Report, key: string): CellValue | undefined {
  const [table = "", ...rest] = key.split(".");
  const column = rest.pop() ?? "";
  return report.tables[table]?.[rest.join(".")]?.[column];
}

/** A copy of `report` with the cells set as given (`undefined` removes the cell). */
export function withCells(report: Report, cells: Record<string, CellValue | undefined>): Report {
  const copy = structuredClone(report);
  for (const [key, value] of Object.entries(cells)) {
    const [table = "", ...rest] = key.split(".");
    const column = rest.pop() ?? "";
    const row = copy.tables[table]?.[rest.join(".")];
    if (!row) throw new Error(`no row for ${key}`);
    if (value === undefined) delete row[column];
    else row[column] = value;
  }
  return copy;
}

/** Sets applications inputs, recomputes the totals and keeps 一 + 二 = 三（七） + 四 by adjusting row 1. */
export function withApplications(report: Report, cells: Record<string, number>): Report {
  const changed = withCells(report, cells);
  const computed = { ...changed, tables: computeTotals(changed.format, changed.tables) };
  const balance: Record<string, number> = {};
  for (const column of APPLICANT_COLUMNS) {
    const handled = readCell(computed, `applications.3.7.${column}`) as number;
    const carriedIn = readCell(computed, `applications.2.${column}`) as number;
    const carriedOut = Math.max(readCell(computed, `applications.4.${column}`) as number, carriedIn - handled);
    balance[`applications.4.${column}`] = carriedOut;
    balance[`applications.1.${column}`] = handled + carriedOut - carriedIn;
  }
  const balanced = withCells(computed, balance);
  // The generated overview states figures of the original tables.
  return {
    ...balanced,
    tables: computeTotals(balanced.format, balanced.tables),
    texts: { ...balanced.texts, overview: "本年度政府信息公开工作稳步推进。" },
  };
}

export function withTexts(report: Report, texts: Report["texts"]): Report {
  return { ...report, texts: { ...report.texts, ...texts } };
}

export function ofRule(result: ValidationResult, rule: RuleId): Violation[] {
  return result.violations.filter((violation) => violation.rule === rule);
}

export function rulesOf(result: ValidationResult): RuleId[] {
  return [...new Set(result.violations.map((violation) => violation.rule))].sort();
}
