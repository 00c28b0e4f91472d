// The parser's promise, as assertions: a cell marked found holds the true value, a missing cell
// holds nothing, and the report carries exactly the readings' values.
import { isDeepStrictEqual } from "node:util";
import type { Report } from "@/lib/report-format";
import type { ParseResult, ReadingStatus } from "../types";

function trueValue(report: Report, key: string) {
  const [table = "", ...rest] = key.split(".");
  const column = rest.pop() ?? "";
  return report.tables[table]?.[rest.join(".")]?.[column] ?? null;
}

/** Keys of cells whose reading breaks the promise (found but wrong, missing but valued, or unlike the report). */
export function listBrokenPromises(result: ParseResult, truth: Report): string[] {
  return Object.entries(result.cells).flatMap(([key, reading]) => {
    const reported = result.report ? trueValue(result.report, key) : reading.value;
    if (!isDeepStrictEqual(reported, reading.value)) return [`${key}: report ≠ reading`];
    if (reading.status === "found" && !isDeepStrictEqual(reading.value, trueValue(truth, key)))
      return [`${key}: found ${JSON.stringify(reading.value)}`];
    if (reading.status === "missing" && reading.value !== null)
      return [`${key}: missing but ${JSON.stringify(reading.value)}`];
    return [];
  });
}

export function listByStatus(result: ParseResult, status: ReadingStatus): string[] {
  return Object.entries(result.cells)
    .filter(([, reading]) => reading.status === status)
    .map(([key]) => key);
}

/** Guessed cells whose value is not the true one (a guess may be wrong, but then it must say so). */
export function listWrongGuesses(result: ParseResult, truth: Report): string[] {
  return listByStatus(result, "guessed").filter(
    (key) => !isDeepStrictEqual(result.cells[key]?.value, trueValue(truth, key)),
  );
}
