import {
  TEXT_KEYS,
  getCellDefinition,
  getFormat,
  listCellDefinitions,
  sectionOfTable,
  type FormatKey,
  type SectionKey,
  type TextKey,
} from "@/lib/report-format";

/** Where a returned report's clerk should start: a wizard step and, when a comment is on a cell or a text, that place. */
export type CommentedPlace = { section: SectionKey; address: string | null };

const SECTION_TARGET = "section:";

function placeOf(format: FormatKey, target: string): { section: SectionKey; address: string | null } | null {
  if (target.startsWith(SECTION_TARGET)) {
    const key = target.slice(SECTION_TARGET.length);
    const section = getFormat(format).sections.find((entry) => entry.key === key)?.key;
    if (!section) return null;
    // A comment on a whole text section points at its editor; on a whole table, at the step.
    return { section, address: (TEXT_KEYS as readonly string[]).includes(key) ? `texts.${key as TextKey}` : null };
  }
  const cell = getCellDefinition(format, target.split("@")[0]!);
  const section = cell ? sectionOfTable(format, cell.table) : null;
  return section ? { section, address: target } : null;
}

/**
 * The first place, in the order of the report, that the reviewer's comments point at: the first
 * commented section, and in it the first commented cell (or text), or null for the step alone.
 * Comments the format does not know (an old target) are passed over.
 */
export function firstCommentedPlace(format: FormatKey, targets: readonly string[]): CommentedPlace | null {
  const places = targets.map((target) => placeOf(format, target)).filter((place) => place !== null);
  if (!places.length) return null;
  const sectionOrder = getFormat(format).sections.map((section) => section.key);
  const cellOrder = new Map(listCellDefinitions(format).map((cell, index) => [cell.key, index]));
  const rank = (place: CommentedPlace) =>
    place.address === null ? -1 : place.address.startsWith("texts.") ? 0 : (cellOrder.get(place.address) ?? 0);
  const first = Math.min(...places.map((place) => sectionOrder.indexOf(place.section)));
  const inSection = places.filter((place) => sectionOrder.indexOf(place.section) === first);
  const cells = inSection.filter((place) => place.address !== null).sort((a, b) => rank(a) - rank(b));
  return cells[0] ?? inSection[0]!;
}
