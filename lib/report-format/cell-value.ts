// What fits a cell type, shared by the input parser (what a clerk types) and the validator
// (what a stored report holds), so both refuse the same values with the same words.
import type { CellType, MoneyUnit } from "./types";

/** PostgreSQL `integer`. */
const MAX_INTEGER = 2147483647;
/** NUMERIC(20,6): 14 digits before the point, 6 after. */
const MAX_MONEY_INTEGER_DIGITS = 14;
const MAX_MONEY_DECIMALS = 6;

export type CellProblem =
  | { code: "not-number" }
  | { code: "negative" }
  | { code: "not-integer" }
  | { code: "too-large" }
  | { code: "too-many-decimals"; decimals: number }
  | { code: "bad-grouping" }
  | { code: "bad-unit" };

type NumberReading = { ok: true; value: number | string } | { ok: false; problem: CellProblem };

const CODE_0 = 48;
const CODE_9 = 57;
const FULLWIDTH_0 = 0xff10;
const FULLWIDTH_9 = 0xff19;
const MAX_INTEGER_TEXT = String(MAX_INTEGER);

/**
 * What a person typed, in plain ASCII: full-width digits and signs become ASCII, spaces of any
 * width disappear, both commas become ",". Anything else is kept for the grammar to refuse.
 */
export function normaliseTypedNumber(raw: string): string {
  let text = "";
  for (const char of raw) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= FULLWIDTH_0 && code <= FULLWIDTH_9) text += String.fromCharCode(code - FULLWIDTH_0 + CODE_0);
    else if (char === " " || char === "\u3000" || char === "\u00a0" || char === "\t" || char === "\n" || char === "\r")
      continue;
    else if (char === "，") text += ",";
    else if (char === "．") text += ".";
    else if (char === "－" || char === "−") text += "-";
    else if (char === "＋") text += "+";
    else text += char;
  }
  return text;
}

/** true, false, or "bad-grouping" for digits with separators in the wrong places. */
function checkDigits(text: string, grouping: boolean): boolean | "bad-grouping" {
  let grouped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 && grouping) grouped = true;
    else if (code < CODE_0 || code > CODE_9) return false;
  }
  if (!grouped) return true;
  // 1,234 and 12,345,678 only: a misplaced separator (12,34) may hide a typo for a decimal point.
  const [first = "", ...rest] = text.split(",");
  return (first.length >= 1 && first.length <= 3 && rest.every((group) => group.length === 3)) || "bad-grouping";
}

function trimLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === CODE_0) start++;
  return digits.slice(start);
}

function trimTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === CODE_0) end--;
  return digits.slice(0, end);
}

/**
 * Reads a number of the cell's type from ASCII text: an optional sign, digits, an optional
 * fraction. `lenient` (what a person typed) also takes thousands separators, a leading "+" and
 * a bare ".5" or "5.". Counts and signed cells give a number, money its canonical decimal string.
 */
export function readNumberText(text: string, type: CellType, lenient: boolean): NumberReading {
  let start = 0;
  const sign = text.charCodeAt(0);
  const negative = sign === 45;
  if (negative || (sign === 43 && lenient)) start = 1;
  const dot = text.indexOf(".", start);
  const wholeText = dot === -1 ? text.slice(start) : text.slice(start, dot);
  const fractionText = dot === -1 ? "" : text.slice(dot + 1);
  const wholeDigits = checkDigits(wholeText, lenient);
  if (wholeDigits === "bad-grouping") return { ok: false, problem: { code: "bad-grouping" } };
  const partsPresent = lenient
    ? wholeText !== "" || fractionText !== ""
    : wholeText !== "" && (dot === -1 || fractionText !== "");
  if (!wholeDigits || checkDigits(fractionText, false) !== true || !partsPresent) {
    return { ok: false, problem: { code: "not-number" } };
  }

  const whole = trimLeadingZeros(wholeText.replaceAll(",", "")) || "0";
  const fraction = trimTrailingZeros(fractionText);
  const zero = whole === "0" && fraction === "";
  if (negative && !zero && type !== "signed") return { ok: false, problem: { code: "negative" } };

  if (type === "money") {
    if (fraction.length > MAX_MONEY_DECIMALS)
      return { ok: false, problem: { code: "too-many-decimals", decimals: fraction.length } };
    if (whole.length > MAX_MONEY_INTEGER_DIGITS) return { ok: false, problem: { code: "too-large" } };
    return { ok: true, value: fraction ? `${whole}.${fraction}` : whole };
  }
  if (fraction !== "") return { ok: false, problem: { code: "not-integer" } };
  if (
    whole.length > MAX_INTEGER_TEXT.length ||
    (whole.length === MAX_INTEGER_TEXT.length && whole > MAX_INTEGER_TEXT)
  ) {
    return { ok: false, problem: { code: "too-large" } };
  }
  const magnitude = Number(whole);
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** Problem of a stored count or signed value, or null when it fits. */
export function checkInteger(value: number, type: CellType): CellProblem | null {
  if (Number.isNaN(value)) return { code: "not-number" };
  if (!Number.isInteger(value)) return Number.isFinite(value) ? { code: "not-integer" } : { code: "too-large" };
  if (value < 0 && type !== "signed") return { code: "negative" };
  if (Math.abs(value) > MAX_INTEGER) return { code: "too-large" };
  return null;
}

export function isMoneyUnit(value: unknown, units: readonly MoneyUnit[]): value is MoneyUnit {
  return units.includes(value as MoneyUnit);
}

const MAX_SHOWN = 24;

function showInput(raw: string): string {
  const chars = Array.from(raw);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join("")}…` : raw;
}

function describeCellType(type: CellType, units?: readonly MoneyUnit[]): string {
  if (type === "count") return "只能填写不小于 0 的整数";
  if (type === "signed") return "只能填写整数（可以为负数）";
  const unit = units?.length === 1 ? `（单位：${units[0]}）` : "";
  return `只能填写不小于 0 的数${unit}，最多 ${MAX_MONEY_DECIMALS} 位小数`;
}

/** "须为整数（填写的是“1.5”）": what is wrong with `raw`, without the cell's name. */
export function describeProblem(
  problem: CellProblem,
  raw: string,
  type: CellType,
  units?: readonly MoneyUnit[],
): string {
  const rule = describeCellType(type, units);
  const shown = `“${showInput(raw)}”`;
  switch (problem.code) {
    case "not-number":
      return `${rule}，${shown} 不是数字`;
    case "negative":
      return `不能为负数（填写的是${shown}）`;
    case "not-integer":
      return `须为整数（填写的是${shown}）`;
    case "too-many-decimals":
      return `${rule}，${shown} 有 ${problem.decimals} 位小数`;
    case "too-large":
      return type === "money"
        ? `${rule}，${shown} 的整数部分超过 ${MAX_MONEY_INTEGER_DIGITS} 位`
        : `${rule}，${shown} 超出上限 ${MAX_INTEGER}`;
    case "bad-grouping":
      return `${rule}，${shown} 的千位分隔符位置不对`;
    case "bad-unit":
      return `的单位只能是${(units ?? []).map((unit) => `“${unit}”`).join("或")}，${shown} 不是其中之一`;
  }
}
