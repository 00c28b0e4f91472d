// One printed cell's text turned into a stored value of its cell type, or a reason it cannot be.
// Units are read off the number ("73802895.90元", "24252.311082万元") or the column header; a
// 元 amount in a 万元 column is converted exactly; nothing is rounded and nothing is made up.
import { parseCellInput, type CellDefinition, type CellValue, type MoneyUnit } from "@/lib/report-format";
import { foldWidth } from "./normalise-label";

export type CellTextKind = "blank" | "placeholder" | "number" | "label";

// Whole numbers with or without thousands separators, a fraction, a unit a clerk might append.
const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万元|元|万|件|个|条|项|次|家|人|份)?$/u;
// What reports print for "nothing here": dashes, slashes, 无.
const PLACEHOLDER = /^(?:[-—–―~～/\\]+|无|空)$/u;
const COUNT_UNITS = new Set(["件", "个", "条", "项", "次", "家", "人", "份"]);
const WAN_DIGITS = 4;

function compact(text: string): string {
  return foldWidth(text)
    .replace(/[\s\u00a0]+/gu, "")
    .replace(/[，]/gu, ",")
    .replace(/[－−]/gu, "-");
}

export function classifyCellText(text: string): CellTextKind {
  const value = compact(text);
  if (value === "") return "blank";
  if (NUMBER.test(value)) return "number";
  if (PLACEHOLDER.test(value)) return "placeholder";
  return "label";
}

export interface ValueReading {
  value: CellValue;
  status: "found" | "guessed" | "missing";
  note?: string;
}

/** `digits` (a plain decimal, no sign) divided by 10^4, written without superfluous zeros. */
function divideByWan(digits: string): string {
  const [whole = "0", fraction = ""] = digits.split(".");
  const padded = whole.padStart(WAN_DIGITS + 1, "0");
  const shiftedWhole = padded.slice(0, padded.length - WAN_DIGITS).replace(/^0+(?=\d)/u, "");
  const shiftedFraction = `${padded.slice(padded.length - WAN_DIGITS)}${fraction}`.replace(/0+$/u, "");
  return shiftedFraction ? `${shiftedWhole}.${shiftedFraction}` : shiftedWhole;
}

function readUnit(suffix: string | undefined): MoneyUnit | null {
  if (suffix === "元") return "元";
  if (suffix === "万元" || suffix === "万") return "万元";
  return null;
}

function refuse(message: string): ValueReading {
  return { value: null, status: "missing", note: message };
}

function readMoney(
  digits: string,
  suffix: string | undefined,
  cell: CellDefinition,
  headerUnit: MoneyUnit | null,
): ValueReading {
  const units = cell.units ?? [];
  if (suffix && !readUnit(suffix)) return refuse(`金额不能以“${suffix}”为单位`);
  const notes: string[] = [];
  let unit = readUnit(suffix) ?? headerUnit ?? (units.length === 1 ? (units[0] ?? null) : null);
  if (unit === null) {
    unit = "元";
    notes.push("原文没有写单位，按“元”记录");
  }
  let amount = digits;
  if (!units.includes(unit)) {
    if (unit !== "元" || !units.includes("万元") || amount.startsWith("-"))
      return refuse(`单位“${unit}”不是这一栏的单位`);
    amount = divideByWan(amount.replace(/,/gu, ""));
    notes.push(`原文为 ${digits} 元，已换算为万元`);
    unit = "万元";
  }
  const parsed = parseCellInput(amount, cell);
  if (!parsed.ok) return refuse(parsed.message);
  if (parsed.value === null) return { value: null, status: "missing" };
  const value: CellValue = units.length === 1 ? String(parsed.value) : { value: String(parsed.value), unit };
  return notes.length > 0 ? { value, status: "guessed", note: notes.join("；") } : { value, status: "found" };
}

/**
 * The value of `cell` printed as `raw`. `headerUnit` is the unit the column header states
 * ("采购总金额（万元）"), for amounts printed without one.
 */
export function readCellValue(raw: string, cell: CellDefinition, headerUnit: MoneyUnit | null): ValueReading {
  const text = compact(raw);
  if (text === "") return { value: null, status: "missing", note: "单元格为空" };
  if (PLACEHOLDER.test(text)) return refuse(`原文为“${raw.trim()}”，不是数字`);
  const match = NUMBER.exec(text);
  if (!match?.[1]) return refuse(`原文“${raw.trim()}”不是数字`);
  const [, digits, suffix] = match;
  if (cell.type === "money") return readMoney(digits, suffix, cell, headerUnit);
  if (suffix && !COUNT_UNITS.has(suffix)) return refuse(`原文“${raw.trim()}”带有金额单位，这一栏是件数`);
  const parsed = parseCellInput(digits, cell);
  if (!parsed.ok) return refuse(parsed.message);
  return { value: parsed.value, status: parsed.value === null ? "missing" : "found" };
}

/** The unit a column header states, if any: "（单位：万元）", "(元)". */
export function readHeaderUnit(headerText: string): MoneyUnit | null {
  const text = compact(headerText);
  if (text.includes("万元")) return "万元";
  if (/[(:]元\)?/u.test(text)) return "元";
  return null;
}
