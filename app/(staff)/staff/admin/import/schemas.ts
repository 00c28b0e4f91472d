import { z } from "zod";
import { publicationDayToInstant } from "@/lib/publication-date";

/** One request's files stay under Next's 1 MB limit for server actions; the browser sends batches. */
export const MAX_BATCH_BYTES = 800 * 1024;

export const reportFilesSchema = z.object({
  files: z
    .array(z.instanceof(File, { error: "请选择文件" }), "请选择文件")
    .min(1, "请选择文件")
    .max(50, "一次最多 50 个文件")
    .refine((files) => files.every((file) => /\.json$/i.test(file.name)), "只支持 .json 数据文件")
    .refine((files) => files.reduce((sum, file) => sum + file.size, 0) <= MAX_BATCH_BYTES, "文件过大"),
  chosen: z
    .array(z.string("文件名无效").max(300, "文件名过长"), "文件名无效")
    .max(50, "一次最多 50 个文件")
    .default([]),
  /** Files whose agency's recorded set-up day the admin agreed to move back to the report's year. */
  moveEstablishment: z
    .array(z.string("文件名无效").max(300, "文件名过长"), "文件名无效")
    .max(50, "一次最多 50 个文件")
    .default([]),
  /** { file name → the publication date the admin confirmed, "YYYY-MM-DD" }, sent as JSON. */
  publishedOn: z
    .string()
    .max(20_000, "发布日期过多")
    .default("{}")
    .transform((text, context) => {
      try {
        return JSON.parse(text === "" ? "{}" : text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "发布日期无法读取" });
        return z.NEVER;
      }
    })
    .pipe(
      z.record(
        z.string().max(300, "文件名过长"),
        z
          .string("发布日期无效")
          .refine((day) => day === "" || publicationDayToInstant(day) !== null, "发布日期应为有效日期，如 2021-01-20"),
        { error: "发布日期无法读取" },
      ),
    ),
});
