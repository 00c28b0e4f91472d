// Which input cells each computed cell adds up, through other computed cells: what a live total
// in the wizard watches, derived from the format's computing checks.
import { getFormat } from "./format-registry";
import { getFormatOutline } from "./format-outline";
import { listCellDefinitions } from "./cells";
import { listLeafColumns, listLeafRows } from "./declaration-tree";
import type { FormatKey } from "./types";

const graphs = new Map<FormatKey, ReadonlyMap<string, readonly string[]>>();

/** For each computed cell of the format, the input cells it sums, in the order of its formula. */
export function listTotalInputs(format: FormatKey): ReadonlyMap<string, readonly string[]> {
  const cached = graphs.get(format);
  if (cached) return cached;
  const formulas = new Map<string, string[]>();
  const tables = new Map(getFormatOutline(format).tables.map((table) => [table.key, table]));
  for (const check of getFormat(format).checks) {
    if (check.kind !== "linear" || !check.computes) continue;
    const table = tables.get(check.table);
    if (!table) continue;
    const lines =
      check.per === "row"
        ? listLeafRows(table.rows).map((leaf) => leaf.row.key)
        : listLeafColumns(table.columns).map((column) => column.key);
    for (const line of lines) {
      const key = (part: string) =>
        check.per === "row" ? `${table.key}.${line}.${part}` : `${table.key}.${part}.${line}`;
      const target = key(check.target);
      if (!formulas.has(target))
        formulas.set(
          target,
          check.terms.map((term) => key(term.key)),
        );
    }
  }
  const resolved = new Map<string, readonly string[]>();
  const resolve = (key: string): readonly string[] => {
    const known = resolved.get(key);
    if (known) return known;
    const terms = formulas.get(key);
    if (!terms) return [key];
    const inputs = [...new Set(terms.flatMap((term) => resolve(term)))];
    resolved.set(key, inputs);
    return inputs;
  };
  for (const cell of listCellDefinitions(format)) if (cell.computed) resolve(cell.key);
  graphs.set(format, resolved);
  return resolved;
}
