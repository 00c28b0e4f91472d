import { getFormat, listCellDefinitions, type FormatKey } from "@/lib/report-format";

/** Position of each cell and text (`texts.overview`) in the printed report, to list changes in reading order. */
export function cellOrder(format: FormatKey): (key: string) => number {
  const positions = new Map<string, number>();
  const cells = listCellDefinitions(format);
  for (const section of getFormat(format).sections) {
    if (section.content.kind === "text") positions.set(`texts.${section.key}`, positions.size);
    else
      for (const table of section.content.tables)
        for (const cell of cells) if (cell.table === table.key) positions.set(cell.key, positions.size);
  }
  return (key) => positions.get(key) ?? Number.MAX_SAFE_INTEGER;
}
