// Reports for round trips: every cell holds a number no other cell holds, so a value read into
// the wrong row or column cannot go unnoticed.
import {
  emptyReport,
  getFormatYears,
  listCellDefinitions,
  type CellValue,
  type FormatKey,
  type Report,
} from "@/lib/report-format";
import { describeOtherMatters } from "@/lib/report-format/testing";

export const SAMPLE_AGENCY = "大连市财政局";
export const SAMPLE_REGION = "辽宁省大连市";

function distinctValue(
  format: FormatKey,
  index: number,
  type: string,
  units: readonly string[] | undefined,
): CellValue {
  const count = 11 + index * 3;
  if (type === "signed") return index % 2 === 0 ? -count : count;
  if (type !== "money") return count;
  const amount = `${24252 + index}.311082`;
  return units?.length === 1 ? amount : { value: format === "2019" ? "73802895.9" : amount, unit: "元" };
}

export function buildDistinctReport(format: FormatKey): Report {
  // The second year of the format: 2020 for 2019, 2022 for 2021.
  const year = getFormatYears(format).from + 1;
  const report = emptyReport(format, year, SAMPLE_AGENCY);
  report.agency.region = SAMPLE_REGION;
  listCellDefinitions(format).forEach((cell, index) => {
    const row = report.tables[cell.table]?.[cell.row];
    if (row) row[cell.column] = distinctValue(format, index, cell.type, cell.units);
  });
  report.texts = {
    overview: [
      `${year}年，${SAMPLE_AGENCY}认真贯彻落实《中华人民共和国政府信息公开条例》，现将工作情况报告如下：`,
      "（一）主动公开。全年主动公开政府信息一千余条，重点领域信息公开有序推进。",
      "（二）依申请公开。严格按照法定程序办理政府信息公开申请，均在法定期限内答复。",
    ].join("\n\n"),
    problems: [
      "（一）存在的主要问题。一是政策解读形式不够丰富；二是公开时效有待提高。",
      "（二）改进措施。一是丰富解读形式；二是完善发布审核机制。",
    ].join("\n\n"),
    other: describeOtherMatters(format),
  };
  return report;
}
