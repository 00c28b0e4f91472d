// Plain text as copied from a report page: table rows are lines of tab-separated cells (tables
// flattened by the browser), everything else is a line of prose. Some copies separate cells with
// spaces instead: a line that ends in numbers after a short label is read as a row too.
import { normaliseLabel } from "./normalise-label";
import { classifyCellText } from "./read-cell-value";
import { isHeaderWord } from "./table-vocabulary";
import type { DocBlock, DocCell } from "./types";

const SENTENCE_PUNCTUATION = /[。！？；!?;]/u;
// Page numbers left by a copy from a paginated original ("- 3 -", "第 3 页 共 12 页"): they would
// split a sentence broken across the page, or pass for a table value.
const PAGE_NUMBER = /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u;
// The longest official row label with its group label is about 45 characters.
const MAX_LABEL_LENGTH = 80;

function trimCell(text: string): string {
  return text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, "");
}

function isNumeric(token: string): boolean {
  return classifyCellText(token) === "number";
}

/** A tab cell holding several numbers separated by spaces ("0 0 0 0 0") is several cells. */
function splitNumbers(text: string): string[] {
  const tokens = text.split(/[\s\u00a0\u3000]+/u).filter((token) => token !== "");
  return tokens.length > 1 && tokens.every(isNumeric) ? tokens : [text];
}

function toParagraph(text: string, lineNumber: number): DocBlock {
  return {
    kind: "paragraph",
    text,
    source: { kind: "line", line: lineNumber },
    mayBeTableText: text.length <= MAX_LABEL_LENGTH && !SENTENCE_PUNCTUATION.test(text),
  };
}

function readTabRow(line: string, lineNumber: number): DocBlock | null {
  const cells: DocCell[] = [];
  line.split("\t").forEach((rawCell, index) => {
    // Numbers split out of one cell share its column: their positions are not known.
    for (const text of splitNumbers(trimCell(rawCell))) {
      cells.push({
        text,
        column: index,
        span: 1,
        carried: false,
        source: { kind: "line", line: lineNumber, cell: index + 1 },
      });
    }
  });
  const filled = cells.filter((cell) => cell.text !== "");
  const [only] = filled;
  if (!only) return null;
  // A tab-indented line of prose, or a one-cell row (a band): the same as a line without tabs.
  if (filled.length === 1 && !isNumeric(only.text)) return toParagraph(only.text, lineNumber);
  return { kind: "row", cells, source: { kind: "line", line: lineNumber } };
}

/** "规范性文件 3 2 298" or "0 0 0 0 0": a label (optional) followed by numbers. */
function readLooseRow(text: string, lineNumber: number): DocBlock | null {
  const tokens = text.split(/[\s\u00a0\u3000]+/u);
  let firstNumber = tokens.length;
  while (firstNumber > 0 && isNumeric(tokens[firstNumber - 1] ?? "")) firstNumber--;
  if (firstNumber === tokens.length) return null;
  const label = tokens.slice(0, firstNumber).join(" ");
  if (label.length > MAX_LABEL_LENGTH || SENTENCE_PUNCTUATION.test(label)) return null;
  const texts = label === "" ? tokens : [label, ...tokens.slice(firstNumber)];
  const cells = texts.map((cellText, index): DocCell => ({
    text: cellText,
    column: index,
    span: 1,
    carried: false,
    source: { kind: "line", line: lineNumber, cell: index + 1 },
  }));
  return { kind: "row", cells, source: { kind: "line", line: lineNumber }, looseText: text };
}

/** A line that is one number alone ("5"), as text extracted one cell per line gives. */
function isLoneNumber(block: DocBlock | undefined): block is Extract<DocBlock, { kind: "row" }> {
  return (
    block?.kind === "row" &&
    block.looseText !== undefined &&
    block.cells.length === 1 &&
    isNumeric(block.cells[0]?.text ?? "")
  );
}

const MIN_LONE_NUMBERS = 10;

/** Text with one cell per line: the numbers under one row label, line after line, are one row. */
function joinLoneNumbers(blocks: DocBlock[]): DocBlock[] {
  if (blocks.filter((block) => isLoneNumber(block)).length < MIN_LONE_NUMBERS) return blocks;
  const joined: DocBlock[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    // The row label just above its first number: one row (a column header above is not a label).
    if (
      isLoneNumber(block) &&
      previous?.kind === "paragraph" &&
      previous.mayBeTableText &&
      !isHeaderWord(normaliseLabel(previous.text))
    ) {
      const label: DocCell = { text: previous.text, column: 0, span: 1, carried: false, source: previous.source };
      const [cell] = block.cells;
      joined[joined.length - 1] = {
        kind: "row",
        cells: cell ? [label, { ...cell, column: 1 }] : [label],
        source: block.source,
        looseText: previous.text,
      };
      continue;
    }
    if (
      isLoneNumber(block) &&
      previous?.kind === "row" &&
      previous.looseText !== undefined &&
      previous.cells.slice(1).every((cell) => isNumeric(cell.text))
    ) {
      const [cell] = block.cells;
      if (cell) previous.cells.push({ ...cell, column: previous.cells.length });
      continue;
    }
    joined.push(block.kind === "row" ? { ...block, cells: [...block.cells] } : block);
  }
  return joined;
}

/** "规范性文件898989", "1.属于国家秘密0000000": a short label with its figures run on. */
function readGluedRow(text: string, lineNumber: number): DocBlock | null {
  const match = /^(\D.*?[^\d.\s])(-?\d[\d.]*)$/u.exec(text);
  const [, label = "", digits = ""] = match ?? [];
  if (!match || label.length > MAX_LABEL_LENGTH || SENTENCE_PUNCTUATION.test(label) || /[：:，,、]$/u.test(label))
    return null;
  const cells = [label, digits].map((cellText, index): DocCell => ({
    text: cellText,
    column: index,
    span: 1,
    carried: false,
    source: { kind: "line", line: lineNumber, cell: index + 1 },
  }));
  return { kind: "row", cells, source: { kind: "line", line: lineNumber }, looseText: text };
}

export function readTextBlocks(content: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  content.split(/\r\n|\r|\n/u).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.includes("\t")) {
      const row = readTabRow(line, lineNumber);
      if (row) blocks.push(row);
      return;
    }
    const text = trimCell(line);
    if (text === "" || PAGE_NUMBER.test(text)) return;
    const row = readLooseRow(text, lineNumber) ?? readGluedRow(text, lineNumber);
    if (row) {
      blocks.push(row);
      return;
    }
    blocks.push(toParagraph(text, lineNumber));
  });
  return joinLoneNumbers(blocks);
}
