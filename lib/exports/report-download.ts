// A published report as a download: the bytes of one kind, its content type and its file name.
import type { Report } from "@/lib/report-format";
import { renderReportCsv } from "./report-csv";
import { renderReportDocx } from "./report-docx";
import { renderReportJson } from "./report-json";
import { formatReportTitle, type ExportMeta } from "./report-text";
import { renderReportXlsx } from "./report-xlsx";

export const DOWNLOAD_KINDS = ["docx", "xlsx", "csv", "json"] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

export function isDownloadKind(value: string): value is DownloadKind {
  return (DOWNLOAD_KINDS as readonly string[]).includes(value);
}

const CONTENT_TYPES: Record<DownloadKind, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

export function contentTypeOf(kind: DownloadKind): string {
  return CONTENT_TYPES[kind];
}

export interface ReportDownload {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** "attachment" with the Chinese file name, and an ASCII one for clients that cannot read it. */
  contentDisposition: string;
}

export interface DownloadSource {
  report: Report;
  agency: { name: string; code: string };
  publishedAt?: Date;
}

async function renderBytes(kind: DownloadKind, report: Report, meta: ExportMeta): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  switch (kind) {
    case "docx":
      return new Uint8Array(await renderReportDocx(report, meta));
    case "xlsx":
      return new Uint8Array(await renderReportXlsx(report, meta));
    case "csv":
      return encoder.encode(renderReportCsv([report]));
    case "json":
      return encoder.encode(renderReportJson(report));
  }
}

/** RFC 8187 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves alone but the header may not hold. */
function encodeHeaderValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="report-2020-bxskxjsj.docx"; filename*=UTF-8''本溪市科学技术局-2020年度政府信息公开工作年度报告.docx` (encoded). */
export function formatContentDisposition(
  agency: { name: string; code: string },
  year: number,
  kind: DownloadKind,
): string {
  // A file name may not hold path separators or control characters, whatever the agency is called.
  const name = formatReportTitle(`${agency.name}-`, year).replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
  const fallback = `report-${year}-${agency.code.replace(/[^A-Za-z0-9_-]/g, "") || "agency"}.${kind}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeHeaderValue(`${name}.${kind}`)}`;
}

export async function renderReportDownload(kind: DownloadKind, source: DownloadSource): Promise<ReportDownload> {
  const meta: ExportMeta = { agencyName: source.agency.name, publishedAt: source.publishedAt };
  return {
    body: await renderBytes(kind, source.report, meta),
    contentType: CONTENT_TYPES[kind],
    contentDisposition: formatContentDisposition(source.agency, source.report.year, kind),
  };
}
