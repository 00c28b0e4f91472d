// The demo's history: published 2021–2024 reports of the 本溪市 departments, generated from a seed
// (deterministic: every start makes the same reports), each consistent with its format and with
// its agency's report of the year before (the science bureau's 2021 report continues its real 2020
// report). So the 2025 wizard prefills from 2024 and checks against it, the year pages and the
// board have history, and the charts have years. Public pages mark the site as demo data
// (site_setting.demo_data).
import { validateReport, type Report } from "../lib/report-format";
import { buildConsistentReport } from "../lib/report-format/testing";

export const DEMO_HISTORY_SEED = 2025;
export const DEMO_HISTORY_YEARS = [2021, 2022, 2023, 2024] as const;

/** Departments with a generated history, and how busy each is (the upper bound of most counts). */
export const DEMO_HISTORY_AGENCIES = [
  { code: "bxskxjsj", name: "本溪市科学技术局", maxCount: 12 },
  { code: "bxsjyj", name: "本溪市教育局", maxCount: 60 },
  { code: "bxsczj", name: "本溪市财政局", maxCount: 30 },
  { code: "bxssthjj", name: "本溪市生态环境局", maxCount: 45 },
] as const;

export type DemoHistoryReport = { code: string; report: Report; publishedOn: string };

/**
 * The reports, oldest year first (each year's previous report is imported before it). `before`
 * gives an agency's report of the year before the first (the science bureau's fixture).
 * Throws if a report would not pass every rule: the demo never shows an inconsistent report.
 */
export function buildDemoHistory(before: (code: string) => Report | undefined): DemoHistoryReport[] {
  const reports: DemoHistoryReport[] = [];
  DEMO_HISTORY_AGENCIES.forEach((agency, index) => {
    let previous = before(agency.code);
    for (const year of DEMO_HISTORY_YEARS) {
      const report = buildConsistentReport({
        format: "2021",
        seed: DEMO_HISTORY_SEED * 1000 + index * 100 + (year - 2000),
        year,
        agencyName: agency.name,
        previous,
        maxCount: agency.maxCount,
        // A department's fees are a few 万元, not the factory's up to 100,000.
        maxAmount: 5,
      });
      const result = validateReport(report, { previous: previous ?? null });
      if (result.violations.length > 0)
        throw new Error(
          `演示报告 ${agency.name} ${year} 未通过检查：${result.violations.map((violation) => violation.message).join("；")}`,
        );
      // Published in the second half of January, each department on its own day, before the deadline.
      reports.push({
        code: agency.code,
        report,
        publishedOn: `${year + 1}-01-${String(18 + index * 3).padStart(2, "0")}`,
      });
      previous = report;
    }
  });
  return reports.sort((a, b) => a.report.year - b.report.year);
}
