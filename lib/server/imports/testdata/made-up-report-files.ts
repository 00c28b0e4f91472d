// Thirty published reports of a made-up district, 青河区, rendered from our own consistent reports
// (buildConsistentReport) through the parser's test renderers: layout PDFs with a signature and
// date, browser-copied text, Markdown, saved pages and Word files. Used by the import-many test and
// the admin import journey. The agencies: thirteen recorded under their printed names; 科技局
// printed under its full name (a similar name, to be confirmed); 应急管理局 printing its former
// name in 2019; 医疗保障局 recorded as set up in 2020 (its 2019 report asks to move that back);
// 档案馆 not recorded at all (to be created from the first of its files).
import { formatForYear, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { renderReportDocx } from "@/lib/report-parser/testdata/render-docx";
import { renderReportHtml } from "@/lib/report-parser/testdata/render-html";
import { layoutReport } from "@/lib/report-parser/testdata/render-layout";
import { renderLayoutPdf } from "@/lib/report-parser/testdata/render-pdf";
import { renderMarkdown } from "@/lib/report-parser/testdata/render-shapes";
import { renderReportText } from "@/lib/report-parser/testdata/render-text";

export const MADE_UP_YEARS = [2019, 2023] as const;

/** The agencies to record before the import: name, former name (its last year), set-up day. */
export const RECORDED_AGENCIES: { name: string; code: string; formerName?: string; establishedOn?: string }[] = [
  { name: "青河区教育局", code: "qhq-jyj" },
  { name: "青河区民政局", code: "qhq-mzj" },
  { name: "青河区财政局", code: "qhq-czj" },
  { name: "青河区司法局", code: "qhq-sfj" },
  { name: "青河区商务局", code: "qhq-swj" },
  { name: "青河区文化和旅游局", code: "qhq-whlyj" },
  { name: "青河区卫生健康委员会", code: "qhq-wjw" },
  { name: "青河区市场监督管理局", code: "qhq-scjgj" },
  { name: "青河区住房和城乡建设局", code: "qhq-zjj" },
  { name: "青河区交通运输局", code: "qhq-jtysj" },
  { name: "青河区水务局", code: "qhq-swuj" },
  { name: "青河区人力资源和社会保障局", code: "qhq-rsj" },
  { name: "青河区农业农村局", code: "qhq-nyncj" },
  { name: "青河区科技局", code: "qhq-kjj" },
  { name: "青河区应急管理局", code: "qhq-yjglj", formerName: "青河区安全生产监督管理局" },
  { name: "青河区医疗保障局", code: "qhq-ybj", establishedOn: "2020-03-01" },
];

/** What a file prints, and where it should land. */
export type MadeUpFile = {
  name: string;
  bytes: Uint8Array;
  printedName: string;
  /** The recorded agency it belongs to (or the one the import creates). */
  agencyName: string;
  year: number;
  /** The publication date the file prints ("YYYY-MM-DD"), or null (Word files print none). */
  publishedOn: string | null;
  match: "exact" | "similar" | "new";
  report: Report;
};

function printedNameOf(agency: string, year: number): string {
  if (agency === "青河区科技局") return "青河区科学技术局";
  if (agency === "青河区应急管理局" && year === 2019) return "青河区安全生产监督管理局";
  return agency;
}

const encode = (text: string) => new TextEncoder().encode(text);

function withDateLine(text: string, day: string): string {
  const [title, ...rest] = text.split("\n");
  return [title, `发布时间：${day}`, ...rest].join("\n");
}

async function render(
  report: Report,
  shape: number,
  day: string,
): Promise<{ ext: string; bytes: Uint8Array; dated: boolean }> {
  const [y, m, d] = day.split("-").map(Number);
  switch (shape) {
    case 0:
      return {
        ext: "pdf",
        bytes: renderLayoutPdf(
          layoutReport(report, { labelWidth: 16, valueWidth: 5, after: [report.agency.name, `${y}年${m}月${d}日`] }),
        ),
        dated: true,
      };
    case 1:
      return { ext: "txt", bytes: encode(withDateLine(renderReportText(report, "browser"), day)), dated: true };
    case 2:
      return { ext: "md", bytes: encode(withDateLine(renderMarkdown(report), day)), dated: true };
    case 3: {
      const html = renderReportHtml(report).replace("</p>", `</p><p>发布时间：${day}</p>`);
      return { ext: "html", bytes: encode(`<html><body>${html}</body></html>`), dated: true };
    }
    default:
      return { ext: "docx", bytes: new Uint8Array(await renderReportDocx(report)), dated: false };
  }
}

/** The thirty files (two years of fifteen agencies, one of them not recorded), in a fixed order. */
export async function buildMadeUpReportFiles(): Promise<MadeUpFile[]> {
  const agencies = [...RECORDED_AGENCIES.map((agency) => agency.name), "青河区档案馆"].filter(
    // Recorded, but without files: near names that must not be taken for the others.
    (name) => name !== "青河区农业农村局" && name !== "青河区人力资源和社会保障局",
  );
  const files: MadeUpFile[] = [];
  let index = 0;
  for (const agencyName of agencies) {
    for (const year of MADE_UP_YEARS) {
      const format = formatForYear(year)!;
      const printedName = printedNameOf(agencyName, year);
      const report = buildConsistentReport({ format, seed: 900 + index, year, agencyName: printedName });
      const day = `${year + 1}-01-${String(10 + (index % 20)).padStart(2, "0")}`;
      const { ext, bytes, dated } = await render(report, index % 5, day);
      files.push({
        name: `${String(index + 1).padStart(2, "0")}-${printedName}-${year}.${ext}`,
        bytes,
        printedName,
        agencyName,
        year,
        publishedOn: dated ? day : null,
        match: agencyName === "青河区档案馆" ? "new" : printedName === "青河区科学技术局" ? "similar" : "exact",
        report,
      });
      index++;
    }
  }
  return files;
}

/** A notice that is not a report: it must be refused with what was found in it. */
export const NOT_A_REPORT = encode(
  "青河区人民政府办公室关于做好2024年春节期间安全生产工作的通知\n\n各乡镇人民政府、区直各部门：\n\n春节将至，为切实做好节日期间安全生产工作，现将有关事项通知如下。\n",
);
