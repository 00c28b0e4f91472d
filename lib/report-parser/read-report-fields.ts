// The report's identity: agency, year, kind and region, from the caller's options first, then
// the title, then (for the year) the first sentence of the overview, each marked by how sure it is.
import type { ReportKind } from "@/lib/report-format";
import { inferRegion } from "./infer-region";
import { readYear, type TitleReading } from "./read-title";
import { removeSpaces } from "./normalise-label";
import type { DocBlock, FieldReading, ParseOptions, ParseResult } from "./types";

const GIVEN = "由调用方指定";
// 乡镇 governments file their own (agency) reports; a 县级以上 government publishes the 本级政府 one.
const LOCAL_GOVERNMENT = /(?:乡|镇|街道|苏木)人民政府$/u;

function missing<T>(note: string): FieldReading<T> {
  return { value: null, status: "missing", source: null, note };
}

export function readAgency(title: TitleReading, options: ParseOptions): FieldReading<string> {
  if (options.agencyName) return { value: options.agencyName, status: "found", source: null, note: GIVEN };
  if (title.agency?.stripped) {
    return {
      value: title.agency.value,
      status: "guessed",
      source: title.agency.source,
      note: `去掉了机关名称前的“${title.agency.stripped}”`,
    };
  }
  if (title.agency) return { value: title.agency.value, status: "found", source: title.agency.source };
  return missing("标题中没有找到机关名称");
}

export function readReportYear(
  title: TitleReading,
  overview: string | null,
  options: ParseOptions,
): FieldReading<number> {
  if (options.year !== undefined) return { value: options.year, status: "found", source: null, note: GIVEN };
  if (title.year) return { value: title.year.value, status: "found", source: title.year.source };
  const inOverview = overview === null ? null : readYear(removeSpaces(overview));
  if (inOverview)
    return {
      value: inOverview.value,
      status: "guessed",
      source: null,
      note: "标题中没有年度，取自“总体情况”中最先出现的年份",
    };
  return missing("没有找到报告年度");
}

// "本报告由……根据各有关单位报送的年度报告汇总编制而成": the report says it is the summary.
const SUMMARY_WORDING =
  /(?:各有关单位|各有关部门|各部门|各单位|各乡镇|各街道|所属单位|下属单位)[^。！？]{0,80}汇总|汇总[^。！？]{0,80}(?:各有关单位|各有关部门|各部门|各单位|各乡镇|各街道)/u;
const COMPILED = /编制|编写|编撰|形成/u;

/** The paragraph in which the report says it is compiled from its members' reports, if any. */
export function findSummaryWording(blocks: readonly DocBlock[]): DocBlock | null {
  return (
    blocks.find((block) => {
      if (block.kind !== "paragraph") return false;
      const text = removeSpaces(block.text);
      return SUMMARY_WORDING.test(text) && COMPILED.test(text);
    }) ?? null
  );
}

export function readKind(
  title: TitleReading,
  agency: string | null,
  options: ParseOptions,
  wording: DocBlock | null = null,
): FieldReading<ReportKind> {
  if (options.kind) return { value: options.kind, status: "found", source: null, note: GIVEN };
  const source = title.agency?.source ?? null;
  if (title.summary) return { value: "summary", status: "found", source, note: "标题写明是汇总报告" };
  if (wording)
    return {
      value: "summary",
      status: "found",
      source: wording.source,
      note: "报告写明由各有关单位的年度报告汇总编制而成",
    };
  if (agency?.endsWith("人民政府") && !LOCAL_GOVERNMENT.test(agency)) {
    return { value: "summary", status: "guessed", source, note: "县级以上人民政府的年度报告按本级政府汇总报告处理" };
  }
  return { value: "agency", status: "found", source };
}

export function readRegion(agency: string | null, options: ParseOptions): FieldReading<string> {
  if (options.region) return { value: options.region, status: "found", source: null, note: GIVEN };
  const inferred = agency ? inferRegion(agency) : null;
  if (!inferred) return missing("无法从机关名称判断所在地区");
  if (inferred.stated) return { value: inferred.region, status: "found", source: null };
  return { value: inferred.region, status: "guessed", source: null, note: "按机关名称开头的地名推断" };
}

export type ReportFields = ParseResult["fields"];

export function readTitleField(title: TitleReading): FieldReading<string> {
  if (!title.text) return missing("没有找到报告标题");
  if (title.text.fromPage)
    return { value: title.text.value, status: "guessed", source: null, note: "正文中没有标题，取自网页标题" };
  return { value: title.text.value, status: "found", source: title.text.source };
}
