// Plain text as copied from a report page: table rows are lines of tab-separated cells (tables
// flattened by the browser), everything else is a line of prose. Some copies separate cells with
// spaces instead: a line that ends in numbers after a short label is read as a row too.
import { classifyCellText } from "./read-cell-value";
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
      cells.push({ text, column: index, span: 1, carried: false, source: { kind: "line", line: lineNumber, cell: index + 1 } });
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
  const cells = texts.map(
    (cellText, index): DocCell => ({ text: cellText, column: index, span: 1, carried: false, source: { kind: "line", line: lineNumber, cell: index + 1 } }),
  );
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
    const row = readLooseRow(text, lineNumber);
    if (row) {
      blocks.push(row);
      return;
    }
    blocks.push(toParagraph(text, lineNumber));
  });
  return blocks;
}
