// `export --agency CODE --year Y [--kind agency|summary] [--out FILE]`: writes the interchange JSON of
// one report (its working revision, which is the published one when nothing is being corrected).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderReportJson } from "@/lib/exports/report-json";
import { disconnectDb } from "@/lib/server/db";
import { findReportId } from "@/lib/server/reports/find-report-id";
import { exportReport } from "@/lib/server/report-cells/read-report";
import { connectCliDatabase } from "../lib/cli-database";
import { UsageError, type CliCommand } from "./command";

export const command: CliCommand = {
  usage: "export --agency 机构代码 --year 年度 [--kind agency|summary] [--out 文件.json]",
  async run(args) {
    let values: { agency?: string; year?: string; kind?: string; out?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: {
          agency: { type: "string" },
          year: { type: "string" },
          kind: { type: "string" },
          out: { type: "string" },
        },
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const year = Number(values.year);
    if (!values.agency || !Number.isInteger(year)) throw new UsageError("需要 --agency 机构代码 和 --year 年度");
    const kind = values.kind ?? "agency";
    if (kind !== "agency" && kind !== "summary") throw new UsageError("--kind 只能是 agency 或 summary");

    const database = await connectCliDatabase();
    try {
      const reportId = await findReportId(values.agency, year, kind === "summary" ? "SUMMARY" : "AGENCY");
      const report = reportId ? await exportReport(reportId, "current") : null;
      if (!report) {
        console.error(`找不到机构代码为 ${values.agency} 的 ${year} 年度报告`);
        return 1;
      }
      const json = renderReportJson(report);
      if (values.out) writeFileSync(values.out, json);
      else process.stdout.write(json);
      return 0;
    } finally {
      await disconnectDb();
      await database.close();
    }
  },
};
