import "server-only";
import { formatDate } from "@/lib/format-date";
import type { AgencyKind, GovernmentLevel, Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { lastDayOf } from "../agencies/agency-in-year";
import { db } from "../db";
import { administeredAgencyWhere } from "../agencies/administered-agency-where";
import { establishmentQuestion } from "../reports/import-report";
import { matchAgency, type AgencyCandidate, type AgencyMatching } from "./match-agency";
import {
  readReportUpload,
  type CellCorrections,
  type ParsedReportPreview,
  type ParsedReportUpload,
} from "./read-report-upload";
import { suggestNewAgency, type NewAgencySuggestion } from "./suggest-new-agency";

/** An agency the admin may import into, as the import page lists it. */
export type ImportAgency = AgencyCandidate & {
  kind: AgencyKind;
  level: GovernmentLevel | null;
  active: boolean;
  /** "YYYY-MM-DD", or null when not recorded. */
  establishedOn: string | null;
};

/** One uploaded file as the import page shows it: the parser's reading, and whose report it is. */
export type ReportUploadPreview = ParsedReportPreview & {
  agencyMatching: AgencyMatching;
  /** The agency proposed (exact or similar match), or null. */
  proposedAgencyId: string | null;
  /** An agency to create from the printed name when none matches (the admin may edit it). */
  newAgency: NewAgencySuggestion | null;
  /** For the proposed agency: why the report cannot go there (a report already there …), or null. */
  targetProblem: string | null;
  /** For the proposed agency: the question to ask when the report predates its recorded set-up. */
  moveEstablishment: string | null;
};

/** The agencies of the admin's tree with their former names: the candidates for matching. */
export async function listImportAgencies(user: StaffUser): Promise<ImportAgency[]> {
  return findImportAgencies(administeredAgencyWhere(user));
}

/** Every agency with its former names: the command line's candidates (it runs with the database's rights). */
export async function listAllImportAgencies(): Promise<ImportAgency[]> {
  return findImportAgencies({});
}

async function findImportAgencies(where: Prisma.AgencyWhereInput): Promise<ImportAgency[]> {
  const agencies = await db.agency.findMany({
    where,
    select: {
      id: true,
      name: true,
      kind: true,
      level: true,
      active: true,
      establishedOn: true,
      formerNames: { select: { name: true } },
    },
    orderBy: { name: "asc" },
  });
  return agencies.map((agency) => ({
    ...agency,
    formerNames: agency.formerNames.map((former) => former.name),
    establishedOn: agency.establishedOn ? agency.establishedOn.toISOString().slice(0, 10) : null,
  }));
}

/**
 * Why the report cannot go to `agencyId` (kind, a report already there, the year open for
 * reporting), or null. The import checks all of it again inside its transaction.
 */
async function checkProposedTarget(
  agency: ImportAgency,
  year: number,
  kind: "agency" | "summary",
): Promise<string | null> {
  if ((kind === "summary") !== (agency.kind === "GOVERNMENT"))
    return kind === "summary"
      ? `“${agency.name}”不是人民政府，不能有汇总报告`
      : `“${agency.name}”是人民政府，这份报告应为汇总报告`;
  const [existing, reportingYear] = await Promise.all([
    db.report.findFirst({
      where: { agencyId: agency.id, year, kind: kind === "summary" ? "SUMMARY" : "AGENCY" },
      select: { id: true },
    }),
    db.reportingYear.findUnique({ where: { year }, select: { closedAt: true } }),
  ]);
  if (existing) return `${agency.name} ${year} 年度报告已存在`;
  if (reportingYear && !reportingYear.closedAt) return `${year} 年度正在填报中，请通过填报和审核流程提交`;
  return null;
}

/**
 * One uploaded report file read with the admin's corrections, and matched to an agency of the
 * admin's tree by name similarity (current and former names). Nothing is written.
 */
export async function previewReportUpload(
  user: StaffUser,
  file: ParsedReportUpload,
  corrections: CellCorrections = {},
): Promise<ReportUploadPreview> {
  const { preview, report } = await readReportUpload(file, corrections);
  const agencies = (await listImportAgencies(user)).filter((agency) => agency.active);
  const agencyMatching = matchAgency(preview.agencyName, agencies);
  const proposed =
    agencyMatching.confidence === "none"
      ? null
      : (agencies.find((agency) => agency.id === agencyMatching.matches[0]?.agencyId) ?? null);
  const newAgency = proposed || !preview.agencyName ? null : suggestNewAgency(preview.agencyName, preview.kind);
  const blocked =
    preview.blocked ??
    (preview.correctionErrors.length ? `有 ${preview.correctionErrors.length} 处更正无法读取` : null);
  const targetProblem = report && proposed ? await checkProposedTarget(proposed, report.year, report.kind) : null;
  const establishedOn = proposed?.establishedOn ? new Date(proposed.establishedOn) : null;
  const moveEstablishment =
    proposed && report && establishedOn && establishedOn > lastDayOf(report.year)
      ? establishmentQuestion(proposed.name, formatDate(establishedOn), report.year)
      : null;
  return {
    ...preview,
    blocked,
    agencyMatching,
    proposedAgencyId: proposed?.id ?? null,
    newAgency,
    targetProblem,
    moveEstablishment,
  };
}
