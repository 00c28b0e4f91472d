import type { ImportAgency, ReportUploadPreview } from "@/lib/server/imports/preview-report-upload";
import type { ReportImportTarget } from "@/lib/requests/report-uploads";

/** Where the admin sends a file: an agency of the tree, or a new one made from the printed name. */
export type QueueTarget =
  | { kind: "agency"; agencyId: string }
  | {
      kind: "new";
      name: string;
      agencyKind: "DEPARTMENT" | "TOWNSHIP" | "GOVERNMENT";
      level: "" | "PROVINCE" | "CITY" | "COUNTY";
      parentId: string;
    }
  | { kind: "none" };

export type QueueState = "waiting" | "uploading" | "reading" | "read" | "failed" | "importing" | "imported";

/** One report file on its way: read, matched, confirmed, imported. */
export type QueueItem = {
  name: string;
  file: Blob;
  state: QueueState;
  /** 0…1 of the file sent while uploading. */
  sent: number;
  /** Why it failed (reading or importing), in Chinese; or the import's answer. */
  message: string | null;
  preview: ReportUploadPreview | null;
  target: QueueTarget;
  /** The admin confirmed the agency (an exact match starts confirmed). */
  confirmed: boolean;
  publishedOn: string;
  moveStart: boolean;
  /** The import was refused because the report predates the agency's recorded set-up. */
  needsMove: boolean;
  corrections: Record<string, string>;
  imported: { agencyCode: string; year: number; agencyName: string } | null;
};

/** The publication date the parser read ("2021-01-20"), or "". */
function printedDay(preview: ReportUploadPreview): string {
  const value = preview.metadata.find((field) => field.label === "发布日期")?.value ?? "";
  return /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : "";
}

/** The queue item after its reading arrived: the proposed agency (or a new one), the printed date. */
export function applyReading(item: QueueItem, preview: ReportUploadPreview, governments: ImportAgency[]): QueueItem {
  const blocked = preview.blocked !== null && preview.cells.length === 0;
  const target: QueueTarget = preview.proposedAgencyId
    ? { kind: "agency", agencyId: preview.proposedAgencyId }
    : preview.newAgency
      ? {
          kind: "new",
          name: preview.newAgency.name,
          agencyKind: preview.newAgency.kind,
          level: preview.newAgency.level ?? "",
          parentId: governments[0]?.id ?? "",
        }
      : { kind: "none" };
  return {
    ...item,
    state: blocked ? "failed" : "read",
    message: blocked ? preview.blocked : null,
    preview,
    target: item.preview ? item.target : target,
    confirmed: item.preview ? item.confirmed : preview.agencyMatching.confidence === "exact" && !preview.targetProblem,
    publishedOn: item.preview ? item.publishedOn : printedDay(preview),
  };
}

/** The target as the import route takes it, or null when none is chosen. */
export function toImportTarget(target: QueueTarget): ReportImportTarget | null {
  if (target.kind === "agency") return { agencyId: target.agencyId };
  if (target.kind === "new")
    return {
      newAgency: {
        name: target.name,
        kind: target.agencyKind,
        level: target.agencyKind === "GOVERNMENT" && target.level ? target.level : null,
        parentId: target.parentId,
      },
    };
  return null;
}

/** The question to ask when the chosen agency's recorded set-up is after the report's year. */
export function setUpQuestion(item: QueueItem, agencies: readonly ImportAgency[]): string | null {
  if (item.needsMove) return item.message;
  if (item.target.kind !== "agency" || !item.preview?.year) return null;
  const { agencyId } = item.target;
  const agency = agencies.find((candidate) => candidate.id === agencyId);
  if (!agency?.establishedOn || agency.establishedOn <= `${item.preview.year}-12-31`) return null;
  return `“${agency.name}”记录的成立日期为 ${agency.establishedOn}，晚于 ${item.preview.year} 年度`;
}

export function isReadyToImport(item: QueueItem): boolean {
  return item.state === "read" && item.confirmed && toImportTarget(item.target) !== null && !item.preview?.blocked;
}
