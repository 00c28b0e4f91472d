// Words the document writers share: the official title and the narrative split into paragraphs.

/** What the exports need beyond the report: the agency's current name and the publication date. */
export interface ExportMeta {
  agencyName: string;
  publishedAt?: Date;
}

/** "本溪市科学技术局2020年度政府信息公开工作年度报告" */
export function formatReportTitle(agencyName: string, year: number): string {
  return `${agencyName}${year}年度政府信息公开工作年度报告`;
}

/** Paragraphs are separated by blank lines, as in the clerk's text box and on the public page. */
export function splitParagraphs(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Shown for an empty text section, as on the public page. */
export const EMPTY_TEXT = "（未填写）";
