// Text laid out like the printed page (`pdftotext -layout`, a copy out of a PDF viewer): table
// columns are kept apart by runs of spaces, and a cell's place is its character column (a Chinese
// character takes two). Read into positioned lines, so wrapped cells can be put back together.
import { classifyCellText } from "./read-cell-value";
import { readPositionedLines, type PositionedItem, type PositionedLine } from "./read-positioned-lines";
import type { DocBlock } from "./types";

// Two or more spaces (or a full-width space) between pieces: a column gap, not a word gap.
const COLUMN_GAP = /(?: {2,}|\u3000+|\u00a0{2,})/u;
const MIN_LAYOUT_LINES = 5;

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}

function readLine(line: string): PositionedItem[] {
  const items: PositionedItem[] = [];
  let x = 0;
  for (const part of line.split(new RegExp(`(${COLUMN_GAP.source})`, "u"))) {
    const width = displayWidth(part);
    if (part.trim() !== "" && !COLUMN_GAP.test(part)) {
      const tokens = part.trim().split(/\s+/u);
      // "0 0 0" under narrow columns: each number is a cell of its own.
      if (tokens.length > 1 && tokens.every((token) => classifyCellText(token) === "number")) {
        let at = x + (part.length - part.trimStart().length);
        for (const token of tokens) {
          items.push({ text: token, x0: at, x1: at + displayWidth(token) });
          at += displayWidth(token) + 1;
        }
      } else {
        const start = x + displayWidth(part.slice(0, part.length - part.trimStart().length));
        items.push({ text: part.trim(), x0: start, x1: start + displayWidth(part.trim()) });
      }
    }
    x += width;
  }
  return items;
}

/** Whether `content` looks laid out: several lines with pieces kept apart by wide gaps. */
export function isLayoutText(content: string): boolean {
  if (content.includes("\t")) return false;
  const gapped = content.split(/\r\n|\r|\n/u).filter((line) => /\S(?: {2,}|\u3000+)\S/u.test(line));
  return gapped.length >= MIN_LAYOUT_LINES;
}

export function readLayoutText(content: string): DocBlock[] {
  const lines: PositionedLine[] = content
    .replace(/\f/gu, "\n")
    .split(/\r\n|\r|\n/u)
    .map((line, index) => ({ items: readLine(line), source: { kind: "line", line: index + 1 } }));
  return readPositionedLines(lines);
}
