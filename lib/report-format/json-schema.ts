import { z } from "zod";
import { reportSchema } from "./report-schema";
import { REPORT_SCHEMA_ID } from "./types";

/** The published JSON Schema of the interchange file (docs/report-v1.schema.json). */
export function buildReportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportSchema, { target: "draft-2020-12" }),
    title: "政府信息公开工作年度报告（交换格式 v1）",
    description:
      `${REPORT_SCHEMA_ID}: one 政府信息公开工作年度报告 in format 2019 (国办公开办函〔2019〕60号) or 2021 (国办公开办函〔2021〕30号). ` +
      "A null or missing cell is blank. Whether a value fits its cell (count ≥ 0, at most 6 decimals …) is checked by the validator.",
  };
}
