// Which official label a run of printed label text names. A run is everything printed left of
// (and above, for wrapped or merged cells) a row's numbers: group labels, the row's own label,
// sometimes the tail of the label before. The row's own label is the one nearest the numbers, so
// the match that ends last wins.
import type { LabelForms } from "./normalise-label";

export interface LabelCandidate<K> {
  key: K;
  forms: LabelForms;
}

export type MatchQuality = "exact" | "short" | "partial";

export interface LabelMatch<K> {
  key: K;
  /** exact: the official label; short: without its numbering or remark; partial: most of it. */
  quality: MatchQuality;
}

// A label followed by more than this much unknown text names something else ("（六）其他处理" in
// "（六）其他处理1.申请人无正当理由…"); a few characters are a unit or a remark ("（件）").
const MAX_TRAILING = 4;
// A short form of one or two characters ("其他", "总计") names a row only when it is all there is.
const MIN_CONTAINED_SHORT_FORM = 3;
// Partial matches: share of the label's character pairs found near the end of the run, and the
// lead over the next best label, below which the run is not taken to name any label.
const MIN_PARTIAL_SCORE = 0.6;
const MIN_PARTIAL_LEAD = 0.2;
const MIN_PARTIAL_LENGTH = 4;

interface Contained<K> {
  key: K;
  quality: MatchQuality;
  end: number;
  length: number;
}

function isBetter<K>(candidate: Contained<K>, best: Contained<K> | null): boolean {
  if (!best) return true;
  if (candidate.end !== best.end) return candidate.end > best.end;
  if (candidate.length !== best.length) return candidate.length > best.length;
  return candidate.quality === "exact" && best.quality !== "exact";
}

function pairsOf(text: string): string[] {
  const chars = Array.from(text);
  return chars.slice(1).map((char, index) => `${chars[index]}${char}`);
}

/** Share of `label`'s character pairs that occur in `text`. */
function scorePartial(label: string, text: string): number {
  const pairs = pairsOf(label);
  if (pairs.length === 0) return 0;
  const available = pairsOf(text);
  let hits = 0;
  for (const pair of pairs) {
    const at = available.indexOf(pair);
    if (at === -1) continue;
    hits++;
    available.splice(at, 1);
  }
  return hits / pairs.length;
}

function matchPartially<K>(run: string, candidates: readonly LabelCandidate<K>[]): LabelMatch<K> | null {
  const scored = candidates
    .map((candidate) => {
      const forms = [candidate.forms.full, ...candidate.forms.cores].filter(
        (form) => form.length >= MIN_PARTIAL_LENGTH,
      );
      const score = Math.max(0, ...forms.map((form) => scorePartial(form, run.slice(-(form.length + 4)))));
      return { key: candidate.key, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < MIN_PARTIAL_SCORE) return null;
  if (second && best.score - second.score < MIN_PARTIAL_LEAD) return null;
  return { key: best.key, quality: "partial" };
}

/** The label `run` (normalised) ends with, or null when it names none of `candidates`. */
export function matchLabelAtEnd<K>(run: string, candidates: readonly LabelCandidate<K>[]): LabelMatch<K> | null {
  if (run === "") return null;
  let best: Contained<K> | null = null;
  for (const { key, forms } of candidates) {
    const tried: [string, MatchQuality][] = [
      [forms.full, "exact"],
      ...forms.cores.map((core): [string, MatchQuality] => [core, "short"]),
    ];
    for (const [form, quality] of tried) {
      if (form === "" || (quality === "short" && form.length < MIN_CONTAINED_SHORT_FORM && form !== run)) continue;
      const at = run.lastIndexOf(form);
      if (at === -1 || run.length - (at + form.length) > MAX_TRAILING) continue;
      const contained = { key, quality, end: at + form.length, length: form.length };
      if (isBetter(contained, best)) best = contained;
    }
  }
  if (best) return { key: best.key, quality: best.quality };
  return matchPartially(run, candidates);
}

/** Whether `text` (normalised) is, all of it, one of the forms of a candidate. */
export function equalsLabel<K>(text: string, candidates: readonly LabelCandidate<K>[]): K | null {
  for (const { key, forms } of candidates) {
    if (text === forms.full || forms.cores.includes(text)) return key;
  }
  return null;
}
