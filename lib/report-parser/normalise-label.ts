// Labels as published differ from the official wording in ways that carry no meaning: spaces
// and line breaks anywhere ("自然 人", "不予公 开"), full-width or half-width brackets and
// digits, different quotes. Comparing on letters and digits alone makes them equal.

import { foldTraditional } from "./fold-traditional";

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/**
 * Full-width ASCII variants (０-９, （）, ，…) become ASCII; the ideographic space a space; the
 * traditional forms of the characters labels use their simplified ones (fold-traditional.ts).
 */
export function foldWidth(text: string): string {
  let folded = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) folded += String.fromCharCode(code - FULLWIDTH_OFFSET);
    else if (code === 0x3000) folded += " ";
    else folded += foldTraditional(char);
  }
  return folded;
}

/** Letters and digits only: what two labels are compared on. */
export function normaliseLabel(text: string): string {
  return foldWidth(text).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Without spaces of any kind, for reading titles and headings. */
export function removeSpaces(text: string): string {
  return foldWidth(text).replace(/\s+/gu, "");
}

// "（一）", "(三)", "一、", "1.", "2、" at the start of an official label.
const NUMBERING = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.、．])\s*/u;
// A trailing remark in brackets: "（区分处理的，只计这一情形，不计其他情形）", "（单位：万元）".
const REMARK = /[（(][^（）()]*[）)]\s*$/u;

export interface LabelForms {
  /** The official label, normalised. */
  full: string;
  /** Shorter forms a report may print instead: without the numbering, without the remark, without both. */
  cores: string[];
}

/** The forms under which an official label may appear in a published report. */
export function prepareLabel(label: string): LabelForms {
  const unnumbered = label.replace(NUMBERING, "");
  const full = normaliseLabel(label);
  const cores = [unnumbered, label.replace(REMARK, ""), unnumbered.replace(REMARK, "")]
    .map(normaliseLabel)
    .filter((core, index, all) => core !== "" && core !== full && all.indexOf(core) === index);
  return { full, cores };
}

/** The numbering a heading starts with: its numeral and how it is written. */
export function readNumbering(text: string): { numeral: string; style: "top" | "bracket" | "digit" } | null {
  const folded = removeSpaces(text);
  const top = /^([一二三四五六七八九十]+)[、.]/u.exec(folded);
  if (top?.[1]) return { numeral: top[1], style: "top" };
  const bracket = /^\(([一二三四五六七八九十]+)\)/u.exec(folded);
  if (bracket?.[1]) return { numeral: bracket[1], style: "bracket" };
  const digit = /^(\d{1,2})[、.]/u.exec(folded);
  if (digit?.[1]) return { numeral: digit[1], style: "digit" };
  return null;
}

/** Text after its numbering, normalised. */
export function stripNumbering(text: string): string {
  return normaliseLabel(
    foldWidth(text).replace(/^\s*(?:[(][一二三四五六七八九十\d]+[)]|[一二三四五六七八九十]+[、.]|\d{1,2}[、.])/u, ""),
  );
}
