// The wizard's view of a format: form field names, where addresses and comments lead, and the shown
// value of a total. All derived from the declaration.
import {
  getCellDefinition,
  getFormat,
  listCellDefinitions,
  sectionOfTable,
  TEXT_KEYS,
  type CellDefinition,
  type FormatKey,
  type SectionDefinition,
  type SectionKey,
  type TextKey,
} from "@/lib/report-format";

// react-hook-form reads dots as nesting ("3.1" would become an array index): cell keys use "~".
export function cellField(key: string): string {
  return `cell:${key.replaceAll(".", "~")}`;
}

export function unitField(key: string): string {
  return `unit:${key.replaceAll(".", "~")}`;
}

export function textField(key: TextKey): string {
  return `text:${key}`;
}

export type FieldTarget =
  { kind: "cell"; key: string } | { kind: "unit"; key: string } | { kind: "text"; key: TextKey };

export function readField(name: string): FieldTarget | null {
  const colon = name.indexOf(":");
  const kind = name.slice(0, colon);
  const key = name.slice(colon + 1);
  if (kind === "cell") return { kind, key: key.replaceAll("~", ".") };
  if (kind === "unit") return { kind, key: key.replaceAll("~", ".") };
  if (kind === "text") return { kind, key: key as TextKey };
  return null;
}

/** DOM id of a cell's input or of a text's editor. */
export function cellInputId(key: string): string {
  return `cell-${key.replaceAll(".", "-")}`;
}

export function textInputId(key: TextKey): string {
  return `text-${key}`;
}

/** "（七）总计 自然人": the accessible name of a cell, its row and column labels. */
export function cellAccessibleName(cell: Pick<CellDefinition, "label">): string {
  return cell.label.replaceAll("·", " ");
}

/** The last step of the wizard, after the sections. */
export const PREVIEW_STEP = "preview";

export function isTextKey(key: string): key is TextKey {
  return (TEXT_KEYS as readonly string[]).includes(key);
}

export function listSections(format: FormatKey): readonly SectionDefinition[] {
  return getFormat(format).sections;
}

export function findSection(format: FormatKey, key: string): SectionDefinition | undefined {
  return getFormat(format).sections.find((section) => section.key === key);
}

/** Section of a violation address: `texts.overview` or a cell key (`applications.3.1.natural@2024` too). */
export function sectionOfAddress(format: FormatKey, address: string): SectionKey | null {
  const key = address.split("@")[0]!;
  if (key.startsWith("texts.")) {
    const text = key.slice("texts.".length);
    return isTextKey(text) ? text : null;
  }
  const cell = getCellDefinition(format, key);
  return cell ? sectionOfTable(format, cell.table) : null;
}

/**
 * The place a step's link asks to start at (`?focus=applications.4.natural`, `?focus=texts.overview`),
 * when it is a cell or text of that step; anything else (another step's cell, a cell of another
 * report `…@2020`, a made-up value) is null, and the step starts at its heading.
 */
export function focusAddressOfStep(format: FormatKey, section: SectionKey, requested: string | null): string | null {
  if (!requested || requested.includes("@")) return null;
  return sectionOfAddress(format, requested) === section ? requested : null;
}

// A review comment is pinned to a whole section (`section:applications`) or to one cell
// (lib/server/review/comment-targets.ts decides which targets exist).
const SECTION_TARGET = "section:";

export function isSectionTarget(target: string): boolean {
  return target.startsWith(SECTION_TARGET);
}

/** Section of a review comment's target, or null for a target the format does not have. */
export function sectionOfCommentTarget(format: FormatKey, target: string): SectionKey | null {
  if (!isSectionTarget(target)) return sectionOfAddress(format, target);
  return findSection(format, target.slice(SECTION_TARGET.length))?.key ?? null;
}

/**
 * What a comment's link focuses: its cell, or the editor of a text section; null for a comment on a
 * whole table section, whose step opens at its heading.
 */
export function commentAddress(format: FormatKey, target: string): string | null {
  if (!isSectionTarget(target)) return sectionOfAddress(format, target) ? target : null;
  const key = target.slice(SECTION_TARGET.length);
  return isTextKey(key) ? `texts.${key}` : null;
}

/** The step a returned report opens on: the first section, in the format's order, that a comment points into. */
export function firstCommentedSection(format: FormatKey, targets: readonly string[]): SectionKey | null {
  const commented = new Set(targets.map((target) => sectionOfCommentTarget(format, target)));
  return listSections(format).find((section) => commented.has(section.key))?.key ?? null;
}

/** Input (not computed) cells of a section, in format order. */
export function listSectionInputs(format: FormatKey, section: SectionKey): readonly CellDefinition[] {
  return listCellDefinitions(format).filter((cell) => !cell.computed && sectionOfTable(format, cell.table) === section);
}
