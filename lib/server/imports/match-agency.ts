import "server-only";
import { pinyin } from "pinyin-pro";
import { MIN_SCORE, PROPOSE_LEAD, PROPOSE_SCORE } from "./agency-match-scores";

// Which agency a published report belongs to, from the name the parser read. Printed names differ
// from the recorded ones in small ways: a full name beside a short one (本溪市科学技术局 / 本溪市科技局),
// a region prefix left out or added, traditional characters from a mirror (財政局), a homophone typo,
// a name the agency had before a renaming. The score is the longest common subsequence of the two
// names relative to their lengths (Dice-like: 2·LCS / (|a|+|b|)), taken on the characters and on
// the toneless pinyin syllables (which reads 財/财 and 沭/术 alike), against the current name and
// every former name; one name ending with the other (the same agency without its region) counts
// as 0.9. Only an equal name is certain; anything else the admin confirms.

export type AgencyCandidate = { id: string; name: string; formerNames: readonly string[] };

export type AgencyMatch = {
  agencyId: string;
  /** The agency's current name. */
  name: string;
  /** The name that matched: the current name or a former one. */
  matchedName: string;
  /** 0…1; 1 only for an equal name. */
  score: number;
};

export type AgencyMatching = {
  /** Best first, at most `limit`, only those at or above MIN_SCORE. */
  matches: AgencyMatch[];
  /**
   * exact: the name (or a former name) is the printed one. similar: one agency stands out, the admin
   * confirms it. none: no agency is close enough, or several are equally close.
   */
  confidence: "exact" | "similar" | "none";
};

const SUFFIX_SCORE = 0.9;

/** Spaces, punctuation and full-width forms do not make names different. */
export function normaliseAgencyName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\p{P}]+/gu, "")
    .toLowerCase();
}

function longestCommonSubsequence<T>(a: readonly T[], b: readonly T[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++)
      current.push(item === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!));
    previous = current;
  }
  return previous[b.length]!;
}

function dice<T>(a: readonly T[], b: readonly T[]): number {
  return a.length + b.length === 0 ? 0 : (2 * longestCommonSubsequence(a, b)) / (a.length + b.length);
}

function syllables(name: string): string[] {
  return pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" });
}

/** How alike two agency names are, 0…1 (1: equal after normalising). */
export function scoreAgencyName(printed: string, recorded: string): number {
  const a = normaliseAgencyName(printed);
  const b = normaliseAgencyName(recorded);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const characters = dice([...a], [...b]);
  // Same sounds, other characters: a little less than the same characters.
  const sounds = 0.97 * dice(syllables(a), syllables(b));
  const shorter = a.length < b.length ? a : b;
  const longer = shorter === a ? b : a;
  const suffix = shorter.length >= 3 && longer.endsWith(shorter) ? SUFFIX_SCORE : 0;
  return Math.min(0.99, Math.max(characters, sounds, suffix));
}

/** The candidates ranked by how well their names (current or former) match the printed name. */
export function matchAgency(
  printedName: string | null,
  candidates: readonly AgencyCandidate[],
  limit = 5,
): AgencyMatching {
  if (!printedName) return { matches: [], confidence: "none" };
  const scored = candidates
    .map((candidate): AgencyMatch => {
      let best: AgencyMatch = { agencyId: candidate.id, name: candidate.name, matchedName: candidate.name, score: 0 };
      for (const name of [candidate.name, ...candidate.formerNames]) {
        const score = scoreAgencyName(printedName, name);
        if (score > best.score) best = { ...best, matchedName: name, score };
      }
      return best;
    })
    .filter((match) => match.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "zh-Hans-CN"));
  const [first, second] = scored;
  const confidence = !first
    ? "none"
    : first.score === 1
      ? "exact"
      : first.score >= PROPOSE_SCORE && first.score - (second?.score ?? 0) >= PROPOSE_LEAD
        ? "similar"
        : "none";
  return { matches: scored.slice(0, limit), confidence };
}
