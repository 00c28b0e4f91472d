// The totals graph read the other way round: which computed cells an input cell feeds, so that a
// keystroke recomputes and redraws only those.
import { listTotalInputs, type FormatKey } from "@/lib/report-format";

const dependents = new Map<FormatKey, ReadonlyMap<string, readonly string[]>>();

/** The computed cells that add up this input cell, directly or through other totals. */
export function listTotalsOf(format: FormatKey, key: string): readonly string[] {
  let map = dependents.get(format);
  if (!map) {
    const built = new Map<string, string[]>();
    for (const [total, inputs] of listTotalInputs(format)) {
      for (const input of inputs) {
        const list = built.get(input) ?? [];
        list.push(total);
        built.set(input, list);
      }
    }
    dependents.set(format, (map = built));
  }
  return map.get(key) ?? [];
}
