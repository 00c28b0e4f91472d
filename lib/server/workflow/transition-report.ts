import "server-only";
import { listUnexplainedWarnings, validateReport, type Violation } from "@/lib/report-format";
import type { Prisma, ReportStatus } from "@/lib/generated/prisma/client";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import { isYearOpen } from "../years/is-year-open";
import { refreshReportChecks } from "../reports/refresh-report-checks";
import { editableReportWhere, reviewableReportWhere } from "../auth/access";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { announcePublicChange } from "../public/announce-public-change";
import { revalidatePublishedReport } from "../public/revalidate-published-report";
import { loadReportContext } from "../reports/load-report-context";
import { cancelScheduledPublication } from "./cancel-scheduled-publication";
import { notifyReportPeople } from "./notify-report-people";
import { startCorrection } from "./start-correction";
import { TRANSITIONS, type TransitionAction } from "./transitions";

export type TransitionInput = {
  reportId: string;
  action: TransitionAction;
  /** The version the user saw: a report changed since then is not transitioned (two clicks, two reviewers). */
  version: number;
  /** return: why (required). */
  reason?: string;
  /** publish: when citizens may see it (default now). */
  publishAt?: Date;
  /** publish of a correction: the 更正说明 shown on the public page (required then). */
  correctionNote?: string;
};

export type TransitionResult =
  | { ok: true; status: ReportStatus; version: number }
  | {
      ok: false;
      code: "not_found" | "wrong_state" | "conflict" | "invalid";
      message: string;
      violations?: Violation[];
    };

const MAX_TEXT = 2000;

/**
 * Runs one transition of the state machine for `user`: finds the report through the user's
 * where-clause (so a report of another agency is simply not found), re-validates on the server,
 * then changes the status with a conditional update and writes the audit row in the same transaction.
 */
export async function transitionReport(user: StaffUser, input: TransitionInput): Promise<TransitionResult> {
  const rule = TRANSITIONS[input.action];
  const where = rule.actor === "clerk" ? editableReportWhere(user) : reviewableReportWhere(user);
  const report = await db.report.findFirst({
    where: { AND: [{ id: input.reportId }, where] },
    select: {
      id: true,
      agencyId: true,
      year: true,
      agency: { select: { code: true } },
      status: true,
      version: true,
      currentRevisionId: true,
      currentRevision: { select: { number: true, publishedAt: true } },
    },
  });
  if (!report?.currentRevisionId || !report.currentRevision)
    return { ok: false, code: "not_found", message: "报告不存在，或您无权进行此操作" };
  if (!rule.from.includes(report.status)) {
    return {
      ok: false,
      code: "wrong_state",
      message: `报告当前为“${REPORT_STATUS_LABELS[report.status]}”状态，不能${rule.label}`,
    };
  }
  if (report.version !== input.version) return conflict();

  const now = new Date();
  // Only a publication still in the future can be called off: once citizens may read the report,
  // taking it back is a correction (更正), which keeps the record of what was public.
  const scheduledFor = report.currentRevision.publishedAt;
  const cancelling = input.action === "cancel_publication";
  if (cancelling && !(scheduledFor && scheduledFor > now)) {
    return {
      ok: false,
      code: "wrong_state",
      message: "发布时间已到，报告已经公开，不能取消发布；如需修改，请使用“更正”",
    };
  }

  // A closed year accepts no new submission; corrections of published reports stay possible.
  if (
    input.action === "submit" &&
    report.currentRevision.number === 1 &&
    !(await isYearOpen(report.year, report.agencyId))
  ) {
    return {
      ok: false,
      code: "wrong_state",
      message: `${report.year} 年度已关闭填报，不能提交；如需补报，请联系主管部门`,
    };
  }
  const refused = await checkPreconditions(input, report.id, report.currentRevision.number);
  if (refused) return refused;

  const result = await db.$transaction(async (tx): Promise<TransitionResult> => {
    const updated = await tx.report.updateMany({
      // A cancellation loses against the clock as against another reviewer: the time must still be ahead.
      where: {
        id: report.id,
        status: report.status,
        version: input.version,
        ...(cancelling ? { currentRevision: { publishedAt: { gt: now } } } : {}),
      },
      data: {
        status: rule.to,
        version: { increment: 1 },
        ...(input.action === "publish" ? { publishedRevisionId: report.currentRevisionId } : {}),
      },
    });
    if (updated.count !== 1) return conflict();
    await applySideEffects(tx, input, report.currentRevisionId!, now);
    await refreshReportChecks(tx, report.id);
    await tx.auditEvent.create({
      data: {
        action: `report.${input.action}`,
        actorId: user.id,
        reportId: report.id,
        agencyId: report.agencyId,
        fromStatus: report.status,
        toStatus: rule.to,
        detail: {
          ...detailOf(input),
          ...(cancelling ? { cancelledPublishAt: scheduledFor!.toISOString() } : {}),
        } as Prisma.InputJsonValue,
      },
    });
    await notifyReportPeople(tx, {
      reportId: report.id,
      agencyId: report.agencyId,
      action: input.action,
      actorId: user.id,
      reason: input.reason,
    });
    // Every instance's public caches: delivered at commit, never for a rollback.
    if (input.action === "publish" || cancelling)
      await announcePublicChange(tx, {
        kind: input.action === "publish" ? "publish" : "cancel_publication",
        year: report.year,
        code: report.agency.code,
      });
    return { ok: true as const, status: rule.to, version: input.version + 1 };
  });
  // After commit only: citizens must never see a publication that was rolled back. A cancelled one
  // was never visible, but whatever the public cache kept about it (its time) goes as well.
  if (result.ok && (input.action === "publish" || cancelling))
    revalidatePublishedReport(report.year, report.agency.code);
  return result;
}

function conflict(): TransitionResult {
  return { ok: false, code: "conflict", message: "报告刚刚已被他人修改或处理，请刷新页面后再操作" };
}

async function checkPreconditions(
  input: TransitionInput,
  reportId: string,
  revisionNumber: number,
): Promise<TransitionResult | null> {
  if (input.action === "return" && !input.reason?.trim())
    return { ok: false, code: "invalid", message: "退回时必须填写退回理由" };
  for (const text of [input.reason, input.correctionNote]) {
    if (text && text.length > MAX_TEXT)
      return { ok: false, code: "invalid", message: `说明文字不能超过 ${MAX_TEXT} 个字` };
  }
  if (input.action === "publish" && revisionNumber > 1 && !input.correctionNote?.trim()) {
    return { ok: false, code: "invalid", message: "发布更正时必须填写更正说明" };
  }
  if (input.action === "publish" && input.publishAt && Number.isNaN(input.publishAt.getTime())) {
    return { ok: false, code: "invalid", message: "发布时间无效" };
  }
  if (input.action !== "submit" && input.action !== "approve") return null;

  const context = await loadReportContext(reportId);
  if (!context) return { ok: false, code: "not_found", message: "报告不存在" };
  const result = validateReport(context.report, { previous: context.previous });
  const errors = result.violations.filter((violation) => violation.level === "error");
  if (errors.length)
    return {
      ok: false,
      code: "invalid",
      message: `报告还有 ${errors.length} 处错误，不能${TRANSITIONS[input.action].label}`,
      violations: errors,
    };
  if (input.action === "submit") {
    const unexplained = listUnexplainedWarnings(result.violations, context.explanations);
    if (unexplained.length) {
      return {
        ok: false,
        code: "invalid",
        message: `还有 ${unexplained.length} 条警告没有填写说明，不能提交`,
        violations: unexplained,
      };
    }
  }
  return null;
}

async function applySideEffects(
  tx: Prisma.TransactionClient,
  input: TransitionInput,
  revisionId: string,
  now: Date,
): Promise<void> {
  if (input.action === "submit")
    await tx.reportRevision.update({ where: { id: revisionId }, data: { submittedAt: now } });
  if (input.action === "publish") {
    await tx.reportRevision.update({
      where: { id: revisionId },
      data: { publishedAt: input.publishAt ?? now, correctionNote: input.correctionNote?.trim() || null },
    });
  }
  if (input.action === "reopen") await startCorrection(tx, input.reportId, revisionId);
  if (input.action === "cancel_publication") await cancelScheduledPublication(tx, input.reportId, revisionId);
}

function detailOf(input: TransitionInput): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({
      reason: input.reason,
      publishAt: input.publishAt?.toISOString(),
      correctionNote: input.correctionNote,
    }).filter(([, value]) => value !== undefined),
  );
}
