import "server-only";
import { getFormat, labelCell, listCellDefinitions, type FormatKey } from "@/lib/report-format";

// What a review comment may be pinned to: a section of the format (`section:applications`) or one
// of its cells (`applications.3.7.natural`). Anything else is refused.

export type CommentTarget = { value: string; label: string; group: string };

const SECTION_PREFIX = "section:";

/** Every target of the format, sections first, then cells grouped by their table, in format order. */
export function listCommentTargets(format: FormatKey): CommentTarget[] {
  const definition = getFormat(format);
  const sections = definition.sections.map((section) => ({
    value: `${SECTION_PREFIX}${section.key}`,
    label: section.heading,
    group: "栏目",
  }));
  const tableGroups = new Map<string, string>();
  for (const section of definition.sections) {
    if (section.content.kind !== "tables") continue;
    for (const table of section.content.tables) tableGroups.set(table.key, table.band ?? section.heading);
  }
  const cells = listCellDefinitions(format).map((cell) => ({
    value: cell.key,
    label: cell.label,
    group: tableGroups.get(cell.table) ?? cell.table,
  }));
  return [...sections, ...cells];
}

/** The human name of a target ("三、收到和处理政府信息公开申请情况", "（七）总计·自然人"), or null when the format has no such target. */
export function labelCommentTarget(format: FormatKey, target: string): string | null {
  if (target.startsWith(SECTION_PREFIX)) {
    const key = target.slice(SECTION_PREFIX.length);
    return getFormat(format).sections.find((section) => section.key === key)?.heading ?? null;
  }
  if (target.includes("@") || target.startsWith("texts.")) return null;
  const label = labelCell(format, target);
  return label === target ? null : label;
}
