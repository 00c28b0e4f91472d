// The agency and the year, from the report's title: "本溪市科学技术局 2020 年度 政府信息公开工作报告",
// "XX县人民政府2021年政府信息公开工作年度报告", "2021年XX局政府信息公开工作年度报告",
// "XX局关于二〇二一年度政府信息公开工作的报告". A title may be split over two lines.
import { removeSpaces } from "./normalise-label";
import type { DocBlock, SourceRef } from "./types";

export interface TitleReading {
  agency: { value: string; source: SourceRef | null } | null;
  year: { value: number; source: SourceRef | null } | null;
  /** The title says it is a summary (汇总) report. */
  summary: boolean;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, "○": 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
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

function cleanAgency(text: string): string {
  return text
    .replace(/[《》“”"「」【】]/gu, "")
    .replace(/^(?:关于)/u, "")
    .replace(/(?:关于|的|年度)+$/u, "");
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
  return text.length <= MAX_TITLE_LENGTH && text.includes("政府信息公开") && text.includes("报告") && !BREADCRUMB.test(text);
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
  return cleanAgency(agency);
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
  const title = readBlockText(block) ?? (pageTitle ? removeSpaces(pageTitle).split(/[-_|—]/u)[0] ?? null : null);
  if (title === null || !isTitle(title)) return { agency: null, year: null, summary: false };
  const source = block?.source ?? null;

  let year: TitleReading["year"] = null;
  const inTitle = readYear(title);
  if (inTitle) year = { value: inTitle.value, source };
  let agency: TitleReading["agency"] = null;
  const named = readAgencyInTitle(title, inTitle);
  if (named.length >= 2 && named.length <= MAX_AGENCY_LENGTH) agency = { value: named, source };

  // A title split over lines: the agency or the year on the line before.
  const before = index > 0 ? area[index - 1] : undefined;
  const previous = readBlockText(before);
  if (previous !== null && before) {
    const previousYear = readYear(previous);
    if (!year && previousYear && previous.length <= MAX_AGENCY_LENGTH) year = { value: previousYear.value, source: before.source };
    const previousAgency = cleanAgency(previousYear ? previous.slice(0, previousYear.index) + previous.slice(previousYear.end) : previous);
    if (!agency && isAgencyLine(previousAgency)) agency = { value: previousAgency, source: before.source };
  }
  return { agency, year, summary: title.includes("汇总") };
}
