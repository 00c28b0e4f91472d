// Exact decimal arithmetic on canonical decimal strings ("0", "24252.311082"): money is never a float.
import type { MoneyUnit } from "./types";

/** Money cells hold at most 6 decimals (NUMERIC(20,6)) in either unit, so micro-元 add up exactly. */
const MONEY_DECIMALS = 6;
const WAN_DIGITS = 4;

/** `digits` (a canonical decimal) as an integer count of 10^-scale; the caller guarantees at most `scale` decimals. */
function decimalToScaled(digits: string, scale: number): bigint {
  const dot = digits.indexOf(".");
  const whole = dot === -1 ? digits : digits.slice(0, dot);
  const fraction = dot === -1 ? "" : digits.slice(dot + 1);
  return BigInt(whole + fraction.padEnd(scale, "0"));
}

/** Canonical decimal string of `value` × 10^-scale: no leading zeros, no trailing fractional zeros. */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** An amount in micro-元 (10^-6 元), the common base in which amounts of either unit add up exactly. */
export function moneyToMicroYuan(digits: string, unit: MoneyUnit): bigint {
  const scaled = decimalToScaled(digits, MONEY_DECIMALS);
  return unit === "元" ? scaled : scaled * 10n ** BigInt(WAN_DIGITS);
}

/** A micro-元 amount written in `unit`, exactly (元 amounts written in 万元 may need up to 10 decimals). */
export function formatMicroYuan(value: bigint, unit: MoneyUnit): string {
  return formatScaled(value, unit === "元" ? MONEY_DECIMALS : MONEY_DECIMALS + WAN_DIGITS);
}
