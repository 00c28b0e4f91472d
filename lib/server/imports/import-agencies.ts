import "server-only";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { refuse, type Result as AdminResult } from "@/lib/action-result";
import { isUniqueViolation } from "../is-unique-violation";
import { previewAgencyImport, type PlannedAgency } from "./preview-agency-import";

/**
 * Creates every agency of the file in one transaction, parents before children, after checking
 * the file again inside the transaction: any row with an error and nothing is written.
 */
export async function importAgencies(
  user: StaffUser,
  table: string[][],
  source: string,
): Promise<AdminResult<{ created: number }>> {
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('agency.move'))`;
        const preview = await previewAgencyImport(user, table, tx);
        if (!preview.ok) return refuse(preview.message);
        if (preview.errorCount)
          return refuse(`有 ${preview.errorCount} 行存在错误，未导入任何机构；请修改文件后重新上传`);
        const ids = new Map<number, string>();
        for (const row of inCreationOrder(preview.rows)) {
          const parentId = row.parentId ?? ids.get(row.parentLine!)!;
          const parent = await tx.agency.findUniqueOrThrow({ where: { id: parentId }, select: { region: true } });
          const agency = await tx.agency.create({
            data: {
              name: row.name,
              code: row.code,
              kind: row.kind!,
              level: row.kind === "GOVERNMENT" ? row.level : null,
              region: parent.region,
              parentId,
            },
          });
          ids.set(row.line, agency.id);
          await tx.auditEvent.create({
            data: {
              action: "agency.created",
              actorId: user.id,
              agencyId: agency.id,
              detail: { name: row.name, code: row.code, kind: agency.kind, level: agency.level, parentId, source },
            },
          });
        }
        await tx.auditEvent.create({
          data: { action: "agency.imported", actorId: user.id, detail: { source, created: ids.size } },
        });
        return { ok: true as const, created: ids.size };
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("名称或代码刚刚已被其他机构使用，请重新预览后再导入");
    throw error;
  }
}

/** Parents (rows of the file) before their children; the preview has ruled out cycles. */
function inCreationOrder(rows: PlannedAgency[]): PlannedAgency[] {
  const byLine = new Map(rows.map((row) => [row.line, row]));
  const placed = new Set<number>();
  const ordered: PlannedAgency[] = [];
  const place = (row: PlannedAgency) => {
    if (placed.has(row.line)) return;
    if (row.parentLine !== null) place(byLine.get(row.parentLine)!);
    placed.add(row.line);
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}
