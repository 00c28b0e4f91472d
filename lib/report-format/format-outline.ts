// What a format holds, listed once: its tables and its text sections in format order, and the
// section each table belongs to. Code that walks "the tables of a format" asks here.
import { getFormat } from "./format-registry";
import type { FormatKey, SectionDefinition, SectionKey, TableDefinition, TextContent, TextKey } from "./types";

export interface TextSection {
  key: TextKey;
  heading: string;
  content: TextContent;
}

export interface FormatOutline {
  tables: readonly TableDefinition[];
  texts: readonly TextSection[];
  tableSections: ReadonlyMap<string, SectionDefinition>;
}

const outlines = new Map<FormatKey, FormatOutline>();

export function getFormatOutline(format: FormatKey): FormatOutline {
  let outline = outlines.get(format);
  if (outline) return outline;
  const tables: TableDefinition[] = [];
  const texts: TextSection[] = [];
  const tableSections = new Map<string, SectionDefinition>();
  for (const section of getFormat(format).sections) {
    if (section.content.kind === "text") {
      texts.push({ key: section.key as TextKey, heading: section.heading, content: section.content });
      continue;
    }
    for (const table of section.content.tables) {
      tables.push(table);
      tableSections.set(table.key, section);
    }
  }
  outline = { tables, texts, tableSections };
  outlines.set(format, outline);
  return outline;
}

/** The tables of a format, in format order. */
export function listTables(format: FormatKey): readonly TableDefinition[] {
  return getFormatOutline(format).tables;
}

/** The text sections of a format (一、总体情况 …), in format order. */
export function listTextSections(format: FormatKey): readonly TextSection[] {
  return getFormatOutline(format).texts;
}

/** The section a table of the format belongs to, or null for a table the format does not have. */
export function sectionOfTable(format: FormatKey, table: string): SectionKey | null {
  return getFormatOutline(format).tableSections.get(table)?.key ?? null;
}
