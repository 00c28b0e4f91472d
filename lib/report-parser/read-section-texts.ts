// The three narrative sections as paragraphs. A sentence broken by a page gap ("为确保公开信息的数"
// … "量、质量和时效同步提升") is joined back: a paragraph that does not end a sentence continues
// in the next one, unless it is a sub-heading or the next one starts a numbered item. The
// signature and date after the last section are not part of it.
import type { TextKey } from "@/lib/report-format";
import type { FoundSection } from "./find-sections";
import { normaliseLabel, readNumbering, removeSpaces } from "./normalise-label";
import { isHeaderWord, readBand } from "./table-vocabulary";
import type { DocBlock, TextReading } from "./types";

const TEXT_KEYS: readonly TextKey[] = ["overview", "problems", "other"];
const SENTENCE_END = /[。！？；：!?;:…．.][”’"'」』）)】]*$/u;
const ANY_PUNCTUATION = /[，。；！？、：,;!?:]/u;
const MAX_SUBHEADING_LENGTH = 40;
const MAX_BARE_HEADING_LENGTH = 20;
const NUMBERED_ITEM = /^(?:第[一二三四五六七八九十]+[，、,]|[一二三四五六七八九十]+是)/u;
const DATE =
  /^(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/u;
const AGENCY_ENDING = /(?:局|委员会|委|政府|办公室|办公厅|厅|院|部|署|中心|办|处|站|所|会|队|街道办事处|镇|乡)$/u;
const MAX_SIGNATURE_LENGTH = 30;
// Where a portal page's article ends and its footer or tools begin.
const PAGE_CHROME =
  /版权所有|主办单位|承办单位|ICP备|网站标识码|公网安备|技术支持|联系我们|网站地图|打印本页|关闭窗口|【打印】|【关闭】|分享到|扫一扫|上一篇|下一篇|相关链接|相关文章|责任编辑/u;

interface Paragraph {
  text: string;
}

function startsItem(text: string): boolean {
  return readNumbering(text) !== null || NUMBERED_ITEM.test(removeSpaces(text));
}

function isHeadingLike(text: string): boolean {
  if (startsItem(text) && text.length <= MAX_SUBHEADING_LENGTH && !SENTENCE_END.test(text)) return true;
  return text.length <= MAX_BARE_HEADING_LENGTH && !ANY_PUNCTUATION.test(text);
}

/** Paragraphs with page-gap breaks joined; the number of joins. */
function joinBrokenSentences(paragraphs: readonly Paragraph[]): { paragraphs: Paragraph[]; joins: number } {
  const joined: Paragraph[] = [];
  let joins = 0;
  for (const paragraph of paragraphs) {
    const previous = joined.at(-1);
    if (
      previous &&
      !SENTENCE_END.test(previous.text) &&
      !isHeadingLike(previous.text) &&
      !startsItem(paragraph.text) &&
      !isHeadingLike(paragraph.text)
    ) {
      previous.text += paragraph.text;
      joins++;
      continue;
    }
    joined.push({ ...paragraph });
  }
  return { paragraphs: joined, joins };
}

function isSignature(text: string, agencyName: string | null): boolean {
  const compact = removeSpaces(text);
  if (DATE.test(compact)) return true;
  if (agencyName && compact === agencyName) return true;
  return compact.length <= MAX_SIGNATURE_LENGTH && !ANY_PUNCTUATION.test(compact) && AGENCY_ENDING.test(compact);
}

/** The signature block (agency, date) at the end of the document. */
function dropSignature(paragraphs: Paragraph[], agencyName: string | null): boolean {
  const last = paragraphs.at(-1);
  if (!last || !DATE.test(removeSpaces(last.text))) return false;
  while (paragraphs.length > 1 && isSignature(paragraphs.at(-1)?.text ?? "", agencyName)) paragraphs.pop();
  return true;
}

/**
 * A band ("第二十条第（一）项") or a table header row of a report table: the narrative has ended
 * (a section heading may be missing). A lone line naming 行政复议 is a sub-heading, not a header.
 */
function startsReportTable(block: DocBlock): boolean {
  if (block.kind === "paragraph") return block.mayBeTableText && readBand(normaliseLabel(block.text)) !== null;
  if (block.looseText) return false;
  return block.cells.some((cell) => {
    const label = normaliseLabel(cell.text);
    return readBand(label) !== null || isHeaderWord(label);
  });
}

function readParagraphs(blocks: readonly DocBlock[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    if (startsReportTable(block)) break;
    const text = block.kind === "paragraph" ? block.text : block.looseText;
    if (text === undefined) continue;
    if (PAGE_CHROME.test(text)) break;
    paragraphs.push({ text });
  }
  return paragraphs;
}

export function readSectionTexts(
  blocks: readonly DocBlock[],
  sections: readonly FoundSection[],
  agencyName: string | null,
): Record<TextKey, TextReading> {
  const texts = {} as Record<TextKey, TextReading>;
  for (const key of TEXT_KEYS) {
    const section = sections.find((candidate) => candidate.key === key);
    if (!section) {
      texts[key] = { value: null, status: "missing", source: null, note: "没有找到这一部分的标题" };
      continue;
    }
    const content = readParagraphs(blocks.slice(section.heading + 1, section.end));
    if (section.inline) content.unshift({ text: section.inline });
    const { paragraphs, joins } = joinBrokenSentences(content);
    const signed = section.end === blocks.length && dropSignature(paragraphs, agencyName);
    const value = paragraphs.map((paragraph) => paragraph.text).join("\n\n");
    const notes = [
      joins > 0 ? `接上了 ${joins} 处被分页断开的句子` : "",
      signed ? "去掉了文末的落款和日期" : "",
    ].filter(Boolean);
    texts[key] =
      value === ""
        ? { value: null, status: "missing", source: section.source, note: "标题下没有文字" }
        : { value, status: "found", source: section.source, ...(notes.length > 0 ? { note: notes.join("；") } : {}) };
  }
  return texts;
}
