import "server-only";
import { legalReportDeadline } from "@/lib/beijing-time";
import type { Report } from "@/lib/report-format";
import { formatForYear, getFormat, validateReport } from "@/lib/report-format";
import { containsHtmlTag } from "@/lib/report-format/text-rules";
import { checkPublicationDate, instantToPublicationDay } from "@/lib/publication-date";
import type { AgencyKind, Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format-date";
import { suggestAgencyCode } from "../agencies/agency-code";
import { lastDayOf } from "../agencies/agency-in-year";
import { db } from "../db";
import { announcePublicChange } from "../public/announce-public-change";
import { tablesToCellRows } from "../report-cells/read-cells";
import { writeCells } from "../report-cells/write-cells";

export type ImportOptions = {
  /** Mark as published (historical reports that were already public). */
  publish?: boolean;
  /** Replace an existing report of the same agency, year and kind. */
  replace?: boolean;
  actorId?: string | null;
  /** Kind of an agency created by the import (default 部门). */
  newAgencyKind?: AgencyKind;
  /** Where the file came from, kept in the audit log. */
  source?: string;
  /**
   * The date the report was published as printed in its source (see lib/publication-date: noon of
   * that day in Beijing time); only with `publish`. Without it, a published import is dated now.
   * The import's own time stays in the audit log.
   */
  publishedAt?: Date;
  /**
   * The agency's recorded set-up day is after the report's year: move it to 1 January of that year
   * (audited). Without it such an import is refused with a question (see agencies/agency-in-year).
   */
  moveEstablishment?: boolean;
  /** The agency the report belongs to, chosen by the caller (its name may differ from the printed one). */
  agencyId?: string;
};

export type ImportResult =
  | { ok: true; reportId: string; agencyCode: string; agencyCreated: boolean; replaced: boolean }
  /** `establishedOn`: refused because the agency's recorded set-up day is after the report's year. */
  | { ok: false; message: string; establishedOn?: Date };

/** The question asked when a report predates its agency's recorded set-up day. */
export function establishmentQuestion(agencyName: string, recorded: string, year: number): string {
  return `“${agencyName}”记录的成立日期为 ${recorded}，晚于 ${year} 年度；如该机构当时已存在，请确认将成立日期提前到 ${year}年1月1日后再导入`;
}

/**
 * Loads one interchange report (already parsed by `reportSchema`) into the database, all or
 * nothing: the agency (created when its name is new), the report, its revision with every cell as
 * its own row, and the audit entry.
 */
export async function importReport(report: Report, options: ImportOptions = {}): Promise<ImportResult> {
  return db.$transaction((tx) => importReportInTransaction(tx, report, options));
}

/** The same, inside the caller's transaction (the seed loads agencies, users and a report at once). */
export async function importReportInTransaction(
  tx: Prisma.TransactionClient,
  report: Report,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const expectedFormat = formatForYear(report.year);
  if (expectedFormat !== report.format) {
    return {
      ok: false,
      message: `${report.year} 年度报告应使用 ${expectedFormat ?? "（不支持的年度）"} 版格式，文件为 ${report.format} 版`,
    };
  }
  const kind = report.kind === "summary" ? "SUMMARY" : "AGENCY";
  const cellRows = tablesToCellRows(report.format, report.tables);
  const unstorable = findUnstorable(report);
  if (unstorable) return { ok: false, message: unstorable };
  const now = new Date();
  if (options.publishedAt && !options.publish)
    return { ok: false, message: "只有作为已发布报告导入时才能指定发布日期" };
  const dateProblem = options.publishedAt ? checkPublicationDate(report.year, options.publishedAt, now) : null;
  if (dateProblem) return { ok: false, message: dateProblem };
  // Noon of today may still be ahead: the report is public from now on, not from noon.
  const publishedAt = options.publishedAt && options.publishedAt < now ? options.publishedAt : now;

  {
    // The caller's choice, else by its current name, else by a name it had before a renaming.
    if (options.agencyId && !(await tx.agency.findUnique({ where: { id: options.agencyId }, select: { id: true } })))
      return { ok: false as const, message: "所选机构不存在" };
    let agency =
      (options.agencyId ? await tx.agency.findUnique({ where: { id: options.agencyId } }) : null) ??
      (await tx.agency.findUnique({ where: { name: report.agency.name } })) ??
      (await tx.agency.findFirst({
        where: { formerNames: { some: { name: report.agency.name } } },
        orderBy: { createdAt: "asc" },
      }));
    const agencyCreated = !agency;
    if (agency?.establishedOn && agency.establishedOn > lastDayOf(report.year)) {
      const recorded = formatDate(agency.establishedOn);
      if (!options.moveEstablishment) {
        return {
          ok: false as const,
          message: establishmentQuestion(agency.name, recorded, report.year),
          establishedOn: agency.establishedOn,
        };
      }
    }
    agency ??= await tx.agency.create({
      data: {
        name: report.agency.name,
        code: await suggestAgencyCode(tx, report.agency.name),
        kind: kind === "SUMMARY" ? "GOVERNMENT" : (options.newAgencyKind ?? "DEPARTMENT"),
        region: report.agency.region ?? null,
      },
    });

    // A historical year the system never ran gets its (closed) reporting year on the way in.
    await tx.reportingYear.upsert({
      where: { year: report.year },
      update: {},
      create: { year: report.year, format: report.format, deadline: legalReportDeadline(report.year), closedAt: now },
    });
    const existing = await tx.report.findUnique({
      where: { agencyId_year_kind: { agencyId: agency.id, year: report.year, kind } },
    });
    if (existing && !options.replace) {
      return {
        ok: false as const,
        message: `${agency.name} ${report.year} 年度报告已存在；如需覆盖，请使用 --replace`,
      };
    }
    if (agency.establishedOn && agency.establishedOn > lastDayOf(report.year)) {
      const establishedOn = new Date(Date.UTC(report.year, 0, 1));
      await tx.agency.update({ where: { id: agency.id }, data: { establishedOn } });
      await tx.auditEvent.create({
        data: {
          action: "agency.dates_changed",
          actorId: options.actorId ?? null,
          agencyId: agency.id,
          detail: {
            establishedOn: { from: formatDate(agency.establishedOn), to: formatDate(establishedOn) },
            reason: `导入 ${report.year} 年度报告`,
          },
        },
      });
    }
    if (existing) {
      await tx.report.update({
        where: { id: existing.id },
        data: { currentRevisionId: null, publishedRevisionId: null },
      });
      await tx.reportRevision.deleteMany({ where: { reportId: existing.id } });
    }

    const status = options.publish ? "PUBLISHED" : "DRAFT";
    const saved = existing
      ? await tx.report.update({
          where: { id: existing.id },
          data: { format: report.format, status, version: { increment: 1 } },
        })
      : await tx.report.create({
          data: { agencyId: agency.id, year: report.year, kind, format: report.format, status },
        });
    const revision = await tx.reportRevision.create({
      data: {
        reportId: saved.id,
        number: 1,
        overview: report.texts.overview ?? "",
        problems: report.texts.problems ?? "",
        other: report.texts.other ?? "",
        publishedAt: options.publish ? publishedAt : null,
      },
    });
    await writeCells(tx, revision.id, cellRows);
    await tx.report.update({
      where: { id: saved.id },
      data: { currentRevisionId: revision.id, publishedRevisionId: options.publish ? revision.id : null },
    });
    await tx.auditEvent.create({
      data: {
        action: existing ? "report.replaced_by_import" : "report.imported",
        actorId: options.actorId ?? null,
        reportId: saved.id,
        agencyId: agency.id,
        fromStatus: existing?.status ?? null,
        toStatus: status,
        detail: {
          source: options.source ?? null,
          format: report.format,
          cells: cellRows.length,
          publishedOn: options.publish ? instantToPublicationDay(publishedAt) : null,
        },
      },
    });
    // A command-line import runs in another process: the app instances learn of it at commit.
    if (options.publish || existing?.publishedRevisionId)
      await announcePublicChange(tx, { kind: "import", year: report.year, code: agency.code });
    return {
      ok: true as const,
      reportId: saved.id,
      agencyCode: agency.code,
      agencyCreated,
      replaced: Boolean(existing),
    };
  }
}

const MAX_INT = 2_147_483_647;

/**
 * Why the report cannot be stored as it is, or null. The interchange schema checks shapes only (a
 * file with wrong values still opens and shows them), so what the database cannot hold — a count
 * beyond its integer, an amount that is no decimal, a NUL character — and text with HTML tags (the
 * wizard refuses them too: nothing stored may carry markup) are refused here, before any write.
 */
function findUnstorable(report: Report): string | null {
  if (report.year > MAX_INT) return `年度 ${report.year} 超出范围`;
  const headings = new Map<string, string>(
    getFormat(report.format).sections.map((section) => [section.key, section.heading]),
  );
  const texts: [string, string | undefined][] = [
    ["机构名称", report.agency.name],
    ["地区", report.agency.region],
    ...Object.entries(report.texts).map(([key, text]): [string, string | undefined] => [
      headings.get(key) ?? key,
      text,
    ]),
  ];
  for (const [label, text] of texts) {
    if (text?.includes("\u0000")) return `“${label}”含有无效字符（NUL）`;
    if (text && containsHtmlTag(text)) return `“${label}”不能包含 HTML 标签（如 <script>、<p>）`;
  }
  // The rule engine's own verdict on each value (type, sign, range, decimals, unit): what the
  // wizard refuses at the cell is refused here with the same words, never rounded to fit.
  const invalid = validateReport(report).violations.find((violation) => violation.rule === "cell.invalid");
  return invalid ? invalid.message : null;
}
