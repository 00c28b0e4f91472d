// 其余空格填 0: the number cells of some tables that the clerk left blank. A cell with anything in
// it (typed, pasted, prefilled, even a value that does not fit) is not blank.
import type { DraftModel } from "./draft-model";

export function listBlankInputs(draft: Pick<DraftModel, "inputs" | "getRaw">, tables: readonly string[]): string[] {
  const wanted = new Set(tables);
  return draft.inputs
    .filter((cell) => wanted.has(cell.table) && draft.getRaw(cell.key).trim() === "")
    .map((cell) => cell.key);
}
