// Lines whose pieces have horizontal positions (a PDF's text runs, `pdftotext -layout` text) as
// document blocks. Tables are drawn, not marked up: a cell is a piece of text, a row is a line,
// and a cell wrapped over two lines ("商业企" over "业", a row label running on below its
// numbers) is put back together from where its pieces sit on the page.
import { normaliseLabel } from "./normalise-label";
import { classifyCellText } from "./read-cell-value";
import { isHeaderWord, isWholeHeaderWord, readBand } from "./table-vocabulary";
import type { DocBlock, DocCell, SourceRef } from "./types";

export interface PositionedItem {
  text: string;
  /** Left and right edge, in any unit shared by the whole document (points, character columns). */
  x0: number;
  x1: number;
}

export interface PositionedLine {
  items: PositionedItem[];
  source: SourceRef;
}

const SENTENCE_PUNCTUATION = /[。！？；!?;]/u;
const MAX_LABEL_LENGTH = 80;
// A row or group label starts with its numbering; the rest of a wrapped label does not.
const ENUMERATOR = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/u;
const PAGE_NUMBER = /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u;

function isNumberLike(text: string): boolean {
  const kind = classifyCellText(text);
  return kind === "number" || kind === "placeholder";
}

function overlaps(a: PositionedItem, b: PositionedItem): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

function isLabelOnly(line: PositionedLine): boolean {
  return line.items.length > 0 && line.items.every((item) => !isNumberLike(item.text));
}

/**
 * A word wrapped inside its cell: the upper piece is not a label of its own yet, or it is a short
 * one that the lower piece makes longer ("其他" over "结果": 其他结果).
 */
function isWrappedPiece(upper: PositionedItem, lower: PositionedItem): boolean {
  const normalised = normaliseLabel(upper.text);
  if (readBand(normalised) !== null || SENTENCE_PUNCTUATION.test(upper.text) || ENUMERATOR.test(upper.text))
    return false;
  return !isHeaderWord(normalised) || isWholeHeaderWord(normaliseLabel(upper.text + lower.text));
}

/**
 * Header cells wrapped over several lines ("社会" / "公益" / "组织" under one another, interleaved
 * with other cells' lines when the header is centred): each piece joins the nearest piece above it
 * in the header that it alone lies under, when that piece is not a whole label by itself.
 */
class HeaderRun {
  private open: { item: PositionedItem; line: PositionedLine }[] = [];

  reset(): void {
    this.open = [];
  }

  /** Joins `line`'s wrapped pieces to the pieces above; returns the pieces left on the line. */
  add(line: PositionedLine): PositionedItem[] {
    const rest: PositionedItem[] = [];
    for (const piece of line.items) {
      const above = this.open.filter((entry) => overlaps(entry.item, piece));
      const target = above.at(-1);
      const alone = target !== undefined && line.items.filter((other) => overlaps(target.item, other)).length === 1;
      const inTable = target !== undefined && (line.items.length >= 2 || target.line.items.length >= 2);
      if (target && alone && inTable && isWrappedPiece(target.item, piece)) {
        target.item.text += piece.text;
        target.item.x0 = Math.min(target.item.x0, piece.x0);
        target.item.x1 = Math.max(target.item.x1, piece.x1);
        continue;
      }
      rest.push(piece);
    }
    const kept = { ...line, items: rest };
    for (const item of rest) this.open.push({ item, line: kept });
    line.items = rest;
    return rest;
  }
}

function firstNumberX(line: PositionedLine): number | null {
  const number = line.items.find((item) => isNumberLike(item.text));
  return number ? number.x0 : null;
}

function isLabelPiece(item: PositionedItem): boolean {
  const normalised = normaliseLabel(item.text);
  return (
    item.text.length <= 30 &&
    !SENTENCE_PUNCTUATION.test(item.text) &&
    readBand(normalised) === null &&
    !isHeaderWord(normalised)
  );
}

/**
 * Whether the label-only line `line`, just above (`above`) or below the value row `row`, holds
 * the rest of that row's wrapped labels: every piece left of the numbers, each under or over one
 * label of the row, and none starting a new numbered label where it would have to continue one.
 */
function continuesLabels(line: PositionedLine, row: PositionedLine, above: boolean): boolean {
  const limit = firstNumberX(row);
  if (limit === null || !isLabelOnly(line)) return false;
  const labels = row.items.filter((item) => item.x1 <= limit);
  let joins = 0;
  for (const piece of line.items) {
    if (piece.x1 > limit || !isLabelPiece(piece)) return false;
    const targets = labels.filter((label) => overlaps(label, piece));
    if (targets.length > 1) return false;
    const [target] = targets;
    if (!target) {
      // Above the numbers, a label with nothing beside the numbers (a one-line label over a row
      // centred in its cell, a group label): part of the row's labels. Below, it would be a guess.
      if (!above) return false;
      continue;
    }
    if (above ? ENUMERATOR.test(target.text) : ENUMERATOR.test(piece.text)) return false;
    joins++;
  }
  return joins > 0;
}

function absorb(line: PositionedLine, row: PositionedLine, above: boolean): void {
  const limit = firstNumberX(row) ?? Infinity;
  for (const piece of line.items) {
    const target = row.items.find((item) => item.x1 <= limit && overlaps(item, piece));
    if (target) {
      target.text = above ? piece.text + target.text : target.text + piece.text;
      target.x0 = Math.min(target.x0, piece.x0);
      target.x1 = Math.max(target.x1, piece.x1);
    } else {
      row.items.push({ ...piece });
    }
  }
  row.items.sort((a, b) => a.x0 - b.x0);
}

/** Table rows whose labels wrap over several lines (numbers on the first or the middle line) made whole. */
function joinWrappedLabels(lines: readonly PositionedLine[]): PositionedLine[] {
  const result: PositionedLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const source = lines[index];
    if (!source) continue;
    const line = { items: source.items.map((item) => ({ ...item })), source: source.source };
    if (firstNumberX(line) === null) {
      result.push(line);
      continue;
    }
    for (let previous = result.at(-1); previous && continuesLabels(previous, line, true); previous = result.at(-1)) {
      absorb(previous, line, true);
      result.pop();
    }
    for (let next = lines[index + 1]; next && continuesLabels(next, line, false); next = lines[index + 1]) {
      absorb(next, line, false);
      index++;
    }
    result.push(line);
  }
  return result;
}

function toBlock(line: PositionedLine, lineNumber: number): DocBlock | null {
  const items = line.items.filter((item) => item.text !== "");
  if (items.length === 0) return null;
  const text = items.map((item) => item.text).join(" ");
  if (items.length === 1 && !isNumberLike(text)) {
    if (PAGE_NUMBER.test(text)) return null;
    return {
      kind: "paragraph",
      text,
      source: line.source,
      mayBeTableText: text.length <= MAX_LABEL_LENGTH && !SENTENCE_PUNCTUATION.test(text),
    };
  }
  const cells = items.map((item, index): DocCell => ({
    text: item.text,
    column: index,
    span: 1,
    carried: false,
    source: line.source.kind === "line" ? { ...line.source, line: lineNumber, cell: index + 1 } : line.source,
  }));
  return { kind: "row", cells, source: line.source };
}

export function readPositionedLines(lines: readonly PositionedLine[]): DocBlock[] {
  const merged: PositionedLine[] = [];
  const header = new HeaderRun();
  for (const source of joinWrappedLabels(lines.filter((entry) => entry.items.length > 0))) {
    const line = { items: source.items.map((item) => ({ ...item })), source: source.source };
    if (!isLabelOnly(line)) {
      header.reset();
      merged.push(line);
      continue;
    }
    if (header.add(line).length > 0) merged.push(line);
  }
  return merged.flatMap((line) => {
    const lineNumber = line.source.kind === "line" ? line.source.line : 0;
    const block = toBlock(line, lineNumber);
    return block ? [block] : [];
  });
}
