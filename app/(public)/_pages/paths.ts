// The public URLs, written once.
export function reportPath(year: number, code: string): string {
  return `/reports/${year}/${encodeURIComponent(code)}`;
}

/** A download of one published revision: its bytes never change (the report's own `/download/{kind}` follows the latest revision). */
export function revisionDownloadPath(year: number, code: string, revision: number, kind: string): string {
  return `${reportPath(year, code)}/revisions/${revision}/download/${kind}`;
}

export function agencyPath(code: string): string {
  return `/agencies/${encodeURIComponent(code)}`;
}

export function yearPath(year: number, government?: string): string {
  return government ? `/years/${year}?government=${encodeURIComponent(government)}` : `/years/${year}`;
}

/** A route parameter that must be a plain year ("2020", not "2020.0" or "0x7E4"). */
export function parseYearParam(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}
