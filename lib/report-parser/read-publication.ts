// When and where a report was published, as printed: a "发布日期：2021-01-20" / "发布时间：
// 2021年01月20日 10:30" line (a page's header, a capture tool's header), else the date under the
// signature at the end ("二〇二一年一月二十日", guessed: it is the day the report was signed); the
// address it was captured from ("原文链接：https://…", a saved page's "saved from url").
import { removeSpaces } from "./normalise-label";
import type { DocBlock, FieldReading, SourceRef } from "./types";

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  "○": 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PUBLISHED_LABEL = /(?:发布|公开|发稿|上线)(?:日期|时间)|发布于/u;
// A page's "更新日期" is usually the day the report went up, but not always: guessed.
const UPDATED_LABEL = /(?:更新|生成)(?:日期|时间)/u;
const NUMERIC_DATE = /((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?/u;
const CHINESE_DATE =
  /([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/u;
const URL = /https?:\/\/[^\s"'<>，。；）)]+/iu;
const SOURCE_LABEL = /原文(?:链接|地址|网址)|网址|链接|URL|来源|source|saved from/iu;
const SIGNATURE_AREA = 8;

function chineseNumber(text: string): number {
  if (text.includes("十")) {
    const [tens = "", ones = ""] = text.split("十");
    return (tens === "" ? 1 : (CHINESE_DIGITS[tens] ?? 0)) * 10 + (ones === "" ? 0 : (CHINESE_DIGITS[ones] ?? 0));
  }
  return CHINESE_DIGITS[text] ?? 0;
}

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date in `text` as YYYY-MM-DD (digits or Chinese numerals), or null. */
export function readDate(text: string): string | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return toIso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const chinese = CHINESE_DATE.exec(text);
  if (!chinese?.[1] || !chinese[2] || !chinese[3]) return null;
  const year = Number(Array.from(chinese[1], (char) => CHINESE_DIGITS[char] ?? 0).join(""));
  return toIso(year, chineseNumber(chinese[2]), chineseNumber(chinese[3]));
}

function blockText(block: DocBlock): string {
  return block.kind === "paragraph" ? block.text : block.cells.map((cell) => cell.text).join(" ");
}

function missing<T>(note: string): FieldReading<T> {
  return { value: null, status: "missing", source: null, note };
}

export function readPublicationDate(blocks: readonly DocBlock[]): FieldReading<string> {
  for (const block of blocks) {
    const text = blockText(block);
    const label = PUBLISHED_LABEL.exec(text);
    if (!label) continue;
    const date = readDate(text.slice(label.index));
    if (date)
      return { value: date, status: "found", source: block.source, note: `原文“${removeSpaces(text).slice(0, 40)}”` };
  }
  for (const block of blocks) {
    const text = blockText(block);
    const label = UPDATED_LABEL.exec(text);
    const date = label ? readDate(text.slice(label.index)) : null;
    if (date)
      return {
        value: date,
        status: "guessed",
        source: block.source,
        note: `原文只有网页的“${label?.[0] ?? ""}”，按发布日期处理`,
      };
  }
  // The date under the signature: a line that is a date and little else, near the end.
  const tail = blocks.slice(-SIGNATURE_AREA).filter((block) => block.kind === "paragraph");
  for (const block of [...tail].reverse()) {
    const text = removeSpaces(blockText(block));
    const date = readDate(text);
    if (date && text.length <= 16) {
      return { value: date, status: "guessed", source: block.source, note: "原文没有发布日期，取落款日期（成文日期）" };
    }
  }
  return missing("原文没有发布日期，也没有落款日期");
}

/** The address the report was captured from: a labelled link in the text, or the saved page's own. */
export function readSourceAddress(blocks: readonly DocBlock[], html: string | null): FieldReading<string> {
  const saved = html
    ? (/saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(html)?.[1] ??
      /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/iu.exec(html)?.[1] ??
      /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/iu.exec(html)?.[1])
    : undefined;
  if (saved && URL.test(saved)) return { value: saved, status: "found", source: null, note: "网页文件中记录的原网址" };
  for (const block of blocks) {
    const text = blockText(block);
    const url = URL.exec(text);
    if (!url) continue;
    const source: SourceRef = block.source;
    if (SOURCE_LABEL.test(text.slice(0, url.index))) return { value: url[0], status: "found", source };
  }
  return missing("原文没有写明来源网址");
}
