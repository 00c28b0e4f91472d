// One table cell's reading from the slot it was printed in, and how the doubts of finding the
// row, the column and the value add up: the cell is as doubtful as its most doubtful step.
import type { CellDefinition, MoneyUnit } from "@/lib/report-format";
import { readCellValue } from "./read-cell-value";
import type { Slot } from "./segment-table-rows";
import type { CellReading, ReadingStatus } from "./types";

export type TableCells = Map<string, CellReading>;

const RANK: Readonly<Record<ReadingStatus, number>> = { found: 0, guessed: 1, missing: 2 };

export function readSlot(slot: Slot, definition: CellDefinition, headerUnit: MoneyUnit | null): CellReading {
  const reading = readCellValue(slot.text, definition, headerUnit);
  return {
    value: reading.value,
    status: reading.status,
    source: slot.source,
    raw: slot.text,
    ...(reading.note ? { note: reading.note } : {}),
  };
}

/** `reading` made at least as doubtful as `status`, with the reasons added to its note. */
export function combineReadings(
  reading: CellReading,
  status: ReadingStatus,
  notes: readonly (string | undefined)[],
): CellReading {
  const combined = RANK[status] > RANK[reading.status] ? status : reading.status;
  const all = [...notes, reading.note].filter((note): note is string => Boolean(note));
  const { note: _previous, ...rest } = reading;
  return all.length > 0 ? { ...rest, status: combined, note: all.join("；") } : { ...rest, status: combined };
}
