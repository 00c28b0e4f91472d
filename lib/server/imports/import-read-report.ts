import "server-only";
import type { Report } from "@/lib/report-format";
import type { AgencyKind, GovernmentLevel, Prisma } from "@/lib/generated/prisma/client";
import { publicationDayToInstant } from "@/lib/publication-date";
import { REPORT_KIND_LABELS } from "@/lib/labels";
import { suggestAgencyCode } from "../agencies/agency-code";
import { db } from "../db";
import { checkAgencyPlacement } from "../agencies/agency-placement";
import { refreshReportChecks } from "../reports/refresh-report-checks";
import { importReportInTransaction } from "../reports/import-report";

/** Where a read report goes: an existing agency, or one created from the report's metadata. */
export type ImportTarget =
  | { agencyId: string }
  | { newAgency: { name: string; kind: AgencyKind; level: GovernmentLevel | null; parentId: string } };

export type ReadReportImport = {
  /** "YYYY-MM-DD" as printed on the report; without it the report is dated the day of the import. */
  publishedOn?: string;
  /** The admin agreed to move the agency's recorded set-up day back to the report's year. */
  moveEstablishment?: boolean;
  actorId: string | null;
  /** Where the file came from, for the audit log ("upload:name", a path). */
  source: string;
  /** The agencies the caller may import into (an admin's tree); null: any (the command line). */
  allowedAgencyIds: readonly string[] | null;
  /** Do everything, then roll it back: the answer says what the import would do. */
  dryRun?: boolean;
};

export type ReadReportImportResult =
  | {
      ok: true;
      reportId: string;
      agencyId: string;
      agencyCode: string;
      agencyName: string;
      year: number;
      agencyCreated: boolean;
    }
  /** `needsMove`: refused because the agency's recorded set-up day is after the report's year. */
  | { ok: false; message: string; needsMove?: boolean };

/** Thrown at the end of a dry run, so that its transaction is rolled back with everything it wrote. */
class DryRunDone extends Error {
  constructor(readonly result: ReadReportImportResult) {
    super("dry run");
  }
}

/** Thrown inside the transaction so that an agency created for the report goes with it. */
class ImportRefused extends Error {
  constructor(
    message: string,
    readonly needsMove = false,
  ) {
    super(message);
  }
}

const OUTSIDE = "机构不存在或不在您管理的范围内";

async function resolveAgency(
  tx: Prisma.TransactionClient,
  target: ImportTarget,
  options: ReadReportImport,
): Promise<{ id: string; name: string; kind: AgencyKind; created: boolean }> {
  const allowed = (id: string) => options.allowedAgencyIds === null || options.allowedAgencyIds.includes(id);
  if ("agencyId" in target) {
    const agency = allowed(target.agencyId)
      ? await tx.agency.findUnique({ where: { id: target.agencyId }, select: { id: true, name: true, kind: true } })
      : null;
    if (!agency) throw new ImportRefused(OUTSIDE);
    return { ...agency, created: false };
  }
  const { name: rawName, kind, level, parentId } = target.newAgency;
  const name = rawName.trim();
  if (!name || name.length > 100) throw new ImportRefused("新机构的名称应为 1 到 100 个字");
  const parent = allowed(parentId) ? await tx.agency.findUnique({ where: { id: parentId } }) : null;
  if (!parent) throw new ImportRefused(`上级${OUTSIDE}`);
  const misplaced = checkAgencyPlacement(parent, { kind, level });
  if (misplaced) throw new ImportRefused(misplaced);
  const taken = await tx.agency.findFirst({
    where: { OR: [{ name }, { formerNames: { some: { name } } }] },
    select: { name: true },
  });
  if (taken) throw new ImportRefused(`已有机构“${taken.name}”使用这个名称，请选择该机构而不是新建`);
  const agency = await tx.agency.create({
    data: {
      name,
      code: await suggestAgencyCode(tx, name),
      kind,
      level: kind === "GOVERNMENT" ? level : null,
      region: parent.region,
      parentId: parent.id,
    },
  });
  await tx.auditEvent.create({
    data: {
      action: "agency.created",
      actorId: options.actorId,
      agencyId: agency.id,
      detail: { name, code: agency.code, kind, level: agency.level, parentId: parent.id, source: options.source },
    },
  });
  return { id: agency.id, name: agency.name, kind: agency.kind, created: true };
}

/**
 * Imports a report read from a published file as a published historical report, all or nothing:
 * the agency created when the target asks for one, the checks (the agency in the caller's reach,
 * the report's kind fits the agency, the year not open for reporting, no report yet), the report
 * with its cells, its publication date, the audit rows and the board's check counts in one
 * transaction. A refusal leaves nothing behind, not even the new agency.
 */
export async function importReadReport(
  report: Report,
  target: ImportTarget,
  options: ReadReportImport,
): Promise<ReadReportImportResult> {
  const publishedAt = options.publishedOn ? publicationDayToInstant(options.publishedOn) : undefined;
  if (publishedAt === null) return { ok: false, message: "发布日期应为有效日期，如 2021-01-20" };
  try {
    return await db.$transaction(async (tx) => {
      const agency = await resolveAgency(tx, target, options);
      const kind = report.kind === "summary" ? "SUMMARY" : "AGENCY";
      if ((kind === "SUMMARY") !== (agency.kind === "GOVERNMENT"))
        throw new ImportRefused(`“${agency.name}”不能有${REPORT_KIND_LABELS[kind]}`);
      const year = await tx.reportingYear.findUnique({ where: { year: report.year }, select: { closedAt: true } });
      if (year && !year.closedAt) throw new ImportRefused(`${report.year} 年度正在填报中，请通过填报和审核流程提交`);
      const existing = await tx.report.findUnique({
        where: { agencyId_year_kind: { agencyId: agency.id, year: report.year, kind } },
        select: { id: true },
      });
      if (existing) throw new ImportRefused(`${agency.name} ${report.year} 年度报告已存在`);
      const imported = await importReportInTransaction(tx, report, {
        agencyId: agency.id,
        publish: true,
        publishedAt,
        moveEstablishment: options.moveEstablishment,
        actorId: options.actorId,
        source: options.source,
      });
      if (!imported.ok) throw new ImportRefused(imported.message, Boolean(imported.establishedOn));
      await refreshReportChecks(tx, imported.reportId);
      const result = {
        ok: true as const,
        reportId: imported.reportId,
        agencyId: agency.id,
        agencyCode: imported.agencyCode,
        agencyName: agency.name,
        year: report.year,
        agencyCreated: agency.created,
      };
      if (options.dryRun) throw new DryRunDone(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunDone) return error.result;
    if (error instanceof ImportRefused)
      return error.needsMove
        ? { ok: false, message: error.message, needsMove: true }
        : { ok: false, message: error.message };
    if ((error as { code?: unknown }).code === "P2002")
      return { ok: false, message: "同一报告或同名机构刚刚已由其他操作写入，请刷新后再试" };
    throw error;
  }
}
