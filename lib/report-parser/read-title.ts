// The agency and the year, from the report's title: "本溪市科学技术局 2020 年度 政府信息公开工作报告",
// "XX县人民政府2021年政府信息公开工作年度报告", "2021年XX局政府信息公开工作年度报告",
// "XX局关于二〇二一年度政府信息公开工作的报告". A title may be split over two lines.
import { removeSpaces } from "./normalise-label";
import type { DocBlock, SourceRef } from "./types";

export interface TitleReading {
  /** The title as published (capture prefixes such as "标题:" taken off); fromPage: the HTML <title>. */
  text: { value: string; source: SourceRef | null; fromPage: boolean } | null;
  agency: { value: string; source: SourceRef | null; stripped?: string } | null;
  year: { value: number; source: SourceRef | null } | null;
  /** The title says it is a summary (汇总) report. */
  summary: boolean;
}

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
const MAX_TITLE_LENGTH = 80;
const MAX_AGENCY_LENGTH = 40;
const TITLE_AREA_BLOCKS = 25;

interface YearMatch {
  value: number;
  index: number;
  end: number;
}

export function readYear(text: string): YearMatch | null {
  const digits = /((?:19|20)\d{2})年度?/u.exec(text);
  if (digits?.[1]) return { value: Number(digits[1]), index: digits.index, end: digits.index + digits[0].length };
  const chinese = /([〇零○Ｏ一二三四五六七八九]{4})年度?/u.exec(text);
  if (!chinese?.[1]) return null;
  const value = Number(Array.from(chinese[1], (char) => CHINESE_DIGITS[char] ?? 0).join(""));
  return value >= 1900 && value < 2100 ? { value, index: chinese.index, end: chinese.index + chinese[0].length } : null;
}

// What a capture tool or a site puts before a title: "标题:", "# ", "【标题】", "文章标题：".
const CAPTURE_PREFIX = /^(?:[#＃*>\s]+|[【\[]?(?:文章)?(?:标题|题目|名称|主题|title)[】\]]?\s*[:：]?\s*)+/iu;
// A site's name before the agency's: "XX市人民政府网站", "中国XX政府门户网站", "XX市政府网".
const SITE_NAME =
  /^(.{2,30}?(?:门户网站|政府网站|网站|政府网|门户|人民政府)(?:门户网站|网站|门户)?)(?=.{2,}(?:局|委员会|委|办公室|办|中心|院|馆|所|队|厅|部|署|处|站|办事处|人民政府|管委会|管理委员会|政府)$)/u;

/** `text` without a capture prefix ("标题:", "#"). */
export function stripCapturePrefix(text: string): string {
  return text.replace(CAPTURE_PREFIX, "");
}

function cleanAgency(text: string): { value: string; stripped?: string } {
  let value = stripCapturePrefix(text)
    .replace(/[《》“”"「」【】]/gu, "")
    .replace(/^(?:关于)/u, "")
    .replace(/(?:关于|的|年度)+$/u, "");
  // "XX办公室编制了XX人民政府2021年度……报告": a sentence naming the report, not its title.
  const compiler = /^(.{2,40}?(?:编制了|编制|印发了|发布了|公布了|现将|现发布))/u.exec(value);
  if (compiler?.[1] && value.length > compiler[1].length + 1) {
    const stripped = compiler[1];
    value = value.slice(stripped.length);
    return { value, stripped };
  }
  const site = SITE_NAME.exec(value);
  return site?.[1] ? { value: value.slice(site[1].length), stripped: site[1] } : { value };
}

function readBlockText(block: DocBlock | undefined): string | null {
  if (!block) return null;
  if (block.kind === "paragraph") return removeSpaces(block.text);
  const own = block.cells.filter((cell) => cell.text !== "");
  return own.length === 1 && own[0] ? removeSpaces(own[0].text) : null;
}

// A breadcrumb ("首页 > 政务公开 > 政府信息公开工作年度报告") names the page's place, not the report.
const BREADCRUMB = /[>＞»›]|当前位置|您的位置|所在位置/u;

function isTitle(text: string): boolean {
  return (
    text.length <= MAX_TITLE_LENGTH && text.includes("政府信息公开") && text.includes("报告") && !BREADCRUMB.test(text)
  );
}

/** The agency written in a title, or "" when the title does not name one. */
function readAgencyInTitle(title: string, year: YearMatch | null): string {
  const topic = title.indexOf("政府信息公开");
  let agency: string;
  if (year && year.index > 0 && year.index < topic) agency = title.slice(0, year.index);
  else if (year && year.index === 0) agency = title.slice(year.end, topic);
  else agency = title.slice(0, topic);
  // "XX县人民政府信息公开工作年度报告": the government's name and the topic share "政府".
  if (agency.endsWith("人民")) agency += "政府";
  return agency;
}

function isAgencyLine(text: string): boolean {
  return text.length >= 2 && text.length <= MAX_AGENCY_LENGTH && !/[\d，。、：:；]/u.test(text);
}

/**
 * The title among the blocks before the first section (or `pageTitle`, the HTML <title>, when
 * none of them is one).
 */
export function readTitle(blocks: readonly DocBlock[], pageTitle: string | null): TitleReading {
  const area = blocks.slice(0, TITLE_AREA_BLOCKS);
  const titles = area.flatMap((block, at) => {
    const text = readBlockText(block);
    return text !== null && isTitle(text) ? [{ at, dated: readYear(text) !== null }] : [];
  });
  // A page may print a shorter title too (in its header); the one with the year is the report's.
  const index = (titles.find((title) => title.dated) ?? titles[0])?.at ?? -1;
  const block = area[index];
  const fromPage = readBlockText(block) === null;
  const found = readBlockText(block) ?? (pageTitle ? (removeSpaces(pageTitle).split(/[-_|—]/u)[0] ?? null) : null);
  const title = found === null ? null : stripCapturePrefix(found);
  if (title === null || !isTitle(title)) return { text: null, agency: null, year: null, summary: false };
  const source = block?.source ?? null;
  const printed = block?.kind === "paragraph" ? block.text.trim() : title;

  let year: TitleReading["year"] = null;
  const inTitle = readYear(title);
  if (inTitle) year = { value: inTitle.value, source };
  let agency: TitleReading["agency"] = null;
  const named = cleanAgency(readAgencyInTitle(title, inTitle));
  if (named.value.length >= 2 && named.value.length <= MAX_AGENCY_LENGTH) agency = { ...named, source };

  // A title split over lines: the agency or the year on the line before.
  const before = index > 0 ? area[index - 1] : undefined;
  const previous = readBlockText(before);
  if (previous !== null && before) {
    const previousYear = readYear(previous);
    if (!year && previousYear && previous.length <= MAX_AGENCY_LENGTH)
      year = { value: previousYear.value, source: before.source };
    const previousAgency = cleanAgency(
      previousYear ? previous.slice(0, previousYear.index) + previous.slice(previousYear.end) : previous,
    );
    if (!agency && isAgencyLine(previousAgency.value)) agency = { ...previousAgency, source: before.source };
  }
  return {
    text: { value: stripCapturePrefix(printed), source, fromPage },
    agency,
    year,
    summary: title.includes("汇总"),
  };
}
