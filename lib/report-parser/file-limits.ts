// What a published-report file may be before anything reads it: its extensions and its size. Kept
// apart from the readers (pdf.js, word-extractor) so that the browser can check files and unpack a
// zip with the same limits without loading them.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = [
  ".pdf",
  ".doc",
  ".docx",
  ".html",
  ".htm",
  ".md",
  ".markdown",
  ".txt",
  ".text",
] as const;

export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).some((extension) => lower.endsWith(extension));
}

export function describeMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
