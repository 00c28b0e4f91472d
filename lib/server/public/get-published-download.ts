import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import {
  renderReportDownload,
  formatContentDisposition,
  contentTypeOf,
  type DownloadKind,
} from "@/lib/exports/report-download";
import { db } from "../db";
import { exportRevision } from "../report-cells/read-report";
import { visibleRevisionWhere } from "./visible-revision";

// The downloads of a published revision, built once. A published revision never changes, so its
// files are rendered on the first request (docx and xlsx take tens of milliseconds of CPU and
// megabytes of memory each), stored in PostgreSQL (table published_download, so that every
// instance serves the same bytes and a restart or a new instance builds nothing again) and kept
// in a small in-process cache. Two instances building the same file at once both insert; the
// first row wins and both answer with its bytes.

export type PublishedDownload = {
  body: Buffer;
  /** Strong ETag: the quoted base64url SHA-256 of the body. */
  etag: string;
  contentType: string;
  contentDisposition: string;
  /** The revision the bytes belong to, and whether it is the latest one citizens may see. */
  revisionNumber: number;
  latest: boolean;
};

type Stored = { body: Buffer; etag: string };

const holder = globalThis as typeof globalThis & {
  __gknbDownloads?: LRUCache<string, Stored>;
  __gknbDownloadBuilds?: Map<string, Promise<Stored>>;
};
// Bytes of recently asked files; a rename or a purge notification clears it (clearDownloadCache).
holder.__gknbDownloads ??= new LRUCache<string, Stored>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (stored) => stored.body.byteLength + 200,
});
holder.__gknbDownloadBuilds ??= new Map();
const memory = holder.__gknbDownloads;
const building = holder.__gknbDownloadBuilds;

/** Forgets the bytes kept in this process (tests; a purge notification). */
export function clearDownloadCache(): void {
  memory.clear();
}

export function etagOf(body: Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/**
 * A published report's download: of revision `number`, or of the latest visible revision when
 * `number` is null. Null for unknown, unpublished and not-yet-public alike (a 404 either way).
 */
export async function getPublishedDownload(
  year: number,
  code: string,
  kind: DownloadKind,
  number: number | null,
  now = new Date(),
): Promise<PublishedDownload | null> {
  if (!Number.isInteger(year) || (number !== null && (!Number.isInteger(number) || number < 1))) return null;
  const report = await db.report.findFirst({
    where: { year, agency: { code, active: true }, revisions: { some: visibleRevisionWhere(now) } },
    // As the report page: a government's summary report when it has one.
    orderBy: { kind: "desc" },
    select: {
      agency: { select: { name: true, code: true } },
      revisions: { where: visibleRevisionWhere(now), orderBy: { number: "desc" }, select: { id: true, number: true } },
    },
  });
  const latest = report?.revisions[0];
  if (!report || !latest) return null;
  const revision = number === null ? latest : report.revisions.find((candidate) => candidate.number === number);
  if (!revision) return null;
  // The agency's name is in the file: after a rename, what memory holds under the former name is not asked for.
  const key = `${revision.id}:${kind}:${report.agency.name}`;
  const stored = memory.get(key) ?? (await loadOrBuild(key, revision.id, kind, report.agency.name));
  if (!stored) return null;
  return {
    ...stored,
    contentType: contentTypeOf(kind),
    contentDisposition: formatContentDisposition(report.agency, year, kind),
    revisionNumber: revision.number,
    latest: revision.id === latest.id,
  };
}

async function loadOrBuild(
  key: string,
  revisionId: string,
  kind: DownloadKind,
  agencyName: string,
): Promise<Stored | null> {
  let pending = building.get(key);
  if (!pending) {
    pending = readOrBuild(revisionId, kind, agencyName).finally(() => building.delete(key));
    building.set(key, pending);
  }
  const stored = await pending.catch((error: unknown) => {
    if (error instanceof RevisionGone) return null;
    throw error;
  });
  if (stored) memory.set(key, stored);
  return stored;
}

class RevisionGone extends Error {}

async function readOrBuild(revisionId: string, kind: DownloadKind, agencyName: string): Promise<Stored> {
  const found = await readStored(revisionId, kind, agencyName);
  if (found) return found;
  const revision = await db.reportRevision.findUnique({
    where: { id: revisionId },
    select: { publishedAt: true, report: { select: { agency: { select: { name: true, code: true } } } } },
  });
  const report = await exportRevision(revisionId);
  if (!report || !revision?.publishedAt) throw new RevisionGone();
  const download = await renderReportDownload(kind, {
    report,
    agency: revision.report.agency,
    publishedAt: revision.publishedAt,
  });
  const body = Buffer.from(download.body);
  // A file built under the agency's former name goes; a build of another instance meanwhile stays
  // (the first one stored wins, and every request answers with its bytes).
  await db.publishedDownload.deleteMany({
    where: { revisionId, kind, agencyName: { not: revision.report.agency.name } },
  });
  await db.publishedDownload.createMany({
    data: [{ revisionId, kind, body, etag: etagOf(body), agencyName: revision.report.agency.name }],
    skipDuplicates: true,
  });
  const stored = await readStored(revisionId, kind, revision.report.agency.name);
  if (!stored) throw new RevisionGone();
  return stored;
}

async function readStored(revisionId: string, kind: DownloadKind, agencyName: string): Promise<Stored | null> {
  const row = await db.publishedDownload.findUnique({
    where: { revisionId_kind: { revisionId, kind } },
    select: { body: true, etag: true, agencyName: true },
  });
  return row && row.agencyName === agencyName ? { body: Buffer.from(row.body), etag: row.etag } : null;
}
