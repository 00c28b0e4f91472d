import { z } from "zod";
import { listFormats } from "./format-registry";
import { getReportSchema } from "./report-schema";
import { REPORT_SCHEMA_ID } from "./types";

/** The published JSON Schema of the interchange file (docs/report-v1.schema.json). */
export function buildReportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(getReportSchema(), { target: "draft-2020-12" }),
    title: "政府信息公开工作年度报告（交换格式 v1）",
    description:
      `${REPORT_SCHEMA_ID}: one 政府信息公开工作年度报告 in format ${describeFormats()}. ` +
      "A null or missing cell is blank. Whether a value fits its cell (count ≥ 0, at most 6 decimals …) is checked by the validator.",
  };
}

/** "2019 (国办公开办函〔2019〕60号) or 2021 (国办公开办函〔2021〕30号)" */
function describeFormats(): string {
  const described = listFormats().map((format) => `${format.key} (${/^[^《]*/.exec(format.document)?.[0] ?? ""})`);
  return described.length < 2 ? described.join("") : `${described.slice(0, -1).join(", ")} or ${described.at(-1)}`;
}
