// The six sections of a report, found by their headings. Reports number them "一、", "（一）" or
// "一." and use short or long wordings; the overview often has sub-headings that look like the
// next sections' ("（二）主动公开情况"). Every heading-like line is a candidate with a score, and
// the chosen headings are the in-order set that finds the most sections with the best scores.
import type { SectionKey } from "@/lib/report-format";
import { normaliseLabel, readNumbering, stripNumbering } from "./normalise-label";
import type { DocBlock, SourceRef } from "./types";

export interface FoundSection {
  key: SectionKey;
  /** Index of the heading block; the section's content is (heading, end). */
  heading: number;
  end: number;
  text: string;
  source: SourceRef;
  /** Text printed after the heading in the same paragraph ("一、总体情况。2021年，……"). */
  inline?: string;
}

interface SectionPattern {
  key: SectionKey;
  numeral: string;
  /** The official short heading without its numbering, normalised. */
  phrase: string;
  matches: (rest: string) => boolean;
  hasTables: boolean;
}

const PATTERNS: readonly SectionPattern[] = [
  {
    key: "overview",
    numeral: "一",
    phrase: "总体情况",
    matches: (rest) => /^(?:工作)?(?:总体|基本)(?:工作)?情况|^概述|^总述/u.test(rest),
    hasTables: false,
  },
  {
    key: "proactive",
    numeral: "二",
    phrase: "主动公开政府信息情况",
    matches: (rest) => rest.includes("主动公开"),
    hasTables: true,
  },
  {
    key: "applications",
    numeral: "三",
    phrase: "收到和处理政府信息公开申请情况",
    matches: (rest) =>
      rest.includes("申请") && !rest.includes("复议") && (rest.endsWith("情况") || /收到|依申请/u.test(rest)),
    hasTables: true,
  },
  {
    key: "reviews",
    numeral: "四",
    phrase: "政府信息公开行政复议行政诉讼情况",
    matches: (rest) => rest.includes("复议") && rest.includes("诉讼"),
    hasTables: true,
  },
  {
    key: "problems",
    numeral: "五",
    phrase: "存在的主要问题及改进情况",
    matches: (rest) => /^存在的?主要问题|问题.*(?:改进|整改|措施|不足)|^主要问题/u.test(rest),
    hasTables: false,
  },
  {
    key: "other",
    numeral: "六",
    phrase: "其他需要报告的事项",
    matches: (rest) => /^其他(?:需要|需|应当)?(?:报告|说明)|^其他事项/u.test(rest),
    hasTables: false,
  },
];

const DIGIT_NUMERALS = ["一", "二", "三", "四", "五", "六"];
const MAX_HEADING_LENGTH = 30;
const STYLE_SCORES = { top: 3, bracket: 2, digit: 1 } as const;
// Finding one more section outweighs any difference in how well the found ones match.
const FOUND_BONUS = 10;

interface Candidate {
  block: number;
  order: number;
  pattern: SectionPattern;
  text: string;
  source: SourceRef;
  score: number;
  inline?: string;
}

function readHeadingText(block: DocBlock): string | null {
  if (block.kind === "paragraph") return block.text;
  const own = block.cells.filter((cell) => !cell.carried && cell.text !== "");
  return own.length === 1 && !block.looseText ? (own[0]?.text ?? null) : null;
}

function scoreCandidate(text: string, pattern: SectionPattern): number {
  const numbering = readNumbering(text);
  const rest = stripNumbering(text);
  let score = numbering ? STYLE_SCORES[numbering.style] : 1;
  const numeral = numbering?.style === "digit" ? DIGIT_NUMERALS[Number(numbering.numeral) - 1] : numbering?.numeral;
  if (numeral === pattern.numeral) score++;
  if (rest.includes(pattern.phrase)) score++;
  return score;
}

/**
 * A top-level heading that runs on into its section's first sentence: the heading and the rest.
 * Only the official wording is recognised this way, so that prose is never cut as a heading.
 */
function splitInlineHeading(text: string): { heading: string; inline: string } | null {
  if (readNumbering(text)?.style !== "top") return null;
  const rest = stripNumbering(text);
  const pattern = PATTERNS.find((candidate) => rest.startsWith(candidate.phrase));
  if (!pattern) return null;
  // The raw position after the phrase: count letters and digits, as the normalised text does.
  let remaining = normaliseLabel(text).length - rest.length + pattern.phrase.length;
  let cut = 0;
  for (const char of text) {
    if (remaining === 0) break;
    if (normaliseLabel(char) !== "") remaining--;
    cut += char.length;
  }
  const inline = text.slice(cut).replace(/^[\s。．.：:，,；;]+/u, "");
  return inline === "" ? null : { heading: text.slice(0, cut), inline };
}

function listCandidates(blocks: readonly DocBlock[]): Candidate[] {
  const candidates: Candidate[] = [];
  blocks.forEach((block, index) => {
    const whole = readHeadingText(block);
    if (whole === null) return;
    const split = splitInlineHeading(whole);
    const text = split?.heading ?? whole;
    const rest = stripNumbering(text);
    if (/[。；;]$/u.test(text.trim()) || rest.length < 2 || rest.length > MAX_HEADING_LENGTH) return;
    const order = PATTERNS.findIndex((pattern) => pattern.matches(rest));
    const pattern = PATTERNS[order];
    if (!pattern) return;
    const score = scoreCandidate(text, pattern);
    candidates.push({
      block: index,
      order,
      pattern,
      text,
      source: block.source,
      score,
      ...(split ? { inline: split.inline } : {}),
    });
  });
  // A table section's heading is followed by table rows before the next heading-like line.
  candidates.forEach((candidate, position) => {
    if (!candidate.pattern.hasTables) return;
    const until = candidates[position + 1]?.block ?? blocks.length;
    if (blocks.slice(candidate.block + 1, until).some((block) => block.kind === "row" && !block.looseText))
      candidate.score++;
  });
  return candidates;
}

/** The best in-order choice of candidates: at most one per section, sections in format order. */
function chooseHeadings(candidates: readonly Candidate[]): Candidate[] {
  const best: { total: number; previous: number }[] = [];
  candidates.forEach((candidate, index) => {
    let total = FOUND_BONUS + candidate.score;
    let previous = -1;
    for (let earlier = 0; earlier < index; earlier++) {
      const before = candidates[earlier];
      const chain = best[earlier];
      if (!before || !chain || before.order >= candidate.order) continue;
      if (FOUND_BONUS + candidate.score + chain.total > total) {
        total = FOUND_BONUS + candidate.score + chain.total;
        previous = earlier;
      }
    }
    best.push({ total, previous });
  });
  let last = -1;
  best.forEach((chain, index) => {
    if (last === -1 || chain.total > (best[last]?.total ?? 0)) last = index;
  });
  const chosen: Candidate[] = [];
  for (let index = last; index !== -1; index = best[index]?.previous ?? -1) {
    const candidate = candidates[index];
    if (candidate) chosen.unshift(candidate);
  }
  return chosen;
}

export function findSections(blocks: readonly DocBlock[]): FoundSection[] {
  const chosen = chooseHeadings(listCandidates(blocks));
  return chosen.map((candidate, index) => ({
    key: candidate.pattern.key,
    heading: candidate.block,
    end: chosen[index + 1]?.block ?? blocks.length,
    text: candidate.text,
    source: candidate.source,
    ...(candidate.inline ? { inline: candidate.inline } : {}),
  }));
}
