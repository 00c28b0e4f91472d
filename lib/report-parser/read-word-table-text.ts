// The text of an old Word (.doc) file as its reader gives it: paragraphs end in line breaks, but a
// table is one long run of cells separated by tabs, rows not marked (the end of a row is written
// like one more empty cell). Rows are put back where the table's own words say one begins: at a
// label after a number, at a row label after the header's words, at the numbers after a header.
import { normaliseLabel } from "./normalise-label";
import { classifyCellText } from "./read-cell-value";
import { isHeaderWord } from "./table-vocabulary";

type Kind = "number" | "header" | "label" | "blank";

function kindOf(cell: string): Kind {
  const kind = classifyCellText(cell);
  if (kind === "blank") return "blank";
  if (kind === "number" || kind === "placeholder") return "number";
  return isHeaderWord(normaliseLabel(cell)) ? "header" : "label";
}

function splitRows(cells: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let previous: Kind | null = null;
  for (const cell of cells) {
    const kind = kindOf(cell);
    const startsRow =
      row.length > 0 &&
      ((kind === "label" && (previous === "number" || previous === "header")) ||
        (kind === "header" && previous === "number") ||
        (kind === "number" && previous === "header"));
    if (startsRow) {
      rows.push(row);
      row = [];
    }
    row.push(cell);
    if (kind !== "blank") previous = kind;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** `body` with each table row on a line of its own. */
export function restoreWordTableRows(body: string): string {
  return body
    .replace(/\r\n?/gu, "\n")
    .split("\n")
    .flatMap((line) => (line.includes("\t") ? splitRows(line.split("\t")).map((row) => row.join("\t")) : [line]))
    .join("\n");
}
