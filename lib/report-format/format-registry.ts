// The formats the app knows: the two official ones, and any registered at run time (a future
// format, or a made-up one in tests). Everything that walks "the formats" asks here, so a
// registered format is validated, rendered, exported and parsed like the official ones.
import { extraFormats } from "./formats/extra-formats";
import { format2019 } from "./formats/format-2019";
import { format2021 } from "./formats/format-2021";
import type { FormatDeclaration, FormatDefinition, FormatKey, OfficialFormatKey } from "./types";

/** The official formats, oldest first. */
export const FORMAT_KEYS = ["2019", "2021"] as const satisfies readonly OfficialFormatKey[];

const formats = new Map<string, FormatDefinition>([
  [format2019.key, format2019],
  [format2021.key, format2021],
]);
/** Replaced (never mutated) on each registration, so that derived data can be cached by identity. */
let snapshot: readonly FormatDefinition[] = [...formats.values()];

/** A format key that the registry does not hold: a corrupt row or a file of an unknown format. */
export class UnknownFormatError extends Error {
  constructor(readonly value: unknown) {
    super(`未知的报告格式 ${JSON.stringify(value) ?? String(value)}（已知格式：${[...formats.keys()].join("、")}）`);
    this.name = "UnknownFormatError";
  }
}

/**
 * Adds a format to the registry and returns its key. Registering the same declaration again is
 * a no-op; another declaration under a key already held is refused.
 */
export function registerFormat(declaration: FormatDeclaration): FormatKey {
  const existing = formats.get(declaration.key);
  if (existing === declaration) return existing.key;
  if (existing) throw new Error(`A format with key ${declaration.key} is already registered`);
  if (declaration.key.trim() === "") throw new Error("A format needs a key");
  // The registry is the one place that turns a declared key into a FormatKey.
  const definition = declaration as FormatDefinition;
  formats.set(definition.key, definition);
  snapshot = [...formats.values()];
  return definition.key;
}

for (const declaration of extraFormats) registerFormat(declaration);

/** Every registered format, the official ones first, in registration order. */
export function listFormats(): readonly FormatDefinition[] {
  return snapshot;
}

export function listFormatKeys(): readonly FormatKey[] {
  return snapshot.map((format) => format.key);
}

export function isFormatKey(value: unknown): value is FormatKey {
  return typeof value === "string" && formats.has(value);
}

/** The key of a registered format; anything else (a stored string of an unknown format) throws `UnknownFormatError`. */
export function parseFormatKey(value: unknown): FormatKey {
  if (!isFormatKey(value)) throw new UnknownFormatError(value);
  return value;
}

export function getFormat(key: FormatKey): FormatDefinition {
  const format = formats.get(key);
  if (!format) throw new UnknownFormatError(key);
  return format;
}

/**
 * The years a format is used for: as declared, and when it declares no end, until the year
 * before the next format starts (or open-ended when none does).
 */
export function getFormatYears(key: FormatKey): { from: number; to?: number } {
  const { from, to } = getFormat(key).years;
  if (to !== undefined) return { from, to };
  const next = snapshot.map((format) => format.years.from).filter((start) => start > from);
  return next.length === 0 ? { from } : { from, to: Math.min(...next) - 1 };
}

/** The format a report for `year` must use, or null for years before the 2019 format (out of scope). */
export function formatForYear(year: number): FormatKey | null {
  for (const format of snapshot) {
    const { from, to } = getFormatYears(format.key);
    if (year >= from && (to === undefined || year <= to)) return format.key;
  }
  return null;
}

/** "2019、2020 年度" / "2021 年度及以后", for messages. */
export function describeFormatYears(key: FormatKey): string {
  const { from, to } = getFormatYears(key);
  if (to === undefined) return `${from} 年度及以后`;
  if (to - from > 4) return `${from}—${to} 年度`;
  const years = Array.from({ length: to - from + 1 }, (_, offset) => String(from + offset));
  return `${years.join("、")} 年度`;
}

/**
 * `build` over the registered formats, computed once and again only after a format is registered:
 * for vocabularies and indexes that span every format (the parser's words, the public figures).
 */
export function deriveFromFormats<T>(build: (formats: readonly FormatDefinition[]) => T): () => T {
  let cached: { formats: readonly FormatDefinition[]; value: T } | null = null;
  return () => {
    if (cached?.formats !== snapshot) cached = { formats: snapshot, value: build(snapshot) };
    return cached.value;
  };
}
