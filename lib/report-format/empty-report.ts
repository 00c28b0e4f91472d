import { fromCells } from "./cells";
import { formatForYear } from "./format-registry";
import { REPORT_SCHEMA_ID, type FormatKey, type Report, type ReportKind } from "./types";

/** A report with every cell blank and every text empty: the start of a draft. Throws when `format` is not the one of `year`. */
export function emptyReport(format: FormatKey, year: number, agencyName: string, kind: ReportKind = "agency"): Report {
  if (formatForYear(year) !== format) throw new RangeError(`A report for ${year} cannot use format ${format}`);
  return {
    schema: REPORT_SCHEMA_ID,
    format,
    year,
    kind,
    agency: { name: agencyName },
    texts: { overview: "", problems: "", other: "" },
    tables: fromCells(format, []),
  };
}
