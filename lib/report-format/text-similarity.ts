// "年年雷同": how close two texts are, as the Dice coefficient of their character bigrams
// (2·|common bigrams| / (|bigrams of a| + |bigrams of b|), counted with multiplicity) after removing
// whitespace and punctuation, so that reflowed paragraphs and changed numbering do not hide a copy.

/** Letters, digits and CJK characters only. */
function stripToWords(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, "");
}

function countBigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = Array.from(text);
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = `${chars[i]}${chars[i + 1]}`;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

/** 1 for the same words, 0 for nothing in common; texts too short for bigrams compare as equal or not. */
export function measureTextSimilarity(a: string, b: string): number {
  const left = stripToWords(a);
  const right = stripToWords(b);
  if (left === right) return 1;
  const leftBigrams = countBigrams(left);
  const rightBigrams = countBigrams(right);
  let total = 0;
  let common = 0;
  for (const count of leftBigrams.values()) total += count;
  for (const [bigram, count] of rightBigrams) {
    total += count;
    common += Math.min(count, leftBigrams.get(bigram) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}
