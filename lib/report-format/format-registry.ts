import { format2019 } from "./formats/format-2019";
import { format2021 } from "./formats/format-2021";
import type { FormatDefinition, FormatKey } from "./types";

export const FORMAT_KEYS = ["2019", "2021"] as const satisfies readonly FormatKey[];

const formats: Readonly<Record<FormatKey, FormatDefinition>> = { "2019": format2019, "2021": format2021 };

export function getFormat(key: FormatKey): FormatDefinition {
  return formats[key];
}

export function isFormatKey(value: unknown): value is FormatKey {
  return value === "2019" || value === "2021";
}

/** The format a report for `year` must use, or null for years before the 2019 format (out of scope). */
export function formatForYear(year: number): FormatKey | null {
  for (const key of FORMAT_KEYS) {
    const { from, to } = formats[key].years;
    if (year >= from && (to === undefined || year <= to)) return key;
  }
  return null;
}

/** "2019、2020 年度" / "2021 年度及以后", for messages. */
export function describeFormatYears(key: FormatKey): string {
  const { from, to } = formats[key].years;
  if (to === undefined) return `${from} 年度及以后`;
  const years = Array.from({ length: to - from + 1 }, (_, offset) => String(from + offset));
  return `${years.join("、")} 年度`;
}
