import "server-only";
import { parseReportJson, validateReport, type Report } from "@/lib/report-format";
import { formatDate } from "@/lib/format-date";
import { REPORT_KIND_LABELS } from "@/lib/labels";
import type { StaffUser } from "../auth/current-user";
import { lastDayOf } from "../agencies/agency-in-year";
import { db } from "../db";
import { establishmentQuestion } from "../reports/import-report";

export type UploadedReportFile = { name: string; text: string };

export type ReportFilePreview = {
  name: string;
  /** The file could be read as an interchange report. */
  parsed: boolean;
  agencyName: string | null;
  year: number | null;
  format: string | null;
  kind: "agency" | "summary" | null;
  errors: number;
  warnings: number;
  /** The first messages of the validation (or the parse error). */
  messages: string[];
  /** Why it cannot be imported (no such agency in the admin's tree, report exists, year open…), or null. */
  blocked: string | null;
  /**
   * The question to ask when the report is older than its agency's recorded set-up day: the import
   * goes ahead only when the admin agrees to move that day to 1 January of the report's year.
   */
  moveEstablishment: string | null;
  report: Report | null;
};

export const MAX_REPORT_FILES = 200;
const MAX_MESSAGES = 5;

/**
 * What each uploaded interchange file holds and whether it can be imported as a published
 * historical report: parsed (parseReportJson), validated (validateReport: shown, not blocking: a
 * report published years ago is history as it was), its agency found by name in the admin's tree,
 * no report of that agency, year and kind yet, and its year not open (an open year's reports go
 * through the wizard and review).
 */
export async function previewReportFiles(user: StaffUser, files: UploadedReportFile[]): Promise<ReportFilePreview[]> {
  const parsed = files.slice(0, MAX_REPORT_FILES).map((file) => ({ file, result: parseReportJson(file.text) }));
  const reports = parsed.flatMap(({ result }) => (result.ok ? [result.report] : []));
  const [agencies, years] = await Promise.all([
    // By current name, or by a name the agency had before a renaming (as importReport finds it).
    db.agency.findMany({
      where: {
        OR: [
          { name: { in: reports.map((report) => report.agency.name) } },
          { formerNames: { some: { name: { in: reports.map((report) => report.agency.name) } } } },
        ],
      },
      select: { id: true, name: true, kind: true, establishedOn: true, formerNames: { select: { name: true } } },
    }),
    db.reportingYear.findMany({
      where: { year: { in: reports.map((report) => report.year) } },
      select: { year: true, closedAt: true },
    }),
  ]);
  const existing = await db.report.findMany({
    where: {
      agencyId: { in: agencies.map((agency) => agency.id) },
      year: { in: reports.map((report) => report.year) },
    },
    select: { agencyId: true, year: true, kind: true },
  });
  const seen = new Set<string>();
  return parsed.map(({ file, result }): ReportFilePreview => {
    if (!result.ok) {
      return {
        name: file.name,
        parsed: false,
        agencyName: null,
        year: null,
        format: null,
        kind: null,
        errors: 1,
        warnings: 0,
        messages: result.message.split("\n").slice(0, MAX_MESSAGES),
        blocked: "文件无法读取",
        moveEstablishment: null,
        report: null,
      };
    }
    const report = result.report;
    const { violations } = validateReport(report);
    const agency =
      agencies.find((candidate) => candidate.name === report.agency.name) ??
      agencies.find((candidate) => candidate.formerNames.some((former) => former.name === report.agency.name));
    const kind = report.kind === "summary" ? "SUMMARY" : "AGENCY";
    const key = `${report.agency.name}|${report.year}|${kind}`;
    const blockedReason = (): string | null => {
      if (!agency || !user.administeredAgencyIds.includes(agency.id))
        return `机构“${report.agency.name}”不存在或不在您管理的范围内，请先在机构管理中添加`;
      if ((kind === "SUMMARY") !== (agency.kind === "GOVERNMENT"))
        return `“${agency.name}”不能有${REPORT_KIND_LABELS[kind]}`;
      if (existing.some((row) => row.agencyId === agency.id && row.year === report.year && row.kind === kind))
        return `${agency.name} ${report.year} 年度报告已存在`;
      if (years.some((year) => year.year === report.year && !year.closedAt))
        return `${report.year} 年度正在填报中，请通过填报和审核流程提交`;
      return seen.has(key) ? "与前面的文件是同一机构同一年度的报告" : null;
    };
    const blocked = blockedReason();
    seen.add(key);
    const moveEstablishment =
      !blocked && agency?.establishedOn && agency.establishedOn > lastDayOf(report.year)
        ? establishmentQuestion(agency.name, formatDate(agency.establishedOn), report.year)
        : null;
    return {
      name: file.name,
      parsed: true,
      agencyName: report.agency.name,
      year: report.year,
      format: report.format,
      kind: report.kind,
      errors: violations.filter((violation) => violation.level === "error").length,
      warnings: violations.filter((violation) => violation.level === "warning").length,
      messages: violations.slice(0, MAX_MESSAGES).map((violation) => violation.message),
      blocked,
      moveEstablishment,
      report,
    };
  });
}

/** A file's preview as the browser gets it (without the parsed report itself). */
export type FilePreview = Omit<ReportFilePreview, "report">;
