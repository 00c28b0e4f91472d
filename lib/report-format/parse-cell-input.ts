// What a clerk types into a cell, turned into the stored value or a message naming the cell.
import { describeProblem, normaliseTypedNumber, readNumberText } from "./cell-value";
import type { CellDefinition } from "./types";

export type CellInputResult =
  /** `value` is null for a blank cell, a number for count and signed cells, a canonical decimal string for money. */
  { ok: true; value: number | string | null } | { ok: false; message: string };

/**
 * Accepts full-width digits and signs, thousands separators ("1,234", "1，234") and spaces of any
 * width; refuses anything else with a Chinese message that names the cell:
 * "「（七）总计·自然人」须为整数（填写的是“1.5”）".
 */
export function parseCellInput(raw: string, cell: Pick<CellDefinition, "label" | "type" | "units">): CellInputResult {
  const text = normaliseTypedNumber(raw);
  if (text === "") return { ok: true, value: null };
  const reading = readNumberText(text, cell.type, true);
  if (reading.ok) return { ok: true, value: reading.value };
  return {
    ok: false,
    message: `「${cell.label}」${describeProblem(reading.problem, raw.trim(), cell.type, cell.units)}`,
  };
}
