// A row whose figures were printed without anything between them ("规范性文件898989",
// "1.属于国家秘密0000000"): every way to cut the digits into the row's columns, each part a value
// its cell may hold. Which of these ways is the printed one is decided by the table's rules
// (solve-glued-rows.ts), never by taste.
import type { CellDefinition, CellValue } from "@/lib/report-format";
import { readCellValue, type ValueReading } from "./read-cell-value";

export interface SplitCandidate {
  /** The printed text of each part, in printed column order. */
  parts: string[];
  readings: ValueReading[];
}

/** Beyond this many ways the row is not split at all: the rules could not single one out anyway. */
export const MAX_SPLITS = 20_000;

const COUNT_PART = /^(?:0|[1-9]\d*)$/u;
const SIGNED_PART = /^-?(?:0|[1-9]\d*)$/u;
const MONEY_PART = /^(?:0|[1-9]\d*)(?:\.\d+)?$/u;

function mayBe(part: string, definition: CellDefinition): boolean {
  if (definition.type === "money") return MONEY_PART.test(part);
  if (definition.type === "signed") return SIGNED_PART.test(part);
  return COUNT_PART.test(part);
}

/** The number a reading holds (money in its own unit's figures), for the rules. */
export function readingNumber(value: CellValue): number | null {
  if (value === null) return null;
  if (typeof value === "number") return value;
  const amount = typeof value === "string" ? value : value.value;
  const parsed = Number(amount);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * The ways to cut `text` (digits, maybe "." and "-") into one part per definition, with a cut at
 * each of `cuts` (where the source did separate pieces). null when there are more than MAX_SPLITS.
 */
export function listSplits(
  text: string,
  cuts: readonly number[],
  definitions: readonly CellDefinition[],
  /** Whether the first `placed` parts (numbers) can still satisfy the row's own rules. */
  admits: (numbers: readonly (number | null)[], placed: number) => boolean = () => true,
): SplitCandidate[] | null {
  const forced = [...new Set(cuts)];
  const results: SplitCandidate[] = [];
  let overflow = false;
  const parts: string[] = [];
  const readings: ValueReading[] = [];
  const numbers: (number | null)[] = [];
  const walk = (at: number, column: number) => {
    if (overflow) return;
    const definition = definitions[column];
    if (!definition) {
      if (at === text.length) {
        if (results.length >= MAX_SPLITS) overflow = true;
        else results.push({ parts: [...parts], readings: [...readings] });
      }
      return;
    }
    const left = definitions.length - column - 1;
    for (let end = left === 0 ? text.length : at + 1; end <= text.length - left; end++) {
      // A separation the source printed cannot fall inside a part.
      if (forced.some((cut) => cut > at && cut < end)) break;
      const part = text.slice(at, end);
      if (!mayBe(part, definition)) continue;
      const reading = readCellValue(part, definition, null);
      if (reading.status === "missing") continue;
      parts.push(part);
      readings.push(reading);
      numbers.push(readingNumber(reading.value));
      if (admits(numbers, column + 1)) walk(end, column + 1);
      parts.pop();
      readings.pop();
      numbers.pop();
    }
  };
  walk(0, 0);
  return overflow ? null : results;
}
