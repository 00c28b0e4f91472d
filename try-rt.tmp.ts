import { buildDistinctReport } from "@/lib/report-parser/testdata/distinct-report";
import { renderReportText } from "@/lib/report-parser/testdata/render-text";
import { renderReportHtml } from "@/lib/report-parser/testdata/render-html";
import { renderReportDocx } from "@/lib/report-parser/testdata/render-docx";
import { parsePublishedReport, parsePublishedDocx } from "@/lib/report-parser";
import { isDeepStrictEqual } from "node:util";
for (const f of ["2019", "2021"] as const) {
  const r = buildDistinctReport(f);
  const inputs: [string, () => Promise<ReturnType<typeof parsePublishedReport>>][] = [
    ["grid", async () => parsePublishedReport({ kind: "text", content: renderReportText(r, "grid") })],
    ["browser", async () => parsePublishedReport({ kind: "text", content: renderReportText(r, "browser") })],
    ["html", async () => parsePublishedReport({ kind: "html", content: renderReportHtml(r) })],
    ["html-combined", async () => parsePublishedReport({ kind: "html", content: renderReportHtml(r, { combineProactive: true }) })],
    ["docx", async () => parsePublishedDocx(await renderReportDocx(r))],
  ];
  for (const [name, run] of inputs) {
    const p = await run();
    const ok = isDeepStrictEqual(p.report, r);
    console.log(f, name, ok, p.problems);
    if (!ok) {
      for (const [k, c] of Object.entries(p.cells)) if (c.status !== "found") console.log("  ", k, JSON.stringify(c));
      console.log(JSON.stringify(p.report?.texts), JSON.stringify(p.report?.agency), p.report?.kind);
    }
  }
}
console.log(renderReportText(buildDistinctReport("2021"), "grid").split("\n").slice(0, 80).join("\n"));
